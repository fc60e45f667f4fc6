/**
 * More people or a quicker call-out never make a disruption of the bank look worse, checked
 * exhaustively rather than on samples: every single and paired failure the BIA looks at,
 * placed at every hour of a working Friday and the Saturday after (day and night, in and out
 * of the teams' hours), simulated as the BIA simulates it (steps and call-outs at the most
 * likely end, no random failures), with each team one person larger, and with each team's
 * call-out cut to a third: the outage is never longer, the downtime in agreed hours and the
 * cost never higher, and no new RTO breach.
 *
 * This is the narrower claim that holds. The broad one does not, under the simulation's rules
 * (test/simulator/teams-metamorphic.test.ts works the cases out by hand): a team that arrives
 * sooner can stand down and leave a later step a call-out it would not otherwise have needed,
 * and more people can finish a plan with prerequisites later (Graham's anomalies); and in a
 * Monte Carlo study a sooner repair brings the component's next random failure forward
 * (teams-limits.test.ts), so a seeded study can move either way.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/analysis/advisor/apply-edit.ts';
import type { ScenarioEdit } from '../../src/analysis/advisor/types.ts';
import { BiaEvaluator } from '../../src/analysis/bia/evaluator.ts';
import { enumerateDisruptions } from '../../src/analysis/bia/disruptions.ts';
import { disruptionInjects } from '../../src/analysis/bia/injects.ts';
import { parseLocal } from '../../src/core/civil.ts';
import { durationBounds } from '../../src/core/sampling.ts';
import { hours, minutes } from '../../src/core/time.ts';
import { bundled } from '../support/bundled.ts';

const bank = bundled('bank-money-transfer');
const transfers = bank.services[0]!;
const failures = enumerateDisruptions(bank).filter((d) => d.kind === 'single' || d.kind === 'pair');
const friday = parseLocal('2026-01-30T00:00') - bank.startEpoch;
const moments = Array.from({ length: 48 }, (_, h) => friday + hours(h));

function expectNoWorse(edit: ScenarioEdit) {
  const base = new BiaEvaluator(bank);
  const changed = new BiaEvaluator(applyEdit(bank, edit));
  let compared = 0;
  let better = 0;
  let shorterWaits = 0;
  const waited = (f: { recovery?: readonly { waits: readonly { personMinutes: number }[] }[] }) =>
    (f.recovery ?? []).flatMap((r) => r.waits).reduce((sum, w) => sum + w.personMinutes, 0);
  for (const d of failures)
    for (const t of moments) {
      const injects = disruptionInjects(d, t, bank, transfers);
      const before = base.impact(d, transfers, t, 'likely', injects);
      const after = changed.impact(d, transfers, t, 'likely', injects);
      const where = `${d.id} at +${(t - friday) / hours(1)} h`;
      expect(after.outageMinutes ?? 0, where).toBeLessThanOrEqual(
        (before.outageMinutes ?? 0) + 1e-9,
      );
      expect(after.downMinutes, where).toBeLessThanOrEqual(before.downMinutes + 1e-9);
      expect(after.cost, where).toBeLessThanOrEqual(before.cost + 1e-6);
      if (after.rtoMet === false) expect(before.rtoMet, where).toBe(false);
      compared++;
      if ((after.outageMinutes ?? 0) < (before.outageMinutes ?? 0)) better++;
      if (waited(after) < waited(before)) shorterWaits++;
    }
  return { compared, better, shorterWaits };
}

describe("the bank's disruptions with a team one person larger", () => {
  it.each(bank.teams!.map((t) => [t.id, t.size] as const))(
    '%s: never a longer outage, more downtime, more cost or a new breach',
    (team, size) => {
      const { compared, shorterWaits } = expectNoWorse({
        kind: 'set-team-size',
        team,
        size: size + 1,
      });
      expect(compared).toBe(failures.length * 48);
      // One more DBA ends the queue of the two database rebuilds: the second database is back
      // sooner (the service itself is back with the first, so its outage is the same).
      if (team === 'dba') expect(shorterWaits).toBeGreaterThan(0);
    },
    120_000,
  );
});

describe("the bank's disruptions with a team's call-out cut to a third", () => {
  it.each(
    bank.teams!.filter((t) => durationBounds(t.callOut).likely > 0).map((t) => [t.id, t] as const),
  )(
    '%s: never a longer outage, more downtime, more cost or a new breach',
    (team, t) => {
      const third = Math.round(durationBounds(t.callOut).likely / 3 / minutes(1));
      const { better } = expectNoWorse({
        kind: 'set-team-call-out',
        team,
        callOut: { type: 'fixed', value: minutes(third) },
      });
      // at night the team arrives sooner: some outages are shorter
      expect(better).toBeGreaterThan(0);
    },
    120_000,
  );
});
