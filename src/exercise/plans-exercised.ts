/**
 * The recovery plans an exercise invoked: those whose plan started (by an invocation, a decision
 * or the plan's own detection) between the exercise's start and its end, in the team's run. A
 * plan the simulation starts only once the exercise is over was not exercised.
 */
import type { Trace } from '../core/trace.ts';

/** Plan ids in order of first start; `offset`: the run's window start in scenario time. */
export function plansExercised(trace: Trace, offset: number, start: number, end: number): string[] {
  const plans = new Set<string>();
  for (const e of trace.events) {
    const t = e.t + offset;
    if (t >= end) break;
    if (e.type === 'plan-started' && t >= start) plans.add(e.plan);
  }
  return [...plans];
}
