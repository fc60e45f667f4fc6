import { describe, expect, it } from 'vitest';
import { biaToCsv, runBia } from '../../../src/analysis/bia/index.ts';
import { deriveScenario, fixPlans } from '../../../src/analysis/bia/derive.ts';
import { reduceScenario, STAND_IN_PREFIX } from '../../../src/analysis/bia/reduce.ts';
import { serviceMetrics } from '../../../src/core/metrics.ts';
import type { Inject, Scenario } from '../../../src/core/model.ts';
import { syntheticScenario } from '../../../src/core/synthetic.ts';
import { days, hours, simTime } from '../../../src/core/time.ts';
import { simulate } from '../../../src/simulator/simulate.ts';
import { bank } from '../../support/bank-model.ts';

/** Metrics of one service with and without reduction: they must be the same. */
function both(s: Scenario, failed: string[], placement: number, surge = false) {
  const service = s.services[0]!;
  const derived = deriveScenario(
    s,
    fixPlans(s.plans, 'likely'),
    placement,
    service.objectives.mtpd,
  );
  const at = simTime(derived.at);
  const injects: Inject[] = surge
    ? [{ at, action: 'surge', service: service.id, factor: 2, duration: hours(3) }]
    : failed.map((component) => ({ at, action: 'fail', component }));
  const reduced = reduceScenario(derived.scenario, service, failed, 2000, !surge);
  const run = (x: Scenario) => {
    const { outages, ...m } = serviceMetrics(x, x.services[0]!, simulate(x, 'r', { injects }));
    return { ...m, outages: outages.map((o) => ({ ...o, unavailable: [] })) };
  };
  return { full: run(derived.scenario), reduced: run(reduced), size: reduced.components.length };
}

describe('reduceScenario: the reduced run measures the same as the full one', () => {
  const synthetic = syntheticScenario({ components: 40, horizonDays: 40 });
  const cases: [string, Scenario, string[], number, boolean?][] = [
    ['bank, both app servers at 10:00', bank(), ['app-1', 'app-2'], days(2) + hours(10)],
    ['bank, one database at the month-end peak', bank(), ['db-1'], days(25) + hours(11)],
    ['synthetic, one member of a tier', synthetic, ['c3-1'], days(1) + hours(12)],
    ['synthetic, two members of a tier', synthetic, ['c5-1', 'c5-2'], days(3) + hours(9)],
    ['synthetic, a site', synthetic, ['site-1'], days(2) + hours(14)],
    ['synthetic, a surge', synthetic, [], days(25) + hours(10), true],
  ];
  it.each(cases)('%s', (_, s, failed, placement, surge) => {
    const { full, reduced } = both(s, failed, placement, surge);
    expect(reduced).toEqual(full);
  });

  it('keeps only the touched tier and one stand-in for the rest of a series', () => {
    const { size } = both(synthetic, ['c3-1'], days(1) + hours(12));
    expect(size).toBeLessThan(10);
    const s = reduceScenario(synthetic, synthetic.services[0]!, ['c3-1'], 1000, true);
    expect(s.components.some((c) => c.id.startsWith(STAND_IN_PREFIX))).toBe(true);
  });
});

describe('biaToCsv(result)', () => {
  it('writes a header and one row per disruption x service x placement x bound', () => {
    const bia = runBia(bank({ monthEndSurge: false }));
    const lines = biaToCsv(bia).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^rank,disruption,kind,label,service,placement,at,bound,worst_state,/);
    expect(lines[0]).toContain('cost_after_1h,cost_after_4h,cost_after_24h,cost_after_72h');
    const rows = bia.disruptions.reduce(
      (n, d) => n + d.impacts.reduce((m, i) => m + Object.keys(i.bounds).length, 0),
      0,
    );
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toMatch(/^1,/);
  });
});
