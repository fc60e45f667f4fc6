/**
 * Times of day on an exercise's clock, for the facilitator's and the participants' views:
 * `11:20`, or `01:30 BST` where the clocks change while the exercise runs (its span from start
 * to scheduled end), so the hour the clocks show twice reads as two different times.
 */
import { localStamps } from '../../analysis/local-stamp.ts';
import type { Exercise, Scenario } from '../../core/model.ts';
import { stampTime } from '../local-stamp.ts';

/** Local stamps of the exercise's span (with the UTC offset where the clocks change in it). */
export const exerciseStamps = (scenario: Scenario, exercise: Exercise): ((t: number) => string) =>
  localStamps(scenario, exercise.start, exercise.start + exercise.duration);

/** `11:20` or `01:30 BST` at simulated `t`. */
export function exerciseTimes(session: {
  readonly scenario: Scenario;
  readonly exercise: Exercise;
}): (t: number) => string {
  const stamp = exerciseStamps(session.scenario, session.exercise);
  const zone = session.scenario.timeZone?.name;
  return (t) => stampTime(stamp(t), zone);
}
