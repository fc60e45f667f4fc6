/**
 * The charts' colours: the Okabe-Ito palette (safe for the common colour-vision deficiencies),
 * each exposed as a CSS custom property with the palette value as fallback, so the UI can theme
 * light and dark by setting `--cs-*` on an ancestor. Colour is never the only cue: every state
 * also has a pattern (patterns.ts), a text label where there is room and a `<title>`.
 */
import type { ComponentStateName, ServiceState } from '../core/trace.ts';

/** The eight Okabe-Ito colours. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Every colour the charts use, by role; the CSS property is `--cs-<role>`. */
export const PALETTE = {
  up: OKABE_ITO.bluishGreen,
  degraded: OKABE_ITO.orange,
  down: OKABE_ITO.vermillion,
  operational: OKABE_ITO.bluishGreen,
  overloaded: OKABE_ITO.yellow,
  failed: OKABE_ITO.vermillion,
  recovering: OKABE_ITO.skyBlue,
  agreed: OKABE_ITO.skyBlue,
  closed: '#999999',
  rto: OKABE_ITO.blue,
  mtpd: OKABE_ITO.reddishPurple,
  breach: OKABE_ITO.vermillion,
  step: OKABE_ITO.blue,
  demand: OKABE_ITO.black,
  capacity: OKABE_ITO.bluishGreen,
  playhead: OKABE_ITO.black,
  ink: '#222222',
  muted: '#666666',
  grid: '#CCCCCC',
  surface: '#FFFFFF',
  'pattern-ink': OKABE_ITO.black,
} as const;

export type PaletteRole = keyof typeof PALETTE;

/** `var(--cs-<role>, <fallback>)`, for a fill or stroke attribute. */
export const color = (role: PaletteRole): string => `var(--cs-${role}, ${PALETTE[role]})`;

/** Colour role of a service state (the same words are palette roles). */
export const serviceColor = (state: ServiceState): string => color(state);

/** Colour role of a component lifecycle state. */
export const componentColor = (state: ComponentStateName): string => color(state);
