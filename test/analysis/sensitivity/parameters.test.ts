import { describe, expect, it } from 'vitest';
import { sensitivityParameters } from '../../../src/analysis/sensitivity/index.ts';
import { hours, minutes } from '../../../src/core/time.ts';
import { component, plan, ref, scenario, series, service } from '../../support/model-builder.ts';
import { bank } from './bank.ts';

describe('sensitivityParameters(scenario, service)', () => {
  const params = sensitivityParameters(bank, 'transfers');
  const byId = new Map(params.map((p) => [p.id, p]));

  it('lists, for the bank, MTBFs, plan steps, capacities, teams and objectives in that order', () => {
    expect(params.map((p) => p.id)).toEqual([
      'mtbf:lb-a',
      'mtbf:lb-b',
      'mtbf:app-1',
      'mtbf:app-2',
      'mtbf:db-1',
      'mtbf:db-2',
      'step-duration:lb-repair:diagnose',
      'step-duration:lb-repair:replace',
      'step-duration:app-rebuild:diagnose',
      'step-duration:app-rebuild:provision',
      'step-duration:app-rebuild:deploy',
      'step-duration:app-rebuild:verify',
      'step-duration:db-rebuild:assess',
      'step-duration:db-rebuild:rebuild',
      'step-duration:db-rebuild:resync',
      'capacity:lb-a',
      'capacity:lb-b',
      'capacity:app-1',
      'capacity:app-2',
      'capacity:db-1',
      'capacity:db-2',
      // the service desk works 24x7: no call-out to vary
      'team-size:service-desk',
      'team-size:dba',
      'team-call-out:dba',
      'team-hours:dba',
      'team-size:platform-team',
      'team-call-out:platform-team',
      'team-hours:platform-team',
      'team-size:app-team',
      'team-call-out:app-team',
      'team-hours:app-team',
      'team-size:network-team',
      'team-call-out:network-team',
      'team-hours:network-team',
      'objective:transfers:rto',
      'objective:transfers:rpo',
      'objective:transfers:mtpd',
    ]);
  });

  it("gives a team's size in people (swept from one person to twice as many) and its call-out as its mean", () => {
    expect(byId.get('team-size:dba')).toMatchObject({
      label: 'People in Database administrators',
      unit: 'people',
      current: 1,
      range: [1, 2],
    });
    expect(byId.get('team-call-out:platform-team')).toMatchObject({
      label: 'Call-out of Platform team',
      unit: 'minutes',
      current: 67.5, // 45m-1h30m
    });
  });

  it('gives an exponential MTBF as it is: 2500 h is 150 000 minutes', () => {
    expect(byId.get('mtbf:app-1')).toEqual({
      parameter: { kind: 'mtbf', component: 'app-1' },
      id: 'mtbf:app-1',
      label: 'MTBF of App server 1',
      unit: 'minutes',
      current: 150_000,
      range: [37_500, 300_000],
    });
  });

  it('gives a Weibull MTBF as scale · Γ(1 + 1/shape): 4000 h · Γ(5/3) = 3610.98 h', () => {
    const db = byId.get('mtbf:db-1')!;
    expect(db.label).toBe('MTBF of Database 1 (primary)');
    expect(db.current / 60).toBeCloseTo(4000 * 0.9027452929509336, 8);
  });

  it('gives a step its mean duration: 5m-15m is 10 min, a 2h/3h/6h triangle 220 min', () => {
    expect(byId.get('step-duration:db-rebuild:assess')?.current).toBe(10);
    const rebuild = byId.get('step-duration:db-rebuild:rebuild')!;
    expect(rebuild.current).toBeCloseTo(220, 12);
    expect(rebuild.label).toBe(
      'Duration of Rebuild the lost node (Rebuild the lost database node)',
    );
    expect(rebuild.range).toEqual([55, 440]);
  });

  it('gives capacities in whole tpm and objectives in minutes', () => {
    expect(byId.get('capacity:app-1')).toMatchObject({
      unit: 'tpm',
      current: 600,
      range: [150, 1200],
    });
    expect(byId.get('objective:transfers:rto')).toMatchObject({
      label: 'RTO of Money transfer',
      unit: 'minutes',
      current: 120,
      range: [30, 240],
    });
    expect(byId.get('objective:transfers:mtpd')?.current).toBe(480);
  });

  it('keeps every range above 0 and around the current value', () => {
    for (const p of params) {
      expect(p.range[0]).toBeGreaterThan(0);
      expect(p.range[0]).toBeLessThanOrEqual(p.current);
      expect(p.range[1]).toBeGreaterThanOrEqual(p.current);
    }
  });

  it('leaves out what the service does not involve, what never fails, what has no capacity, and zeros', () => {
    const s = scenario({
      components: [
        component('site', {
          failure: { type: 'exponential', mtbf: hours(1000) },
          recovery: 'move',
        }),
        component('app', { dependsOn: ['site'], capacity: 100, recovery: 'fix' }),
        component('other', {
          failure: { type: 'exponential', mtbf: hours(10) },
          recovery: 'other-fix',
        }),
      ],
      plans: [
        plan('move', [['move', 60]]),
        plan('fix', [
          ['look', 0],
          ['fix', 30, ['look']],
        ]),
        plan('other-fix', [['x', 5]]),
      ],
      services: [
        service('svc', series(ref('app')), {
          objectives: {
            availability: 0.99,
            rto: hours(1),
            rpo: minutes(0),
            mtpd: hours(4),
            mbco: { kind: 'share', share: 0.5 },
          },
        }),
        service('svc-2', ref('other')),
      ],
    });
    expect(sensitivityParameters(s, 'svc').map((p) => p.id)).toEqual([
      'mtbf:site',
      'step-duration:fix:fix',
      'step-duration:move:move',
      'capacity:app',
      'objective:svc:rto',
      'objective:svc:mtpd',
    ]);
  });

  it('throws a RangeError for a service the scenario does not have', () => {
    expect(() => sensitivityParameters(bank, 'payroll')).toThrow("unknown service 'payroll'");
  });
});
