/**
 * `ageAtStart` in the file: how long the components have been in service when the scenario
 * starts. At the top level it is the default of every component (default `new`); a component's
 * own `ageAtStart` overrides it.
 *
 *   ageAtStart: steady-state       # running and being repaired for years
 *   components:
 *     - { id: db-1, ..., ageAtStart: new }     # installed on the start date
 *     - { id: db-2, ..., ageAtStart: 8000h }   # has run 8000 h without failing
 */
import { DURATION_PATTERN, unitField } from './fields.ts';
import { closest } from './suggest.ts';
import { parseDuration, type Parsed } from './units.ts';

export type AgeAtStartOutput =
  | { readonly type: 'new' }
  | { readonly type: 'steady-state' }
  | { readonly type: 'age'; readonly age: number };

const WORDS = ['new', 'steady-state'] as const;
const HINT = 'write new, steady-state, or how long it has run without failing, e.g. 8000h';

export function parseAgeAtStart(input: unknown): Parsed<AgeAtStartOutput> {
  const text = typeof input === 'string' ? input.trim() : input;
  if (text === 'new') return { ok: true, value: { type: 'new' } };
  if (text === 'steady-state') return { ok: true, value: { type: 'steady-state' } };
  if (typeof text === 'string' && /^[a-z-]+$/i.test(text)) {
    const near = closest(text, WORDS);
    return {
      ok: false,
      message: `expected an age at start (${WORDS.join(', ')} or a duration), got ${JSON.stringify(text)}`,
      hint: near === null ? HINT : `did you mean ${near}?`,
    };
  }
  const age = parseDuration(input);
  if (!age.ok)
    return {
      ok: false,
      message: `expected an age at start (${WORDS.join(', ')} or a duration): ${age.message}`,
      hint: HINT,
    };
  return { ok: true, value: { type: 'age', age: age.value } };
}

const DESCRIPTION =
  'How long it has been in service at the start, which sets the first time to failure: new (installed at the start), steady-state (failing and being repaired for a long time: the first failure comes as in any later year) or a duration it has run without failing.';

const agePattern = `^\\s*(${WORDS.join('|')})\\s*$|${DURATION_PATTERN}`;

/** The scenario's default for every component (default new). */
export const ScenarioAgeSchema = unitField(parseAgeAtStart, {
  what: 'the age of the components at the start',
  example: 'ageAtStart: steady-state',
  description: `${DESCRIPTION} The default of every component (default new).`,
  pattern: agePattern,
});

/** One component's own age, overriding the scenario's. */
export const ComponentAgeSchema = unitField(parseAgeAtStart, {
  what: 'the age of the component at the start',
  example: 'ageAtStart: steady-state',
  description: `${DESCRIPTION} Overrides the scenario's ageAtStart.`,
  pattern: agePattern,
});
