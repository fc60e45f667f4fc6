/**
 * Where two runs of one seed (baseline and variant) put a service in different states: the
 * spans, merged when adjacent and alike, in time order. The overlaid timeline steps through
 * them, so a planner sees exactly which outages a change removes, adds or shortens.
 */
import { normaliseIntervals, overlapLength, type Interval } from '../../core/intervals.ts';
import type { ServiceInterval, ServiceState } from '../../core/trace.ts';

export interface StateDifference {
  readonly start: number;
  readonly end: number;
  readonly baseline: ServiceState;
  readonly variant: ServiceState;
}

/** Both interval lists must be sorted and cover the horizon without gaps (as traces do). */
export function stateDifferences(
  baseline: readonly ServiceInterval[],
  variant: readonly ServiceInterval[],
): StateDifference[] {
  const out: StateDifference[] = [];
  let i = 0;
  let j = 0;
  while (i < baseline.length && j < variant.length) {
    const a = baseline[i]!;
    const b = variant[j]!;
    const start = Math.max(a.start, b.start);
    const end = Math.min(a.end, b.end);
    if (end > start && a.state !== b.state) {
      const last = out[out.length - 1];
      if (last && last.end === start && last.baseline === a.state && last.variant === b.state)
        out[out.length - 1] = { ...last, end };
      else out.push({ start, end, baseline: a.state, variant: b.state });
    }
    if (a.end <= b.end) i++;
    else j++;
  }
  return out;
}

/** A window around a difference: from `before` ahead of it to `after` past it, inside [0, horizon]. */
export function windowAround(
  d: Pick<StateDifference, 'start' | 'end'>,
  horizon: number,
  margin = 0.5,
): { from: number; to: number } {
  const length = Math.max(d.end - d.start, 60 * 60_000);
  const from = Math.max(0, d.start - length * margin);
  const to = Math.min(horizon, d.end + length * margin);
  return { from, to: Math.max(to, from + 1) };
}

/** Time (ms) the service is down inside agreed hours: the same state can cost more in a variant with longer hours. */
export function downInAgreedHours(
  intervals: readonly ServiceInterval[],
  agreed: readonly Interval[],
): number {
  const hours = normaliseIntervals(agreed);
  let total = 0;
  for (const i of intervals) if (i.state === 'down') total += overlapLength(hours, i.start, i.end);
  return total;
}
