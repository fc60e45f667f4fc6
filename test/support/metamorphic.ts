/**
 * The harness of the metamorphic properties (test/properties/): run a case on both paths,
 * check that they agree, and compare what a planner acts on before and after one change.
 *
 * A case (metamorphic-cases.ts) is a scenario with its random failures off, a seed and a
 * fixed schedule of disruptions. It runs on the actor path (`simulate` + `computeMetrics`)
 * and on the fast path (`simulateFast`), which must give the same metrics.
 *
 * "No worse" means, service by service:
 * - whenever the service is down after the change, it was down before (the root of it all);
 * - downtime in agreed hours, unserved transactions (in agreed hours), data lost and cost
 *   never rise;
 * - no new RTO or MTPD breach: each outage that breaches after the change lies within one that
 *   breached before, and the time in breach of the RTO (the overrun in agreed hours) never
 *   rises. The *count* of breaches is not compared: a change that ends a stretch of downtime in
 *   the middle of a long outage splits it in two, and both halves may still outlast the RTO
 *   (test/properties/limits.test.ts shows one, worked out by hand).
 */
import { expect } from 'vitest';
import { computeMetrics, type ServiceMetrics } from '../../src/core/metrics.ts';
import type { Inject, Scenario } from '../../src/core/model.ts';
import { normaliseIntervals, type Interval } from '../../src/core/intervals.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../src/simulator/simulate.ts';

export interface Case {
  readonly scenario: Scenario;
  readonly seed: string;
  /** The schedule of disruptions, in time order. */
  readonly injects: readonly Inject[];
}

export interface Outcome {
  readonly metrics: ServiceMetrics[];
  /** Each service's stretches of `down`, each as long as it lasts, in time order. */
  readonly down: Record<string, Interval[]>;
}

/** Runs a case on both paths, checks that they give the same metrics, and returns them. */
export function outcomeOf({ scenario, seed, injects }: Case): Outcome {
  const trace = simulate(scenario, seed, { injects });
  const metrics = computeMetrics(scenario, trace);
  expect(simulateFast(scenario, seed, { injects }).metrics).toEqual(metrics);
  const down: Record<string, Interval[]> = {};
  for (const [service, intervals] of Object.entries(trace.intervals))
    down[service] = normaliseIntervals(
      intervals.filter((i) => i.state === 'down').map(({ start, end }) => ({ start, end })),
    );
  return { metrics, down };
}

/** The figures that must never rise, for one service. */
export function figures(m: ServiceMetrics) {
  return {
    downtimeInAgreedHoursMinutes: m.downtimeInAgreedHoursMinutes,
    unservedTransactions: m.unservedTransactions,
    dataLostMinutes: m.dataLostMinutes,
    cost: m.cost,
    rtoOverrunInAgreedHoursMinutes: m.outages.reduce(
      (sum, o) => sum + o.rtoOverrunInAgreedHoursMinutes,
      0,
    ),
  };
}

const within = (inner: Interval, outer: Interval): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/** The stretches of `list` that lie inside none of `cover`. */
function uncovered(list: readonly Interval[], cover: readonly Interval[]): Interval[] {
  return list.filter((i) => !cover.some((c) => within(i, c)));
}

/** The outcome after the change is no worse than before it (see the module comment). */
export function expectNoWorse(after: Outcome, before: Outcome): void {
  expect(after.metrics.map((m) => m.service)).toEqual(before.metrics.map((m) => m.service));
  after.metrics.forEach((m, i) => {
    const was = before.metrics[i]!;
    const fail = (what: string): never =>
      expect.fail(
        `${m.service}: ${what}\nbefore ${JSON.stringify(figures(was))}\nafter  ${JSON.stringify(figures(m))}`,
      );
    // Down after the change only where it was down before: each whole stretch of downtime
    // after it lies inside a whole stretch before it.
    const newlyDown = uncovered(after.down[m.service] ?? [], before.down[m.service] ?? []);
    if (newlyDown.length > 0) fail(`down where it was not before: ${JSON.stringify(newlyDown)}`);
    const a = figures(m);
    const b = figures(was);
    for (const key of Object.keys(a) as (keyof typeof a)[])
      if (a[key] > b[key] + 1e-9 * Math.max(1, Math.abs(b[key])))
        fail(`${key} rose from ${b[key]} to ${a[key]}`);
    const rto = (o: ServiceMetrics['outages'][number]) => o.rtoMet === false;
    const mtpd = (o: ServiceMetrics['outages'][number]) => o.mtpdBreached;
    for (const [name, breached] of [
      ['RTO', rto],
      ['MTPD', mtpd],
    ] as const) {
      const fresh = uncovered(m.outages.filter(breached), was.outages.filter(breached));
      if (fresh.length > 0) fail(`a new ${name} breach: ${JSON.stringify(fresh)}`);
    }
  });
}
