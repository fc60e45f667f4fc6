/**
 * The bank with its teams: a failure at night waits for the call-out that a failure in office
 * hours does not, and that is the only difference (same seed, same step durations).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inject, Scenario } from '../../src/core/model.ts';
import { MS_PER_MINUTE } from '../../src/core/time.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/simulator/simulate.ts';

const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the bank scenario does not parse');
/** The bank with no random failures and no injects of its own: only the failure under test. */
const quiet: Scenario = {
  ...parsed.scenario,
  components: parsed.scenario.components.map((c) => ({ ...c, failure: { type: 'none' } })),
  injects: [],
};
const DAY = 24 * 60 * MS_PER_MINUTE;
/** Tuesday 6 January 2026 (a business day in Hesse) at hh:mm, Frankfurt time. */
const tuesday = (hh: number, mm = 0) => DAY + (hh * 60 + mm) * MS_PER_MINUTE;

function recoveryOfDb1(at: number, seed: string) {
  const inject: Inject = { at: at as Inject['at'], action: 'fail', component: 'db-1' };
  const trace = simulate({ ...quiet, injects: [inject] }, seed);
  const started = trace.events.find((e) => e.type === 'plan-started' && e.component === 'db-1')!;
  const done = trace.events.find((e) => e.type === 'plan-completed' && e.component === 'db-1')!;
  const callOut = trace.events.find((e) => e.type === 'call-out');
  return { minutes: (done.t - started.t) / MS_PER_MINUTE, started, callOut, trace };
}

describe('the bank’s database rebuild, at night and in office hours', () => {
  it('at 10:00 the DBA is at work: no call-out, the plan takes its own steps', () => {
    const day = recoveryOfDb1(tuesday(10), 'seed-1');
    expect(day.callOut).toBeUndefined();
    expect(day.trace.events.some((e) => e.type === 'step-waiting')).toBe(false);
  });

  it('at 02:00 the DBA is called out (30 min to 1 h): the same rebuild ends later by exactly the call-out', () => {
    for (const seed of ['seed-1', 'seed-2', 'seed-3', 'class-2026', 'bank']) {
      const day = recoveryOfDb1(tuesday(10), seed);
      const night = recoveryOfDb1(tuesday(2), seed);
      const callOut = night.callOut;
      if (callOut?.type !== 'call-out') throw new Error(`${seed}: no call-out at night`);
      expect(callOut).toMatchObject({ team: 'dba', t: night.started.t });
      const delay = (callOut.arrives - callOut.t) / MS_PER_MINUTE;
      expect(delay, seed).toBeGreaterThanOrEqual(30);
      expect(delay, seed).toBeLessThanOrEqual(60);
      expect(night.minutes - day.minutes, seed).toBeCloseTo(delay, 6);
    }
  });

  it('at 07:40 the call-out is cut short by the DBA’s office hours: at work at 08:00', () => {
    const early = recoveryOfDb1(tuesday(7, 40), 'seed-1');
    const callOut = early.callOut;
    if (callOut?.type !== 'call-out') throw new Error('no call-out at 07:40');
    // detected 5 min after 07:40 = 07:45; the DBA's office hours start at 08:00
    expect(callOut.arrives).toBe(tuesday(8));
  });
});
