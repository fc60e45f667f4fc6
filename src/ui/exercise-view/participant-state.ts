/**
 * What the participants see: the narrative released so far, the service state at the
 * exercise clock and the decision asked with the time left. Nothing that has not happened
 * yet: no upcoming injects, no forecast, no options' effects.
 */
import type { Exercise, Scenario } from '../../core/model.ts';
import type { ServiceState } from '../../core/trace.ts';
import type { ClockState } from '../../exercise/clock.ts';
import { exerciseStamps } from './exercise-times.ts';
import type { ParticipantRecovery } from './participant-recovery.ts';

export type ExerciseStatus = 'ready' | 'running' | 'paused' | 'ended';

export interface ParticipantState {
  readonly exercise: string;
  readonly scenario: string;
  readonly status: ExerciseStatus;
  /**
   * The scenario's time zone (IANA name), or null. Where the clocks change during the
   * exercise, its local times carry their UTC offset (`2026-10-25T01:30+01:00`).
   */
  readonly timeZone: string | null;
  /** The exercise clock, scenario-local. */
  readonly clock: string;
  readonly pace: number;
  /** Released injects, newest first. */
  readonly narrative: readonly { readonly at: string; readonly text: string }[];
  readonly services: readonly {
    readonly name: string;
    readonly state: ServiceState;
    /** Share of the demand the service can serve now (1 = all). */
    readonly served: number;
  }[];
  /** The decisions taken so far (by the team, or by default when time ran out), first first. */
  readonly decided: readonly {
    readonly at: string;
    readonly question: string;
    readonly label: string;
    readonly timedOut: boolean;
  }[];
  /** The decisions asked now, the first asked first. */
  readonly decisions: readonly {
    readonly id: string;
    readonly question: string;
    /** `isDefault`: the option taken if the time runs out. */
    readonly options: readonly {
      readonly id: string;
      readonly label: string;
      readonly isDefault: boolean;
    }[];
    /** Simulated minutes left, and the real seconds they take at the pace. */
    readonly minutesLeft: number;
    readonly secondsLeft: number;
  }[];
  /** The recovery as the team knows it (after invocation); null before any plan runs. */
  readonly recovery: ParticipantRecovery | null;
}

/** Messages on the exercise's BroadcastChannel. */
export type ExerciseMessage =
  | { readonly type: 'state'; readonly state: ParticipantState }
  | { readonly type: 'hello' }
  | { readonly type: 'decide'; readonly decision: string; readonly option: string };

export const channelName = (scenario: Scenario, exercise: Exercise): string =>
  `cs-exercise:${scenario.name}:${exercise.name}`;

export interface ServiceNow {
  readonly name: string;
  readonly state: ServiceState;
  readonly demand: number;
  readonly capacity: number | null;
}

export function participantState(
  scenario: Scenario,
  exercise: Exercise,
  clock: ClockState & { readonly pace: number },
  status: ExerciseStatus,
  services: readonly ServiceNow[],
  recovery: ParticipantRecovery | null = null,
): ParticipantState {
  const local = exerciseStamps(scenario, exercise);
  const narrative = clock.log.flatMap((e) => {
    if (e.kind !== 'released') return [];
    const inject = exercise.injects.find((i) => i.id === e.inject);
    return inject ? [{ at: local(e.t), text: inject.text }] : [];
  });
  return {
    exercise: exercise.name,
    scenario: scenario.name,
    status,
    timeZone: scenario.timeZone?.name ?? null,
    clock: local(clock.now),
    pace: clock.pace,
    narrative: narrative.reverse(),
    services: services.map((s) => ({
      name: s.name,
      state: s.state,
      served:
        s.state === 'down'
          ? 0
          : s.capacity === null || s.demand <= 0
            ? 1
            : Math.min(1, s.capacity / s.demand),
    })),
    decided: clock.log.flatMap((e) => {
      if (e.kind !== 'decided') return [];
      const point = exercise.decisions.find((d) => d.id === e.decision);
      if (!point) return [];
      const label = point.options.find((o) => o.id === e.option)?.label ?? e.option;
      return [{ at: local(e.t), question: point.question, label, timedOut: e.timedOut }];
    }),
    decisions: clock.open.flatMap((open) => {
      const point = exercise.decisions.find((d) => d.id === open.decision);
      if (!point) return [];
      const minutesLeft = Math.max(0, (open.deadline - clock.now) / 60_000);
      return [
        {
          id: point.id,
          question: point.question,
          options: point.options.map((o) => ({
            id: o.id,
            label: o.label,
            isDefault: o.id === point.default,
          })),
          minutesLeft: Math.round(minutesLeft * 10) / 10,
          secondsLeft: Math.round((minutesLeft * 60) / clock.pace),
        },
      ];
    }),
    recovery,
  };
}
