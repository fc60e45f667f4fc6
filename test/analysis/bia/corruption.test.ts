import { describe, expect, it } from 'vitest';
import { biaConditions } from '../../../src/analysis/bia/conditions.ts';
import { BiaEvaluator } from '../../../src/analysis/bia/evaluator.ts';
import { enumerateDisruptions, runBia } from '../../../src/analysis/bia/index.ts';
import { disruptionInjects } from '../../../src/analysis/bia/injects.ts';
import { parseLocal } from '../../../src/core/civil.ts';
import { computeMetrics } from '../../../src/core/metrics.ts';
import { MS_PER_MINUTE } from '../../../src/core/time.ts';
import { scriptedDisruption } from '../../../src/exercise/injects.ts';
import { simulatePlan } from '../../../src/exercise/simulate-exercise.ts';
import { bundled, withoutTeams } from '../../support/bundled.ts';

// these hand computations predate the bank's teams (one DBA would queue the rebuilds)
const bank = withoutTeams(bundled('bank-money-transfer'));
const transfers = bank.services[0]!;
const corruptDb1 = enumerateDisruptions(bank).find((d) => d.id === 'corrupt:db-1')!;
const at = (local: string) => parseLocal(local) - bank.startEpoch;

describe('a corruption in the BIA, simulated as the exercise simulates it', () => {
  it('corrupts the replica too, its replication lag later: the injects of the bank exercise', () => {
    expect(corruptDb1).toMatchObject({
      components: ['db-1', 'db-2'],
      label: 'Database 1 (primary) data corrupted, copied to Database 2 (replica)',
    });
    // The exercise: db-1 at 11:20, "Database 2, the replica one minute behind" at 11:21.
    expect(disruptionInjects(corruptDb1, at('2026-01-30T11:20'), bank, transfers)).toEqual(
      scriptedDisruption(bank),
    );
  });

  it("restores, keeps the service down and loses data as the exercise's plan-to-the-letter run of the same corruption", () => {
    // Both under the BIA's conditions (most-likely step durations, no random failures).
    const t = at('2026-01-30T11:20');
    const bia = new BiaEvaluator(bank).impact(
      corruptDb1,
      transfers,
      t,
      'likely',
      disruptionInjects(corruptDb1, t, bank, transfers),
    );
    const plan = simulatePlan(biaConditions(bank, 'likely'), 'any seed');
    const m = computeMetrics(plan.span.scenario, plan.trace)[0]!;
    const [outage, ...more] = m.outages;
    expect(more).toEqual([]);
    const restored = outage!.end + plan.span.offset;
    expect(bia.timeToRestoreMinutes).toBe((restored - t) / MS_PER_MINUTE);
    expect(bia.outageMinutes).toBe(outage!.durationMinutes);
    expect(bia.downMinutes).toBe(m.downtimeInAgreedHoursMinutes);
    expect(bia.dataLostInRunMinutes).toBe(m.worstDataLossMinutes);
    expect(bia.dataLossCost).toBeCloseTo(m.dataLossCost, 2);
    expect(bia.rtoMet).toBe(outage!.rtoMet);
    // By hand: db-1, the primary, is corrupted at 11:20: transfers stop while the replica is
    // promoted, and the promotion is abandoned when db-2 is corrupted at 11:21. db-1 is
    // detected at 11:25, assessed (10 min), rebuilt (3 h) and resynchronised (20 min): back at
    // 14:55, serving at once (it was the primary). The backup of 11:00 is the last good copy:
    // 21 min of transfers lost.
    expect(bia).toMatchObject({
      timeToRestoreMinutes: 215,
      outageMinutes: 215,
      downMinutes: 215,
      dataLostInRunMinutes: 21,
      dataLossCost: 10_500, // 21 min at EUR 30,000 an hour
      dataLostMinutes: 60,
      rpoMet: false,
      rtoMet: false,
    });
  });

  it('shows hours to restore and their cost at the worst moment, no longer 0 min and nothing', () => {
    const bia = runBia(bank);
    // The primary first: down from 11:00 until it is back at 14:35 (as above). The replica
    // first: nothing until the primary follows a minute later; the replica, back first at
    // 14:35, is then promoted (15 min): 14:50.
    for (const [id, restore, down] of [
      ['corrupt:db-1', 215, 215],
      ['corrupt:db-2', 230, 229],
    ] as const) {
      const f = bia.disruptions
        .find((d) => d.id === id)!
        .impacts.find((i) => i.placement === 'worst')!.bounds.likely!;
      expect(f).toMatchObject({
        worstState: 'down',
        timeToRestoreMinutes: restore,
        downMinutes: down,
      });
      expect(f.cost).toBeGreaterThan(200_000);
    }
  });
});
