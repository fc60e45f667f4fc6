import { describe, expect, it } from 'vitest';
import type { OutageWindow } from '../../src/analysis/timeline-types.ts';
import { verdict } from '../../src/charts/timeline-outage-labels.ts';
import { outageWindow } from '../support/outage-window.ts';

const H = 3_600_000;
const M = 60_000;
const S = 1000;

/** An outage from 11:20 (scenario ms) with a 2 h RTO, restored at `end`. */
function outage(end: number, extra: Partial<OutageWindow> = {}): OutageWindow {
  const start = 11 * H + 20 * M;
  return outageWindow(start, end, {
    rtoMet: false,
    planSlowerThanRto: true,
    minutesInAgreedHours: (end - start) / M,
    unavailable: ['db-1', 'db-2'],
    ...extra,
  });
}

describe('the verdict on an outage window', () => {
  it('says how far past its RTO it ran to the minute, as the report does ("2 h 04 min"), not to the second', () => {
    // restored at 15:23:55: 2 h 3 min 55 s past the 13:20 deadline
    expect(verdict(outage(15 * H + 23 * M + 55 * S))).toBe('RTO breached by 2h 4m');
    expect(verdict(outage(15 * H + 23 * M + 20 * S))).toBe('RTO breached by 2h 3m');
  });

  it('says a plan slower than its RTO outside agreed hours to the minute too', () => {
    const slower = outage(14 * H + 30 * M + 40 * S, { rtoMet: true });
    expect(verdict(slower)).toBe('Plan slower than the RTO by 1h 11m, outside agreed hours');
  });

  it('never says a breach was "by 0m": under a minute past the RTO reads 1m', () => {
    expect(verdict(outage(13 * H + 20 * M + 20 * S))).toBe('RTO breached by 1m');
  });

  it('says "RTO met" for an outage restored in time', () => {
    expect(verdict(outage(12 * H, { rtoMet: true, planSlowerThanRto: false }))).toBe('RTO met');
  });
});
