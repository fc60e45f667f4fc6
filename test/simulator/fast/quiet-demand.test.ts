import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeMetrics } from '../../../src/core/metrics.ts';
import type { Scenario, Service, Topology } from '../../../src/core/model.ts';
import { syntheticScenario } from '../../../src/core/synthetic.ts';
import { simulateFast } from '../../../src/simulator/fast/simulate-fast.ts';
import { simulateWithStats } from '../../../src/simulator/simulate.ts';

/**
 * The generated scenario with its demand scaled (high enough, demand alone degrades or
 * overloads it) and a second service on some of its tiers with a demand of its own: runs
 * without a trace pass over stretches of breakpoints where demand changes nothing.
 */
function twoServices(components: number, days: number, scale: number, other: number): Scenario {
  const s = syntheticScenario({ components, seed: 'quiet', horizonDays: days });
  const [service] = s.services as [Service];
  const tiers: Topology[] = service.requires.type === 'series' ? [...service.requires.of] : [];
  const scaled = (x: Service, by: number): Service['demand'] => ({
    ...x.demand,
    tpm: x.demand.tpm * by,
  });
  const second: Service = {
    ...service,
    id: 'reports',
    name: 'Reports',
    requires: tiers.length > 1 ? { type: 'series', of: tiers.slice(0, 2) } : service.requires,
    demand: {
      ...scaled(service, other),
      hourly: service.demand.hourly.map((h, i) => (i % 6 === 0 ? h * 2 : h / 2)),
      surges: [],
    },
  };
  return { ...s, services: [{ ...service, demand: scaled(service, scale) }, second] };
}

describe('breakpoints passed over without the engine (quiet-demand.ts)', () => {
  it('leave the metrics and the engine events as the actor path has them, for several services', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(0.2, 1, 1.6, 2.5),
        fc.constantFrom(0, 0.3, 1.2, 3),
        fc.string({ maxLength: 4 }),
        (components, days, scale, other, seed) => {
          const scenario = twoServices(components, days, scale, other);
          const actor = simulateWithStats(scenario, seed);
          const bare = simulateFast(scenario, seed);
          expect(bare.engineEvents).toBe(actor.engineEvents);
          expect(JSON.stringify(bare.metrics)).toBe(
            JSON.stringify(computeMetrics(scenario, actor.trace)),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
