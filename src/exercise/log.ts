/**
 * The exercise log: what happened in a facilitated exercise, in simulated time (ms since the
 * scenario start). The machine writes it; the simulation and the after-action report read it.
 */

export type ExerciseLogEntry =
  | { readonly t: number; readonly kind: 'started' | 'paused' | 'resumed' | 'ended' }
  | { readonly t: number; readonly kind: 'pace'; readonly pace: number }
  | {
      readonly t: number;
      readonly kind: 'released';
      readonly inject: string;
      readonly how: 'timed' | 'on-demand';
    }
  /** The facilitator moved a timed inject later by `by` ms. */
  | { readonly t: number; readonly kind: 'delayed'; readonly inject: string; readonly by: number }
  | {
      readonly t: number;
      readonly kind: 'decision-opened';
      readonly decision: string;
      /** When the default is taken if the team has not decided. */
      readonly deadline: number;
    }
  | {
      readonly t: number;
      readonly kind: 'decided';
      readonly decision: string;
      readonly option: string;
      readonly openedAt: number;
      /** Simulated minutes from the opening of the decision to the decision. */
      readonly tookMinutes: number;
      /** The time ran out and the default was taken. */
      readonly timedOut: boolean;
    };

export type ExerciseLog = readonly ExerciseLogEntry[];

/** A decision the team took: an option of a decision point, at a simulated time. */
export interface DecisionTaken {
  readonly decision: string;
  readonly option: string;
  readonly at: number;
}

/** An exercise inject released at a simulated time. */
export interface Release {
  readonly inject: string;
  readonly at: number;
}

export function decisionsOf(log: ExerciseLog): DecisionTaken[] {
  return log.flatMap((e) =>
    e.kind === 'decided' ? [{ decision: e.decision, option: e.option, at: e.t }] : [],
  );
}

export function releasesOf(log: ExerciseLog): Release[] {
  return log.flatMap((e) => (e.kind === 'released' ? [{ inject: e.inject, at: e.t }] : []));
}

/** When the exercise ended, or null while it has not. */
export function endedAt(log: ExerciseLog): number | null {
  return log.find((e) => e.kind === 'ended')?.t ?? null;
}
