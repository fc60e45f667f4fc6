import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advise, type Finding } from '../../../src/analysis/advisor/index.ts';
import { runBia } from '../../../src/analysis/bia/index.ts';
import { findSpofs } from '../../../src/analysis/bia/spofs.ts';
import type { Scenario, Topology } from '../../../src/core/model.ts';
import { hours, minutes } from '../../../src/core/time.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import {
  component,
  flatDemand,
  plan,
  scenario,
  series,
  service,
  standby,
  objectives,
} from '../../support/model-builder.ts';

const bank = (() => {
  const r = parseScenario(
    readFileSync(join(import.meta.dirname, '../../../scenarios/bank-money-transfer.yaml'), 'utf8'),
  );
  if (!r.ok) throw new Error('the bank does not parse');
  return r.scenario;
})();

const pairScenario = (requires: Topology, dependsOn: string[] = []): Scenario =>
  scenario({
    components: [
      component('site', {}),
      ...['a', 'b'].map((id) => component(id, { capacity: 1000, recovery: 'fix', dependsOn })),
    ],
    services: [
      service('svc', requires, {
        demand: flatDemand(100),
        objectives: objectives({ rto: hours(1), rpo: hours(1) }),
      }),
    ],
    plans: [plan('fix', [['repair', 30]])],
  });
const ids = (fs: readonly Finding[]) => fs.map((f) => f.id);

describe('standby groups in the SPOF check and the advisor', () => {
  it('the bank has no single point of failure: its load balancers and databases are pairs', () => {
    expect(findSpofs(bank)).toEqual([]);
    const findings = advise(bank, runBia(bank));
    expect(findings.filter((f) => f.rule === 'spof')).toEqual([]);
    expect(findings.flatMap((f) => f.suggestion.edits).map((e) => e.kind)).not.toContain(
      'add-redundant-member',
    );
  });

  it('a plan behind a standby is not an outage "alone": the standby carries the service meanwhile', () => {
    const f = advise(bank, runBia(bank)).find(
      (x) => x.id === 'plan-exceeds-rto:transfers:db-rebuild',
    )!;
    expect(f.evidence['outageRole']).toBe('together');
    expect(f.severity).toBe('warning');
  });

  it('a switch-over within the RTO is no finding', () => {
    const s = pairScenario(standby('a', 'b', minutes(20)));
    expect(ids(advise(s, runBia(s)))).not.toContain('switchover-exceeds-rto:svc:a/b');
  });

  it('a switch-over longer than the RTO is critical; longer only at its slow end, a warning', () => {
    const slow = pairScenario(standby('a', 'b', minutes(90)));
    const f = advise(slow, runBia(slow)).find((x) => x.rule === 'switchover-exceeds-rto')!;
    expect(f).toMatchObject({
      id: 'switchover-exceeds-rto:svc:a/b',
      severity: 'critical',
      evidence: { rtoMinutes: 60, switchoverLikelyMinutes: 90 },
      subject: ['a', 'b', 'svc'],
    });
    const ranged = pairScenario({
      ...standby('a', 'b', 0),
      switchover: { type: 'uniform', min: minutes(30), max: minutes(70) },
    });
    expect(
      advise(ranged, runBia(ranged)).find((x) => x.rule === 'switchover-exceeds-rto')?.severity,
    ).toBe('warning');
  });

  it('both members on one site: the standby does not protect against the site', () => {
    const s = pairScenario(series(standby('a', 'b', minutes(10))), ['site']);
    const f = advise(s, runBia(s)).find((x) => x.rule === 'shared-dependency')!;
    expect(f.explanation).toContain('one active, one standby');
  });

  it('the BIA simulates the loss of the active as an outage of the switch-over, of the standby as nothing', () => {
    const s = pairScenario(standby('a', 'b', minutes(12)));
    const bia = runBia(s);
    const outage = (id: string) =>
      bia.disruptions.find((d) => d.id === id)!.impacts[0]!.bounds.likely!.outageMinutes;
    expect(outage('fail:a')).toBe(12);
    expect(outage('fail:b')).toBeNull();
  });
});
