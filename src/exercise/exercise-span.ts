/**
 * The run an exercise is simulated on: the scenario cut to the exercise's days, from the
 * midnight before the exercise to a day after it ends, with none of the scenario's own
 * injects (the exercise brings its disruption). With `manual`, the components the team is to
 * invoke never detect a failure by themselves: only an `invoke` inject starts their plan.
 * Times move with the window: `offset` is its start, in ms since the scenario start.
 */
import type { Inject, Scenario } from '../core/model.ts';
import { MS_PER_DAY, ms, simTime } from '../core/time.ts';
import { exerciseOf } from './injects.ts';
import { dayStartAt, startShiftedBy } from '../core/zone.ts';

export interface ExerciseWindow {
  readonly scenario: Scenario;
  readonly offset: number;
}

export function exerciseWindow(scenario: Scenario, manual: boolean): ExerciseWindow {
  const exercise = exerciseOf(scenario);
  const offset = dayStartAt(scenario, exercise.start);
  const end = exercise.start + exercise.duration;
  const horizon = Math.ceil((end - offset) / MS_PER_DAY + 1) * MS_PER_DAY;
  const held = new Set(manual ? exercise.manualInvocation : []);
  return {
    offset,
    scenario: {
      ...scenario,
      ...startShiftedBy(scenario, offset),
      horizon: ms(horizon),
      injects: [],
      components: scenario.components.map((c) =>
        held.has(c.id) ? { ...c, detection: ms(horizon + 1) } : c,
      ),
    },
  };
}

/** Injects in scenario time, moved into the window (those before it dropped). */
export function intoWindow(injects: readonly Inject[], offset: number): Inject[] {
  return injects.filter((i) => i.at >= offset).map((i) => ({ ...i, at: simTime(i.at - offset) }));
}
