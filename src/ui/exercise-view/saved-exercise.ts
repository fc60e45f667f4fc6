/**
 * The exercise in progress, kept in the browser so a reload or a closed tab loses nothing:
 * the clock (with its log), the pace, the seed and the facilitator's notes, per scenario
 * and exercise.
 */
import { fingerprint } from '../../core/fingerprint.ts';
import type { Exercise, Scenario } from '../../core/model.ts';
import type { ClockState } from '../../exercise/clock.ts';

export interface SavedExercise {
  readonly format: 'continuity-exercise-session/1';
  readonly seed: string;
  readonly clock: ClockState;
  readonly pace: number;
  readonly notes: string;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * One save per scenario, exercise and version of its script: a script edited since (an inject
 * renamed, a time moved) starts afresh, and the save of the old script stays where it was.
 */
export const savedKey = (scenario: Scenario, exercise: Exercise): string =>
  `cs-exercise-session:${scenario.name}:${exercise.name}:${fingerprint(exercise)}`;

export function readSaved(store: KeyValueStore | null, key: string): SavedExercise | null {
  try {
    const value = JSON.parse(store?.getItem(key) ?? 'null') as SavedExercise | null;
    return value?.format === 'continuity-exercise-session/1' && Array.isArray(value.clock?.log)
      ? value
      : null;
  } catch {
    return null;
  }
}

/** Saves; returns an error message when the browser refuses (storage full or disabled). */
export function writeSaved(
  store: KeyValueStore | null,
  key: string,
  saved: SavedExercise | null,
): string | null {
  if (store === null)
    return 'this browser does not keep data for this page; export the report as JSON to keep it';
  try {
    if (saved === null) store.removeItem(key);
    else store.setItem(key, JSON.stringify(saved));
    return null;
  } catch (error) {
    return `the exercise could not be saved in this browser (${error instanceof Error ? error.message : String(error)}); export the report as JSON to keep it`;
  }
}
