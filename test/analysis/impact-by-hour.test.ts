import { describe, expect, it } from 'vitest';
import { impactByHour } from '../../src/analysis/impact-by-hour.ts';
import { bank } from '../support/bank-model.ts';
import { at } from '../support/model-builder.ts';

describe('impact of an outage by the hour it starts', () => {
  const scenario = bank({ monthEndSurge: false });
  const service = scenario.services[0]!;
  const cells = impactByHour(scenario, service, 120, at(2, 12)); // a Wednesday

  it('costs nothing for a 2 h outage that starts and ends outside 09:00-16:00', () => {
    expect(cells[2]).toMatchObject({ cost: 0, minutesInAgreedHours: 0, unservedTransactions: 0 });
    expect(cells[20]!.cost).toBe(0);
  });

  it('counts only the part inside agreed hours: starting at 15:00 loses 1 h', () => {
    // 15:00-16:00 inside, demand 0.8 x 1,000 tpm: 48,000 transactions at 0.5 each, plus 1 h at 40,000
    expect(cells[15]).toMatchObject({ minutesInAgreedHours: 60, unservedTransactions: 48_000 });
    expect(cells[15]!.cost).toBeCloseTo(40_000 + 24_000, 6);
  });

  it('costs most at the demand peak inside agreed hours', () => {
    const worst = cells.reduce((a, b) => (b.cost > a.cost ? b : a));
    expect(worst.hour).toBeGreaterThanOrEqual(9);
    expect(worst.hour).toBeLessThanOrEqual(14);
    expect(cells[10]!.cost).toBeCloseTo(2 * 40_000 + 0.5 * 60 * (900 + 1000), 6);
  });
});
