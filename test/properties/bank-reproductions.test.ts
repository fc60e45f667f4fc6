/**
 * Issue 12's reproductions on the bundled bank (scenarios/bank-money-transfer.yaml, seed 1),
 * checked by hand. Both hold whether the databases and the load balancer are an active-active
 * pair or a primary with a standby: the first keeps to the app tier (an active-active pair of
 * 600 tpm servers), the second fails both databases, and reads the restore from the trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/analysis/advisor/apply-edit.ts';
import { parseLocal } from '../../src/core/civil.ts';
import type { Inject, Scenario } from '../../src/core/model.ts';
import { days } from '../../src/core/time.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { outcomeOf } from '../support/metamorphic.ts';
import { quiet } from '../support/metamorphic-cases.ts';

const file = join(import.meta.dirname, '../../scenarios/bank-money-transfer.yaml');
const parsed = parseScenario(readFileSync(file, 'utf8'), 'bank-money-transfer.yaml');
if (!parsed.ok) throw new Error('the bank does not parse');
const bank = parsed.scenario;
const at = (local: string): number => parseLocal(local) - bank.startEpoch;
const fail = (local: string, component: string): Inject => ({
  at: at(local) as never,
  action: 'fail',
  component,
});

describe("the bank's reproductions of issue 12", () => {
  it('defect 2: raising app-1 to 900 tpm leaves the service degraded, not down, when app-1 fails on 10 March, and adds no outage, downtime or cost to the year', () => {
    const injects = [fail('2026-03-10T10:00', 'app-1')];
    const raised = applyEdit(bank, { kind: 'set-capacity', component: 'app-1', capacity: 900 });
    const stateAt = (s: Scenario, t: number) =>
      simulate(s, '1', { injects }).intervals.transfers!.find((i) => i.start <= t && t < i.end);
    // 10:30: demand 0.9 x 1,000 = 900 tpm; app-2 alone serves 600, two thirds of it, above the
    // 50 % MBCO: degraded, whatever app-1's installed capacity.
    for (const s of [bank, raised])
      expect(stateAt(s, at('2026-03-10T10:30'))).toMatchObject({
        state: 'degraded',
        capacity: 600,
        demand: 900,
      });
    const without = outcomeOf({ scenario: bank, seed: '1', injects }).metrics[0]!;
    const withRaise = outcomeOf({ scenario: raised, seed: '1', injects }).metrics[0]!;
    expect(withRaise.outages.length).toBeLessThanOrEqual(without.outages.length);
    expect(withRaise.downtimeInAgreedHoursMinutes).toBeLessThanOrEqual(
      without.downtimeInAgreedHoursMinutes,
    );
    expect(withRaise.cost).toBeLessThanOrEqual(without.cost);
  });

  it('defect 3: both databases failing on Friday 9 January at 20:00 is no RTO breach: the plan may be slower than the RTO, but only outside agreed hours, and costs nothing', () => {
    // The bank's first two weeks with no other failure: no random failures, none of its own
    // injects, no month-end.
    const s: Scenario = { ...quiet(bank), horizon: days(14) };
    const injects = [fail('2026-01-09T20:00', 'db-1'), fail('2026-01-09T20:00', 'db-2')];
    const trace = simulate(s, '1', { injects });
    const m = outcomeOf({ scenario: s, seed: '1', injects }).metrics[0]!;
    // The databases are an active/standby pair: the service is back when DB-1 (the one that
    // served last) is rebuilt, or when DB-2 is rebuilt and has taken over (a switch-over).
    const done = (id: string): number =>
      trace.events.find((e) => e.type === 'plan-completed' && e.component === id)!.t;
    const tookOver = trace.events.find(
      (e) => e.type === 'switchover' && e.phase === 'completed' && e.to === 'db-2',
    );
    const restored = Math.min(done('db-1'), tookOver?.t ?? Infinity);
    expect(Number.isFinite(restored)).toBe(true);
    const slower = restored - at('2026-01-09T20:00') > bank.services[0]!.objectives.rto;
    expect(m.outages).toHaveLength(1);
    expect(m.outages[0]).toMatchObject({
      start: at('2026-01-09T20:00'),
      end: restored,
      minutesInAgreedHours: 0,
      rtoMet: true,
      planSlowerThanRto: slower,
      rtoOverrunInAgreedHoursMinutes: 0,
      mtpdBreached: false,
    });
    expect(m.rtoBreaches).toBe(0);
    expect(m.mtpdBreaches).toBe(0);
    expect(m.rtoOverrunsOutsideAgreedHours).toBe(slower ? 1 : 0);
    expect(m.downtimeInAgreedHoursMinutes).toBe(0);
    expect(m.unservedTransactions).toBe(0);
    // Nothing is lost either: the hourly backup ran at 20:00.
    expect(m.cost).toBe(0);
  });
});
