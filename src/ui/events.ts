/**
 * The DOM events the UI's elements fire (events up), each with one declared detail type.
 */
import type { ScenarioEdit } from '../analysis/advisor/types.ts';
import type { Bound } from '../analysis/bia/types.ts';
import type { InjectsMode } from '../analysis/montecarlo/study-injects.ts';
import type { Inject } from '../core/model.ts';
import type { DocEditDetail } from './editor/doc-edit.ts';
import type { GlossaryKey } from './glossary.ts';

export interface CsEventDetails {
  'cs-scenario-change': { id: string };
  /** A local file to open (read, decoded and parsed in a worker by the app). */
  'cs-scenario-file': { file: File };
  'cs-seed-change': { seed: string };
  'cs-service-change': { id: string };
  'cs-seek': { t: number };
  /**
   * A local time typed, read on the scenario's clock: its simulated time (null without a
   * clock, or when refused) and the time as a file writes it; `refused` when it names no
   * moment (the field says why).
   */
  'cs-local-time': { t: number | null; text: string; refused: boolean };
  'cs-play-toggle': Record<string, never>;
  'cs-step': { direction: 1 | -1 };
  'cs-speed-change': { speed: number };
  'cs-inject-add': { inject: Inject };
  'cs-inject-remove': { index: number };
  'cs-view-change': { from: number; to: number };
  'cs-export': { what: 'trace-json' | 'trace-csv' | 'timeline-svg' | 'timeline-png' };
  /** Replay a BIA disruption: its injects, run as the BIA runs it with plan steps at `replay`. */
  'cs-open-disruption': { injects: readonly Inject[]; t: number; replay: Bound };
  /** The edits of one suggestion, applied together. */
  'cs-apply-edit': { edits: readonly ScenarioEdit[]; title: string };
  'cs-tab-change': { tab: 'timeline' | 'bia' | 'montecarlo' | 'edit' };
  /** Open one seeded run (e.g. a Monte Carlo run picked from a histogram bar) on the timeline. */
  /** A run of a Monte Carlo study: its seed, and whether its runs had the injects. */
  'cs-open-run': { seed: string; injects: InjectsMode };
  /** The scenario YAML as the person edited it (every change; the listener debounces). */
  'cs-text-change': { text: string };
  /** The form editor changes the scenario file (see editor/doc-edit.ts). */
  'cs-doc-edit': DocEditDetail;
  /** Open one of the planner's own scenarios (a library id) in the editor. */
  'cs-library-open': { id: string };
  /** A panel changed the library (the parent refreshes what shows the scenario's name or dates). */
  'cs-library-change': { id: string; name: string; change: LibraryChange };
  /** A save point was restored: load its text into the editor. */
  'cs-version-restored': { text: string };
  /** Open the glossary at one term (from a term's popover). */
  'cs-glossary-open': { key: GlossaryKey };
  /** The guided tour moved to another step (the app switches tab and measures its target). */
  'cs-tour-step': { index: number };
  /** The guided tour closed: finished (`completed`) or skipped. */
  'cs-tour-end': { completed: boolean };
}

/** What a panel did to the scenario library. */
export type LibraryChange =
  'created' | 'duplicated' | 'renamed' | 'removed' | 'undeleted' | 'versioned' | 'exercised';

export type CsEventName = keyof CsEventDetails;

/** Creates a bubbling, composed event with a typed detail. */
export function csEvent<K extends CsEventName>(
  name: K,
  detail: CsEventDetails[K],
): CustomEvent<CsEventDetails[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-scenario-change': CustomEvent<CsEventDetails['cs-scenario-change']>;
    'cs-scenario-file': CustomEvent<CsEventDetails['cs-scenario-file']>;
    'cs-seed-change': CustomEvent<CsEventDetails['cs-seed-change']>;
    'cs-service-change': CustomEvent<CsEventDetails['cs-service-change']>;
    'cs-seek': CustomEvent<CsEventDetails['cs-seek']>;
    'cs-local-time': CustomEvent<CsEventDetails['cs-local-time']>;
    'cs-play-toggle': CustomEvent<CsEventDetails['cs-play-toggle']>;
    'cs-step': CustomEvent<CsEventDetails['cs-step']>;
    'cs-speed-change': CustomEvent<CsEventDetails['cs-speed-change']>;
    'cs-inject-add': CustomEvent<CsEventDetails['cs-inject-add']>;
    'cs-inject-remove': CustomEvent<CsEventDetails['cs-inject-remove']>;
    'cs-view-change': CustomEvent<CsEventDetails['cs-view-change']>;
    'cs-export': CustomEvent<CsEventDetails['cs-export']>;
    'cs-open-disruption': CustomEvent<CsEventDetails['cs-open-disruption']>;
    'cs-apply-edit': CustomEvent<CsEventDetails['cs-apply-edit']>;
    'cs-tab-change': CustomEvent<CsEventDetails['cs-tab-change']>;
    'cs-open-run': CustomEvent<CsEventDetails['cs-open-run']>;
    'cs-text-change': CustomEvent<CsEventDetails['cs-text-change']>;
    'cs-doc-edit': CustomEvent<CsEventDetails['cs-doc-edit']>;
    'cs-library-open': CustomEvent<CsEventDetails['cs-library-open']>;
    'cs-library-change': CustomEvent<CsEventDetails['cs-library-change']>;
    'cs-version-restored': CustomEvent<CsEventDetails['cs-version-restored']>;
    'cs-glossary-open': CustomEvent<CsEventDetails['cs-glossary-open']>;
    'cs-tour-step': CustomEvent<CsEventDetails['cs-tour-step']>;
    'cs-tour-end': CustomEvent<CsEventDetails['cs-tour-end']>;
  }
}
