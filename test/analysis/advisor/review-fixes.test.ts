import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advise, applyEdit, type Finding } from '../../../src/analysis/advisor/index.ts';
import { runBia } from '../../../src/analysis/bia/index.ts';
import { StaticTopology } from '../../../src/analysis/bia/static-impact.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { hours } from '../../../src/core/time.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import {
  atLeast,
  component,
  flatDemand,
  plan,
  scenario,
  series,
  service,
  objectives,
} from '../../support/model-builder.ts';

const load = (file: string): Scenario => {
  const r = parseScenario(
    readFileSync(join(import.meta.dirname, '../../../scenarios', file), 'utf8'),
  );
  if (!r.ok) throw new Error(`${file} invalid`);
  return r.scenario;
};
const findings = (s: Scenario): Finding[] => advise(s, runBia(s));
const byId = (s: Scenario, id: string): Finding => {
  const f = findings(s).find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id}`);
  return f;
};
const variant = (s: Scenario, f: Finding): Scenario => f.suggestion.edits.reduce(applyEdit, s);

const shop = load('ecommerce-checkout.yaml');
/** The shop without Black Friday and Cyber Monday: an ordinary weekend evening is the peak. */
const ordinaryShop: Scenario = {
  ...shop,
  services: shop.services.map((s) => ({ ...s, demand: { ...s.demand, surges: [] } })),
};

describe('capacity checks on load shared between services', () => {
  it('adds checkout and browse on the web tier: losing one node overloads the other two', () => {
    const bia = runBia(ordinaryShop);
    const web1 = bia.disruptions.find((d) => d.id === 'fail:web-1')!;
    expect(
      web1.impacts.some((i) => i.service === 'checkout' && i.bounds.likely?.worstState === 'down'),
    ).toBe(true);
    const f = advise(ordinaryShop, bia).find((x) => x.id === 'n-minus-1:web-1+web-2+web-3')!;
    // (520 + 3,900) / 2 nodes left = 2,210 tpm against 2,000.
    expect(f).toMatchObject({
      severity: 'critical',
      evidence: { loadNMinus1Tpm: 2210, capacityTpm: 2000, services: 'checkout, browse' },
    });
    expect(findings(variant(ordinaryShop, f)).map((x) => x.id)).not.toContain(f.id);
  });

  it('finds the Black Friday peak late in the horizon and raises every web node to meet it', () => {
    const f = byId(shop, 'headroom:web-1+web-2+web-3');
    expect(f).toMatchObject({
      severity: 'critical',
      evidence: { at: '2026-11-27T19:00', peakLoadTpm: 8820, capacityTpm: 6000 },
    });
    expect(f.suggestion.edits.map((e) => e.kind)).toEqual(Array(3).fill('set-capacity'));
    expect(findings(variant(shop, f)).map((x) => x.id)).not.toContain(f.id);
  });
});

describe('every suggested change removes its own finding', () => {
  for (const file of [
    'bank-money-transfer.yaml',
    'ecommerce-checkout.yaml',
    'hospital-records.yaml',
  ]) {
    const s = load(file);
    const all = findings(s).filter((f) => f.suggestion.edits.length > 0);
    it.each(all.map((f) => [f.id, f] as const))(
      `${file}: %s`,
      (_, f) => {
        expect(f.suggestion.edit).toEqual(f.suggestion.edits[0]);
        expect(findings(variant(s, f)).map((x) => x.id)).not.toContain(f.id);
      },
      30_000,
    );
  }

  it('gives a site others run on a standby with copies of what runs on it', () => {
    const f = byId(load('hospital-records.yaml'), 'spof:records:primary-site');
    expect(f.suggestion.edits).toEqual([
      { kind: 'add-redundant-member', component: 'primary-site', withDependents: true },
    ]);
  });

  it('raises a small member to the MBCO of the peak demand instead of adding a standby', () => {
    const s = scenario({
      components: [component('big', { capacity: 900 }), component('small', { capacity: 100 })],
      services: [service('svc', atLeast(1, 'big', 'small'), { demand: flatDemand(1000) })],
      plans: [],
    });
    const f = byId(s, 'spof:svc:big');
    // Alone, small must serve 50 % of the 1,000 tpm asked: 500, whatever big can do.
    expect(f.suggestion.edits).toEqual([
      { kind: 'set-capacity', component: 'small', capacity: 500 },
    ]);
  });

  it("sees no single point of failure in the shop's backup gateway: it carries an ordinary peak alone", () => {
    // 600 tpm for the 520 asked at a weekend evening peak (400 x 1.0 x 1.3).
    expect(findings(shop).map((f) => f.id)).not.toContain('spof:checkout:pay-primary');
  });

  it('moves enough members of a 2-of-3 group off a shared site that losing it leaves two', () => {
    const s = scenario({
      components: [
        component('site'),
        ...['a', 'b', 'c'].map((id) => component(id, { capacity: 1000, dependsOn: ['site'] })),
      ],
      services: [service('svc', atLeast(2, 'a', 'b', 'c'), { demand: flatDemand(100) })],
      plans: [],
    });
    const f = findings(s).find((x) => x.rule === 'shared-dependency')!;
    expect(f.suggestion.edits.map((e) => e.kind)).toEqual(['split-dependency', 'split-dependency']);
    const v = variant(s, f);
    expect(new StaticTopology(v).isDownWithout(v.services[0]!, ['site'])).toBe(false);
  });

  it('never cuts a step by more than it lasts, and cuts the next step when the longest is not enough', () => {
    const s = scenario({
      components: [component('lb', { capacity: 5000, recovery: 'swap' })],
      services: [
        service('svc', series('lb'), {
          demand: flatDemand(100),
          objectives: objectives({ rto: hours(1), rpo: hours(1) }),
        }),
      ],
      plans: [
        plan('swap', [
          ['order', 100],
          ['fit', 90, ['order']],
        ]),
      ],
    });
    const f = byId(s, 'plan-exceeds-rto:svc:swap');
    expect(f.explanation).toMatch(/shortening it alone cannot close the gap/);
    expect(f.suggestion.edits.map((e) => e.kind === 'set-step-duration' && e.step)).toEqual([
      'order',
      'fit',
    ]);
    // 1h40m + 1h30m against 1h: "order" can give at most 90 % (to 10m), "fit" the rest.
    expect(f.suggestion.text).toContain('"order" from 1h40m to 10m, "fit" from 1h30m to 50m');
    expect(findings(variant(s, f)).map((x) => x.id)).not.toContain(f.id);
  });

  it('says when even a tenth of every step is too slow, and suggests no plan edit then', () => {
    const f = byId(shop, 'plan-exceeds-rto:checkout:dc-restore');
    expect(f.suggestion.edits).toEqual([]);
    expect(f.suggestion.text).toMatch(/Even with every step on the critical path cut to a tenth/);
  });
});

describe('severity of a plan slower than the RTO', () => {
  const slow = plan('fix', [['repair', 180]]);
  const build = (requires: Scenario['services'][number]['requires'], ids: string[]) =>
    scenario({
      components: ids.map((id) => component(id, { capacity: 1000, recovery: 'fix' })),
      services: [
        service('svc', requires, {
          demand: flatDemand(100),
          // One member of three still reaches this MBCO.
          objectives: {
            availability: 0.995,
            rto: hours(2),
            rpo: hours(1),
            mtpd: hours(8),
            mbco: { kind: 'share', share: 0.2 },
          },
        }),
      ],
      plans: [slow],
    });

  it('is critical when the component alone takes the service down', () => {
    expect(byId(build(series('a'), ['a']), 'plan-exceeds-rto:svc:fix').severity).toBe('critical');
  });

  it('is a warning on the bank, whose databases stop transfers only both together', () => {
    const f = byId(load('bank-money-transfer.yaml'), 'plan-exceeds-rto:transfers:db-rebuild');
    expect(f.severity).toBe('warning');
    expect(f.explanation).toMatch(/only losing them together does/);
  });

  it('is info when no loss the BIA considers takes the service down', () => {
    const s = build(atLeast(1, 'a', 'b', 'c'), ['a', 'b', 'c']);
    const f = byId(s, 'plan-exceeds-rto:svc:fix');
    expect(f.severity).toBe('info');
    expect(f.explanation).toMatch(/never takes svc down/);
    expect(hours(3)).toBeGreaterThan(s.services[0]!.objectives.rto);
  });
});
