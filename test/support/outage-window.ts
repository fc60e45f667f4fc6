/**
 * An outage window as the timeline draws it (analysis/timeline-types.ts), with the bank's
 * objectives (RTO 2 h, MTPD 8 h) counted from its start; `extra` sets anything else.
 */
import type { OutageWindow } from '../../src/analysis/timeline-types.ts';

const H = 3_600_000;

export function outageWindow(
  start: number,
  end: number,
  extra: Partial<OutageWindow> = {},
): OutageWindow {
  return {
    service: 'transfers',
    start,
    end,
    ongoing: false,
    rtoDeadline: start + 2 * H,
    mtpdDeadline: start + 8 * H,
    rtoMet: true,
    planSlowerThanRto: false,
    mtpdBreached: false,
    minutesInAgreedHours: 0,
    unavailable: [],
    switchover: null,
    ...extra,
  };
}
