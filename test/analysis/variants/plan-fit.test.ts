import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitChanges, planFits } from '../../../src/analysis/variants/plan-fit.ts';
import { applyEdit } from '../../../src/analysis/advisor/apply-edit.ts';
import { minutes, ms } from '../../../src/core/time.ts';
import { teamBank } from '../../support/team-bank.ts';
import { parseScenario } from '../../../src/scenario/index.ts';

const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the bank scenario does not parse');
const bank = parsed.scenario;
const variant = (name: string) => parsed.variants.find((v) => v.name === name)!.scenario;

describe('planFits', () => {
  it('adds the slowest detection to the critical path at likely and longest durations (bank, by hand)', () => {
    const fits = planFits(bank);
    // Load balancer repair: 2 min detection + diagnose 20/30 + replace 180/240 = 202 / 272.
    expect(fits.find((f) => f.plan === 'lb-repair')).toMatchObject({
      likelyMinutes: 202,
      longestMinutes: 272,
      fit: 'does-not-fit',
    });
    // App server: 5 + diagnose 20/30 + provision 45/60 + deploy 30/40 + verify 10 = 110 / 145 against 120.
    expect(fits.find((f) => f.plan === 'app-rebuild')).toMatchObject({
      likelyMinutes: 110,
      longestMinutes: 145,
      rtoMinutes: 120,
      fit: 'at-risk',
    });
    // Database rebuild: 5 + assess 10/15 + rebuild 180/360 + resync 20 = 215 / 400.
    expect(fits.find((f) => f.plan === 'db-rebuild')).toMatchObject({
      likelyMinutes: 215,
      longestMinutes: 400,
      fit: 'does-not-fit',
    });
  });
});

describe('fitChanges', () => {
  it('halving the RTO to 1 h makes the app server rebuild no longer fit', () => {
    const { worse, better } = fitChanges(bank, variant('rto-1h'));
    expect(worse.map((c) => [c.after.plan, c.before.fit, c.after.fit])).toEqual([
      ['app-rebuild', 'at-risk', 'does-not-fit'],
    ]);
    expect(better).toEqual([]);
  });

  it('longer agreed hours change no plan, and a scenario compared with itself changes nothing', () => {
    expect(fitChanges(bank, variant('hours-08-18'))).toEqual({ worse: [], better: [] });
    expect(fitChanges(bank, bank)).toEqual({ worse: [], better: [] });
  });

  it('a doubled RTO (4 h) makes the repairs of the pairs only at risk; the app rebuild stays at risk (4 h 27.5 min at night, with two call-outs)', () => {
    const longer = {
      ...bank,
      services: bank.services.map((s) => ({
        ...s,
        objectives: { ...s.objectives, rto: ms(s.objectives.rto * 2) },
      })),
    };
    const { better } = fitChanges(bank, longer);
    expect(better.map((c) => [c.after.plan, c.after.fit])).toEqual([
      ['lb-repair', 'at-risk'],
      ['db-rebuild', 'at-risk'],
    ]);
    const app = planFits(longer).find((f) => f.plan === 'app-rebuild')!;
    // by day it fits even at its slowest (2 h 25 min); at night the platform and application
    // teams are called out first (the platform team's 45m-1h30m most likely 67.5 min): 4 h 27.5 min
    expect(app).toMatchObject({ longestMinutes: 145, nightMinutes: 267.5, fit: 'at-risk' });
  });
});

describe('plan fit with teams: a night call-out puts a plan at risk, a shorter one in a variant brings it back', () => {
  it('3 h by day fits a 3 h 30 min RTO; 45 min call-out + 3 h at night does not: at risk; a 30 min call-out fits', () => {
    const baseline = teamBank();
    const [fit] = planFits(baseline);
    expect(fit).toMatchObject({
      likelyMinutes: 180,
      longestMinutes: 180,
      nightMinutes: 225,
      fit: 'at-risk',
    });
    const variant = applyEdit(baseline, {
      kind: 'set-team-call-out',
      team: 'dba',
      callOut: { type: 'fixed', value: minutes(30) },
    });
    expect(planFits(variant)[0]).toMatchObject({ nightMinutes: 210, fit: 'fits' });
    const { better, worse } = fitChanges(baseline, variant);
    expect(worse).toEqual([]);
    expect(better.map((c) => [c.before.fit, c.after.fit])).toEqual([['at-risk', 'fits']]);
  });

  it('a file without teams has no night figure', () => {
    const { teams: _, ...rest } = teamBank();
    expect(planFits(rest)[0]!.nightMinutes).toBeUndefined();
  });
});
