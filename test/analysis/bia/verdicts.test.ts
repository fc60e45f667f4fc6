import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/analysis/advisor/index.ts';
import { BiaEvaluator } from '../../../src/analysis/bia/evaluator.ts';
import { enumerateDisruptions, runBia } from '../../../src/analysis/bia/index.ts';
import { disruptionInjects } from '../../../src/analysis/bia/injects.ts';
import { rtoVerdictText } from '../../../src/analysis/bia/verdict-text.ts';
import { parseLocal } from '../../../src/core/civil.ts';
import { hours } from '../../../src/core/time.ts';
import { minutesText } from '../../../src/ui/format.ts';
import { bundled, withoutTeams } from '../../support/bundled.ts';
import {
  component,
  flatDemand,
  plan,
  scenario,
  series,
  service,
  weekdays,
  objectives,
} from '../../support/model-builder.ts';

// the verdicts' hand computations predate the bank's teams (one DBA would queue the two rebuilds)
const bank = withoutTeams(bundled('bank-money-transfer'));
const transfers = bank.services[0]!;
const bothDbs = enumerateDisruptions(bank).find((d) => d.id === 'fail:db-1+db-2')!;
const evaluator = new BiaEvaluator(bank);
/**
 * Both databases lost on Friday 30 January at `hh:00`: 3 h 35 min until the first is back
 * (detection 5 + assess 10 + rebuild 180 + resync 20); the primary, back, serves at once.
 */
const dbsAt = (hh: number) => {
  const t = parseLocal(`2026-01-30T${String(hh).padStart(2, '0')}:00`) - bank.startEpoch;
  return evaluator.impact(
    bothDbs,
    transfers,
    t,
    'likely',
    disruptionInjects(bothDbs, t, bank, transfers),
  );
};

describe('RTO verdicts of the BIA, in business terms (the metrics own verdict)', () => {
  it('breaches the RTO when the overrun overlaps agreed hours: 13:00 + 2 h RTO = 15:00, back at 16:35', () => {
    expect(dbsAt(13)).toMatchObject({ outageMinutes: 215, rtoMet: false, planSlowerThanRto: true });
    expect(rtoVerdictText(dbsAt(13), minutesText)).toBe('breached +1 h 35 min');
  });

  it('calls an overrun that starts as agreed hours close a slower plan, not a breach: 14:00 + 2 h = 16:00', () => {
    expect(dbsAt(14)).toMatchObject({
      rtoMet: true,
      planSlowerThanRto: true,
      rtoExceededByMinutes: 95,
    });
    expect(rtoVerdictText(dbsAt(14), minutesText)).toBe(
      'plan slower than the RTO (+1 h 35 min), outside agreed hours (no business impact)',
    );
  });

  it('does the same for both databases lost on Friday at 20:00: nothing in agreed hours, no cost', () => {
    const night = dbsAt(20);
    expect(night).toMatchObject({
      downMinutes: 0,
      cost: 0,
      rtoMet: true,
      planSlowerThanRto: true,
      mtpdBreached: false,
    });
  });
});

describe('a plan slower than the RTO only outside agreed hours, in the advice', () => {
  // One hour of agreed hours a day and a 1 h RTO: an outage from the opening overruns the RTO
  // exactly as agreed hours close.
  const s = scenario({
    components: [component('a', { capacity: 100, recovery: 'fix' })],
    services: [
      service('svc', series('a'), {
        demand: flatDemand(50),
        calendar: weekdays(9, 10),
        objectives: objectives({ availability: 0.99, rto: hours(1), rpo: hours(1) }),
      }),
    ],
    plans: [plan('fix', [['repair', 180]])],
  });

  it('is information, citing the run whose overrun fell outside agreed hours', () => {
    const f = advise(s, runBia(s)).find((x) => x.id === 'plan-exceeds-rto:svc:fix')!;
    expect(f.severity).toBe('info');
    expect(f.explanation).toMatch(
      /The overrun falls outside agreed hours there \(no business impact\)/,
    );
    expect(f.simulated).toMatchObject({ disruption: 'fail:a' });
    expect(f.simulated!.shows).toMatch(/, plan slower than the RTO \(\+2h\), outside agreed hours/);
  });
});
