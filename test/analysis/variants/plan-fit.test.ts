import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitChanges, planFits } from '../../../src/analysis/variants/plan-fit.ts';
import { ms } from '../../../src/core/time.ts';
import { parseScenario } from '../../../src/scenario/index.ts';

const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the bank scenario does not parse');
const bank = parsed.scenario;
const variant = (name: string) => parsed.variants.find((v) => v.name === name)!.scenario;

describe('planFits', () => {
  it('adds the slowest detection to the critical path at likely and longest durations (bank, by hand)', () => {
    const fits = planFits(bank);
    // Load balancer: 2 min detection + switch 5-15 min (likely 10).
    expect(fits.find((f) => f.plan === 'lb-failover')).toMatchObject({
      likelyMinutes: 12,
      longestMinutes: 17,
      fit: 'fits',
    });
    // App server: 5 + diagnose 20/30 + provision 45/60 + deploy 30/40 + verify 10 = 110 / 145 against 120.
    expect(fits.find((f) => f.plan === 'app-rebuild')).toMatchObject({
      likelyMinutes: 110,
      longestMinutes: 145,
      rtoMinutes: 120,
      fit: 'at-risk',
    });
    // Database: 5 + assess 10/15 + promote 15/20 + rebuild 180/360 = 210 / 400.
    expect(fits.find((f) => f.plan === 'db-failover')).toMatchObject({
      likelyMinutes: 210,
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

  it('a doubled RTO (4 h) makes the app rebuild fit and the database plan only at risk', () => {
    const longer = {
      ...bank,
      services: bank.services.map((s) => ({
        ...s,
        objectives: { ...s.objectives, rto: ms(s.objectives.rto * 2) },
      })),
    };
    const { better } = fitChanges(bank, longer);
    expect(better.map((c) => [c.after.plan, c.after.fit])).toEqual([
      ['app-rebuild', 'fits'],
      ['db-failover', 'at-risk'],
    ]);
  });
});
