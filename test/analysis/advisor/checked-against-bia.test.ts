import { beforeAll, describe, expect, it } from 'vitest';
import { advise, applyEdit, type Finding } from '../../../src/analysis/advisor/index.ts';
import { componentPeaks, demandMoments } from '../../../src/analysis/advisor/load.ts';
import { biaConditions } from '../../../src/analysis/bia/conditions.ts';
import { runBia, type BiaResult, type ImpactFigures } from '../../../src/analysis/bia/index.ts';
import { StaticTopology } from '../../../src/analysis/bia/static-impact.ts';
import { effectOfInjects } from '../../../src/analysis/injects-effect.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { BUNDLED, bundled } from '../../support/bundled.ts';

const figures = (bia: BiaResult, id: string, service: string): ImpactFigures =>
  bia.disruptions
    .find((d) => d.id === id)!
    .impacts.find((i) => i.service === service && i.placement === 'worst')!.bounds.likely!;

describe('the bank findings the simulation contradicted', () => {
  let bank: Scenario;
  let bia: BiaResult;
  let findings: Finding[];
  beforeAll(() => {
    bank = bundled('bank-money-transfer');
    bia = runBia(bank);
    findings = advise(bank, bia);
  });

  it('says why one lost app server is an outage at the month-end peak: App server 2 alone serves less than the MBCO, no cascade', () => {
    const f = findings.find((x) => x.id === 'n-minus-1:app-1+app-2')!;
    const run = figures(bia, 'fail:app-1', 'transfers');
    // 600 tpm left of the 1,800 asked for is under the 50 % MBCO: down until App server 1 is
    // back, 5 min detection + 1 h 45 min rebuild later, before App server 2 has been
    // overloaded the 4 h it takes to fail.
    expect(run).toMatchObject({ worstState: 'down', downMinutes: 110, timeToRestoreMinutes: 110 });
    expect(run.timeToRestoreMinutes! * 60_000).toBeLessThan(
      bank.components.find((c) => c.id === 'app-2')!.overloadFailAfter!,
    );
    expect(f.severity).toBe('critical');
    expect(f.explanation).toMatch(/less than the minimum the business can live with \(MBCO\)/);
    expect(f.explanation).not.toMatch(/fail one after the other/);
    expect(f.simulated).toMatchObject({
      disruption: 'fail:app-1',
      at: '2026-01-30T11:00',
      bound: 'likely',
    });
  });

  it('no longer calls the loss of one app server an outage on an ordinary peak: the BIA shows it degrades, 0 min down, rebuilt before the 4 h overload limit', () => {
    const ordinary: Scenario = {
      ...bank,
      services: bank.services.map((s) => ({ ...s, demand: { ...s.demand, surges: [] } })),
    };
    const plain = runBia(ordinary);
    const f = advise(ordinary, plain).find((x) => x.id === 'n-minus-1:app-1+app-2')!;
    // 600 of 1,000 tpm is above the MBCO: degraded, and App server 1 is back (1 h 50 min)
    // before App server 2 has run overloaded for 4 h, so the cascade never comes.
    expect(figures(plain, 'fail:app-1', 'transfers')).toMatchObject({
      worstState: 'degraded',
      downMinutes: 0,
      timeToRestoreMinutes: 110,
    });
    expect(f.severity).toBe('warning');
    expect(f.explanation).not.toMatch(/outage/);
    expect(f.explanation).toMatch(/stays up, degraded, while it is recovered/);
    expect(f.simulated).toMatchObject({ disruption: 'fail:app-1', bound: 'likely' });
    expect(f.simulated!.shows).toBe(
      'degraded 1h50m in agreed hours, 34,000 more transactions unserved, EUR 17,000',
    );
  });

  it('asks nothing of the databases: the app tier lets at most 1,200 tpm reach them, one of them alone carries it', () => {
    const peaks = componentPeaks(bank, new StaticTopology(bank), demandMoments(bank), ['db-1']);
    expect(peaks.get('db-2')!.load).toBe(1200); // not the 1,800 tpm asked for at the peak
    // Losing the primary costs the replica's promotion (15 min at the likely end), no more;
    // losing the replica costs nothing.
    expect(figures(bia, 'fail:db-1', 'transfers')).toMatchObject({ downMinutes: 15 });
    expect(figures(bia, 'fail:db-2', 'transfers')).toMatchObject({ downMinutes: 0, cost: 0 });
    expect(findings.map((x) => x.id)).not.toContain('n-minus-1:db-1+db-2');
    const dbEdits = findings.flatMap((x) =>
      x.suggestion.edits.filter((e) => e.kind === 'set-capacity' && e.component.startsWith('db-')),
    );
    expect(dbEdits).toEqual([]);
  });

  it('asks for the databases once the app servers no longer hold the load back', () => {
    const n1 = findings.find((x) => x.id === 'n-minus-1:app-1+app-2')!;
    const raised = n1.suggestion.edits.reduce(applyEdit, bank);
    const after = runBia(raised);
    expect(figures(after, 'fail:db-1', 'transfers').cost).toBeGreaterThan(0);
    // The databases are a primary and a standby: one serves at a time, 1,500 tpm against 1,800.
    const db = advise(raised, after).find((x) => x.id === 'headroom:db-1+db-2')!;
    expect(db.evidence).toMatchObject({ peakLoadTpm: 1800, capacityTpm: 1500 });
  });
});

