/**
 * The recovery as the participants see it: the plans under way (since when, steps done, the
 * step in hand) and the expected restore time of each disrupted service, in the exercise's
 * local times. Made from `recoveryStatus` (exercise/recovery-status.ts), which reads the run
 * only up to the exercise clock and estimates from the plans' step durations and the configured
 * switch-over durations: no spoiler.
 */
import type { Exercise, Scenario } from '../../core/model.ts';
import type { Estimate, RecoveryStatus } from '../../exercise/recovery-status.ts';
import { exerciseStamps } from './exercise-times.ts';

/** An estimate's three ends as local stamps. */
export interface EstimateStamps {
  readonly low: string;
  readonly likely: string;
  readonly high: string;
}

export interface ParticipantRecovery {
  readonly services: readonly { readonly name: string; readonly restore: EstimateStamps | null }[];
  readonly plans: readonly {
    readonly component: string;
    readonly plan: string;
    readonly startedAt: string;
    readonly stepsDone: number;
    readonly steps: number;
    readonly current: readonly string[];
    /** Steps waiting for their team: the step's and the team's names. */
    readonly waiting: readonly { readonly step: string; readonly team: string }[];
    readonly restoredAt: string | null;
    readonly estimate: EstimateStamps | null;
  }[];
}

/** What the team knows of the recovery; null while no plan has been invoked in the exercise. */
export function participantRecovery(
  scenario: Scenario,
  exercise: Exercise,
  status: RecoveryStatus,
): ParticipantRecovery | null {
  if (status.plans.length === 0) return null;
  const local = exerciseStamps(scenario, exercise);
  const stamps = (e: Estimate | null): EstimateStamps | null =>
    e === null ? null : { low: local(e.low), likely: local(e.likely), high: local(e.high) };
  const componentName = (id: string) => scenario.components.find((c) => c.id === id)?.name ?? id;
  return {
    services: status.services.flatMap((s) =>
      s.disrupted
        ? [
            {
              name: scenario.services.find((x) => x.id === s.service)?.name ?? s.service,
              restore: stamps(s.restore),
            },
          ]
        : [],
    ),
    plans: status.plans.map((p) => ({
      component: componentName(p.component),
      plan: scenario.plans.find((x) => x.id === p.plan)?.name ?? p.plan,
      startedAt: local(p.startedAt),
      stepsDone: p.stepsDone,
      steps: p.steps,
      current: p.current,
      waiting: p.waiting,
      restoredAt: p.restoredAt === null ? null : local(p.restoredAt),
      estimate: stamps(p.estimate),
    })),
  };
}
