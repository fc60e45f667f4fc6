import { describe, expect, it } from 'vitest';
import { advise, applyEdit, type Finding } from '../../../src/analysis/advisor/index.ts';
import { runBia } from '../../../src/analysis/bia/index.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { hours, minutes } from '../../../src/core/time.ts';
import { bank } from '../../support/bank-model.ts';
import {
  atLeast,
  component,
  flatDemand,
  plan,
  scenario,
  series,
  service,
} from '../../support/model-builder.ts';

const findings = (s: Scenario): Finding[] => advise(s, runBia(s));
const rules = (s: Scenario): string[] => findings(s).map((f) => f.id);
/** Applies the suggestion of the finding with this id and returns the findings of the variant. */
function fixed(s: Scenario, id: string): string[] {
  const f = findings(s).find((x) => x.id === id);
  if (!f?.suggestion.edit) throw new Error(`no edit for ${id}`);
  expect(f.suggestion.edit).toEqual(f.suggestion.edits[0]);
  return rules(f.suggestion.edits.reduce(applyEdit, s));
}

const small = (over: Partial<Scenario> = {}): Scenario =>
  scenario({
    components: [
      component('app-1', { capacity: 1000, recovery: 'rebuild' }),
      component('app-2', { capacity: 1000, recovery: 'rebuild' }),
    ],
    services: [service('svc', atLeast(1, 'app-1', 'app-2'), { demand: flatDemand(500) })],
    plans: [plan('rebuild', [['fix', 30]])],
    ...over,
  });

describe('advise(scenario, bia)', () => {
  it('finds nothing to say about a well-built service', () => {
    expect(findings(small())).toEqual([]);
  });

  it('flags a single point of failure and its standby fixes it', () => {
    const s = small({
      components: [component('lb', { capacity: 5000 }), ...small().components],
      services: [
        service('svc', series('lb', atLeast(1, 'app-1', 'app-2')), { demand: flatDemand(500) }),
      ],
    });
    const spof = findings(s).find((f) => f.id === 'spof:svc:lb')!;
    expect(spof).toMatchObject({ severity: 'critical', subject: ['lb', 'svc'] });
    expect(spof.explanation).toMatch(/nothing else can stand in/);
    expect(fixed(s, 'spof:svc:lb')).not.toContain('spof:svc:lb');
  });

  it('flags a plan slower than the RTO, naming the dominant step, and the shortened step fixes it', () => {
    const s = small({
      plans: [
        plan('rebuild', [
          ['diagnose', 20],
          ['restore', 150, ['diagnose']],
        ]),
      ],
    });
    const f = findings(s).find((x) => x.rule === 'plan-exceeds-rto')!;
    // One app server lost never takes the service down; both together do.
    expect(f).toMatchObject({
      severity: 'warning',
      evidence: {
        likelyMinutes: 170,
        rtoMinutes: 120,
        dominantStep: 'restore',
        outageRole: 'together',
      },
    });
    expect(f.title).toContain('2h RTO');
    expect(fixed(s, f.id)).not.toContain(f.id);
  });

  it('flags an RTO longer than the MTPD', () => {
    const s = small();
    const svc = s.services[0]!;
    const bad = { ...s, services: [{ ...svc, objectives: { ...svc.objectives, rto: hours(10) } }] };
    expect(rules(bad)).toContain('rto-over-mtpd:svc');
    expect(fixed(bad, 'rto-over-mtpd:svc')).not.toContain('rto-over-mtpd:svc');
  });

  it('flags an RPO that hourly backups cannot meet against corruption, and 15-minute backups fix it', () => {
    const s = bank({ monthEndSurge: false });
    const f = findings(s).find((x) => x.id === 'rpo-unmet:transfers:db-1')!;
    expect(f).toMatchObject({
      severity: 'warning',
      evidence: { backupEveryMinutes: 60, rpoMinutes: 15 },
    });
    expect(fixed(s, f.id)).not.toContain(f.id);
  });

  it('flags N-1 capacity below the peak and headroom under 20 %', () => {
    const s = small({
      services: [service('svc', atLeast(1, 'app-1', 'app-2'), { demand: flatDemand(1700) })],
    });
    const ids = rules(s);
    expect(ids).toContain('n-minus-1:app-1+app-2');
    expect(ids).toContain('headroom:app-1+app-2');
    expect(fixed(s, 'n-minus-1:app-1+app-2')).not.toContain('n-minus-1:app-1+app-2');
    expect(fixed(s, 'headroom:app-1+app-2')).not.toContain('headroom:app-1+app-2');
  });

  it('flags detection and assessment taking most of the RTO', () => {
    const s = small({
      components: small().components.map((c) => ({ ...c, detection: minutes(40) })),
      plans: [
        plan('rebuild', [
          ['assess', 30],
          ['fix', 10, ['assess']],
        ]),
      ],
    });
    const f = findings(s).find((x) => x.rule === 'slow-detection')!;
    expect(f.evidence).toMatchObject({ detectionMinutes: 40, assessmentMinutes: 30 });
    expect(fixed(s, f.id)).not.toContain(f.id);
  });

  it('flags steps with no owner and one owner on two parallel critical steps', () => {
    const p = plan('rebuild', [
      ['a', 10],
      ['b', 20, ['a']],
      ['c', 20, ['a']],
    ]);
    const s = small({
      plans: [{ ...p, steps: p.steps.map((st) => (st.id === 'a' ? { ...st, owner: null } : st)) }],
    });
    const ids = rules(s);
    expect(ids).toContain('unowned-steps:rebuild');
    expect(ids).toContain('owner-overloaded:rebuild:b+c');
    expect(fixed(s, 'unowned-steps:rebuild')).not.toContain('unowned-steps:rebuild');
  });

  it('flags redundancy that shares one dependency, and a second site fixes it', () => {
    const s = small({
      components: [
        component('site'),
        ...small().components.map((c) => ({ ...c, dependsOn: ['site'] })),
      ],
    });
    const f = findings(s).find((x) => x.rule === 'shared-dependency')!;
    expect(f.title).toBe('app-1 and app-2 all depend on site');
    expect(fixed(s, f.id)).not.toContain(f.id);
  });

  it('orders findings critical first', () => {
    const order = findings(bank()).map((f) => f.severity);
    expect(order).toEqual(
      [...order].sort(
        (a, b) =>
          ['critical', 'warning', 'info'].indexOf(a) - ['critical', 'warning', 'info'].indexOf(b),
      ),
    );
  });
});