describe('a claim of the shop the simulation corrects', () => {
  it('no longer says one lost web node takes checkout down: in the BIA only two at once do', () => {
    const shop = bundled('ecommerce-checkout');
    const f = advise(shop, runBia(shop)).find(
      (x) => x.id === 'plan-exceeds-rto:checkout:web-replace',
    )!;
    expect(f.severity).toBe('warning');
    expect(f.evidence['outageRole']).toBe('together');
    expect(f.simulated!.disruption).toMatch(/^fail:web-\d\+web-\d$/);
  });
});

/** The claim each rule makes, and what a run must show to bear it out. */
const BEARS_OUT: Record<string, (f: ImpactFigures, finding: Finding) => boolean> = {
  spof: (f) => f.downMinutes > 0,
  'shared-dependency': (f) => f.downMinutes > 0 || f.degradedMinutes > 0 || f.cost > 0,
  'n-minus-1': (f, finding) =>
    finding.severity === 'critical' ? f.downMinutes > 0 : f.cost > 0 || f.degradedMinutes > 0,
  // A breach, or more downtime on top of an outage that was under way anyway (not judged alone).
  'plan-exceeds-rto': (f, finding) =>
    finding.severity === 'info'
      ? f.rtoMet !== false
      : f.rtoMet === false || (f.outageMinutes === null && f.downMinutes > 0),
  'rpo-unmet': (f) => f.rpoMet === false,
  // A plan waited for a free person of the team as long as the finding says.
  'team-contention': (f, finding) =>
    (f.recovery ?? []).some((r) =>
      r.waits.some((w) => w.personMinutes === finding.evidence.waitedMinutes),
    ),
  // The night outage is the finding's, longer than the RTO.
  'night-call-out': (f, finding) =>
    f.outageMinutes === finding.evidence.outageMinutes &&
    f.outageMinutes! > (finding.evidence.rtoMinutes as number),
};

/** The run a citation names: a BIA row at its placement, or a plan's night run (bia/plan-runs.ts). */
function citedRun(bia: BiaResult, c: NonNullable<Finding['simulated']>) {
  if (c.placement === 'night') {
    const night = bia.plans
      .flatMap((p) => p.withTeams ?? [])
      .find((w) => w.when === 'night' && w.t === c.t && w.service === c.service)!;
    return { figures: night.figures, injects: night.injects };
  }
  const impact = bia.disruptions
    .find((d) => d.id === c.disruption)!
    .impacts.find((i) => i.service === c.service && i.placement === c.placement)!;
  return { figures: impact.bounds[c.bound]!, injects: impact.injects };
}

describe('every finding that claims an outage, a breach or an overload cites the BIA run that shows it', () => {
  it.each(BUNDLED)(
    '%s: the cited run shows the claim, and its replay shows the run',
    (name) => {
      const s = bundled(name);
      const bia = runBia(s);
      const findings = advise(s, bia);
      const claims = ['spof', 'n-minus-1', 'rpo-unmet'];
      for (const f of findings) {
        if (claims.includes(f.rule) || (f.rule === 'plan-exceeds-rto' && f.severity !== 'info'))
          expect(f.simulated, f.id).toBeDefined();
        if (f.rule === 'headroom' && f.severity === 'critical') {
          const u = bia.placements.find((p) => p.service === f.simulated!.service)!.undisrupted;
          expect(u.worst.state, f.id).not.toBe('up');
        }
        const c = f.simulated;
        if (!c || c.disruption === null) continue;
        const { figures: run, injects } = citedRun(bia, c);
        expect(BEARS_OUT[f.rule]!(run, f), f.id).toBe(true);
        expect(c.injects).toEqual(injects);
        const replay = effectOfInjects(biaConditions(s, c.bound), 'any', c.injects);
        const effect = replay.find((e) => e.service === c.service)!;
        expect(effect.downMinutes, f.id).toBeCloseTo(run.downMinutes, 6);
        expect(effect.cost, f.id).toBeCloseTo(run.cost, 1);
      }
    },
    60_000,
  );
});
