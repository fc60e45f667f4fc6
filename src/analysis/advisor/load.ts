/**
 * Load on components summed over every service that uses them. Each service's demand is
 * spread over its topology as the simulator does (`distributeLoad`: a series passes it on,
 * a group shares it among working members in proportion to their capacity); a service whose
 * topology is not satisfied adds nothing. Demand is read at every moment it changes inside
 * any service's agreed hours over the whole horizon (`DemandProfile.nextChange`), so the
 * peaks of services that coincide (browse and checkout on a Black Friday evening) add up.
 */
import { agreedIntervals } from '../../core/calendar.ts';
import { formatLocal } from '../../core/civil.ts';
import { DemandProfile } from '../../core/demand.ts';
import { normaliseIntervals } from '../../core/intervals.ts';
import type { Scenario } from '../../core/model.ts';
import { distributeLoad, evaluate } from '../../core/topology.ts';
import type { StaticTopology } from '../bia/static-impact.ts';

/** Distinct demand vectors (one rate per service, in scenario order) and when each first occurs. */
export interface DemandMoments {
  readonly rates: readonly (readonly number[])[];
  readonly at: readonly number[];
}

export function demandMoments(scenario: Scenario): DemandMoments {
  const profiles = scenario.services.map((s) => new DemandProfile(scenario, s, []));
  const agreed = normaliseIntervals(
    scenario.services.flatMap((s) =>
      agreedIntervals(s.calendar, scenario.startEpoch, scenario.horizon),
    ),
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

/** Peak load of every loaded component with `removed` (and whatever depends on it) lost. */
export function componentPeaks(
  scenario: Scenario,
  topology: StaticTopology,
  moments: DemandMoments,
  removed: readonly string[] = [],
): Map<string, ComponentPeak> {
  const capacityOf = topology.capacityOf(topology.lostWith(removed));
  const shares = scenario.services.map((s) => {
    const out = new Map<string, number>();
    if (evaluate(s.requires, capacityOf).satisfied)
      distributeLoad(s.requires, 1, capacityOf, (id, share) =>
        out.set(id, (out.get(id) ?? 0) + share),
      );
    return out;
  });
  const ids = new Set(shares.flatMap((m) => [...m.keys()]));
  const peaks = new Map<string, ComponentPeak>();
  for (const id of ids) {
    const perService = shares.map((m) => m.get(id) ?? 0);
    let best: ComponentPeak = { load: 0, t: moments.at[0] ?? 0 };
    moments.rates.forEach((vector, i) => {
      let load = 0;
      for (let s = 0; s < vector.length; s++) load += vector[s]! * perService[s]!;
      if (load > best.load) best = { load, t: moments.at[i]! };
    });
    peaks.set(id, best);
  }
  return peaks;
}

/** `YYYY-MM-DDTHH:MM` of a simulated time. */
export const localAt = (scenario: Scenario, t: number): string =>
  formatLocal(scenario.startEpoch + t);
