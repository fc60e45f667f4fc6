/**
 * Load on components summed over every service that uses them. Each service's demand is
 * spread over its topology as the simulator spreads it (`distributeLoad`: a group shares it
 * among working members in proportion to their capacity), except that a part of a series
 * receives no more than the other parts can pass on (the least of their capacities): a tier
 * behind a bottleneck never sees more than the bottleneck serves, so raising it could not
 * change what the service delivers. A service whose topology is not satisfied adds nothing.
 * Demand is read at every moment it changes inside any service's agreed hours over the
 * whole horizon (`DemandProfile.nextChange`), so the peaks of services that coincide (browse
 * and checkout on a Black Friday evening) add up.
 */
import { agreedIntervals } from '../../core/calendar.ts';
import { formatLocal } from '../../core/civil.ts';
import { DemandProfile } from '../../core/demand.ts';
import { normaliseIntervals } from '../../core/intervals.ts';
import type { Scenario, Topology } from '../../core/model.ts';
import { distributeLoad, evaluate, type CapacityOf } from '../../core/topology.ts';
import type { StaticTopology } from '../bia/static-impact.ts';
import { localAt as localEpochAt } from '../../core/zone.ts';

/** Distinct demand vectors (one rate per service, in scenario order) and when each first occurs. */
export interface DemandMoments {
  readonly rates: readonly (readonly number[])[];
  readonly at: readonly number[];
}

export function demandMoments(scenario: Scenario): DemandMoments {
  const profiles = scenario.services.map((s) => new DemandProfile(scenario, s, []));
  const agreed = normaliseIntervals(
    scenario.services.flatMap((s) => agreedIntervals(s.calendar, scenario, scenario.horizon)),
  );
  const seen = new Set<string>();
  const rates: number[][] = [];
  const at: number[] = [];
  const next = profiles.map(() => -Infinity);
  for (const { start, end } of agreed) {
    for (let t = Math.max(0, start); t < Math.min(end, scenario.horizon);) {
      const vector = profiles.map((p) => p.rateAt(t));
      const key = vector.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        rates.push(vector);
        at.push(t);
      }
      // Each profile's next change is cached until passed: a flat profile is walked once.
      for (let i = 0; i < profiles.length; i++)
        if (next[i]! <= t) next[i] = profiles[i]!.nextChange(t);
      t = Math.min(end, ...next);
    }
  }
  return { rates, at };
}

export interface ComponentPeak {
  /** Highest load (tpm) over the moments. */
  readonly load: number;
  /** Simulated time of the first moment with that load. */
  readonly t: number;
}

/**
 * Spreads `load` over a topology as `distributeLoad` does, but a part of a series receives at
 * most what the other parts can serve. Groups (of any kind) share what reaches them as the
 * simulator shares it: each member is weighed as one component of its own capacity.
 */
export function receivableLoad(
  t: Topology,
  load: number,
  capacityOf: CapacityOf,
  add: (componentId: string, load: number) => void,
): void {
  if (t.type === 'component') {
    add(t.id, load);
    return;
  }
  const capacities = t.of.map((part) => evaluate(part, capacityOf).capacity);
  if (t.type === 'series') {
    t.of.forEach((part, i) => {
      let others = Infinity;
      capacities.forEach((c, j) => {
        if (j !== i) others = Math.min(others, c);
      });
      receivableLoad(part, Math.min(load, others), capacityOf, add);
    });
    return;
  }
  const ids = t.of.map((_, i) => `\0member-${i}`);
  const shares = new Map<string, number>();
  // The same group (k of n, or a standby pair: all to its serving member) over stand-ins.
  const standIns = { ...t, of: ids.map((id) => ({ type: 'component', id })) } as Topology;
  distributeLoad(
    standIns,
    load,
    (id) => capacities[ids.indexOf(id)] ?? 0,
    (id, share) => shares.set(id, share),
  );
  t.of.forEach((part, i) => {
    const share = shares.get(ids[i]!);
    if (share !== undefined) receivableLoad(part, share, capacityOf, add);
  });
}

/** Peak load of every loaded component with `removed` (and whatever depends on it) lost. */
export function componentPeaks(
  scenario: Scenario,
  topology: StaticTopology,
  moments: DemandMoments,
  removed: readonly string[] = [],
): Map<string, ComponentPeak> {
  const capacityOf = topology.capacityOf(topology.lostWith(removed));
  const working = scenario.services.map((s) => evaluate(s.requires, capacityOf).satisfied);
  const peaks = new Map<string, ComponentPeak>();
  moments.rates.forEach((vector, i) => {
    const loads = new Map<string, number>();
    scenario.services.forEach((s, k) => {
      if (working[k])
        receivableLoad(s.requires, vector[k]!, capacityOf, (id, load) =>
          loads.set(id, (loads.get(id) ?? 0) + load),
        );
    });
    for (const [id, load] of loads) {
      const best = peaks.get(id);
      if (!best || load > best.load) peaks.set(id, { load, t: moments.at[i]! });
    }
  });
  return peaks;
}

/** `YYYY-MM-DDTHH:MM` of a simulated time. */
export const localAt = (scenario: Scenario, t: number): string =>
  formatLocal(localEpochAt(scenario, t));
