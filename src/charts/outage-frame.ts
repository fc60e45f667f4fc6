/**
 * The window that frames an outage on the timeline: from its start to its restore or its MTPD
 * deadline, whichever is later (so the recovery window, the RTO mark, the restore mark and the
 * MTPD line all show), with a margin either side. Pure: times are simulated ms.
 */

/** What framing needs of an outage (analysis/timeline-types.ts `OutageWindow` has it). */
export interface FramedOutage {
  readonly start: number;
  /** Restore time, or the horizon when still down. */
  readonly end: number;
  readonly rtoDeadline: number;
  readonly mtpdDeadline: number;
}

export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** The margin either side, as a share of the framed span: the span fills 1 / 1.2 of the width. */
export const FRAME_MARGIN = 0.1;
/** The margin is at least this long, so a short outage without RTO or MTPD still shows some context. */
export const MIN_FRAME_MARGIN = 15 * 60_000;

/**
 * The window showing `outage` with its recovery window, RTO and MTPD marks and a margin either
 * side, inside [0, horizon]: where a margin would run past either end of the run, the window
 * slides back in, keeping its length when the run is long enough.
 */
export function outageFrame(outage: FramedOutage, horizon: number): TimeWindow {
  const start = outage.start;
  const end = Math.max(outage.end, outage.rtoDeadline, outage.mtpdDeadline, start);
  const margin = Math.max(MIN_FRAME_MARGIN, (end - start) * FRAME_MARGIN);
  const length = Math.min(horizon, end - start + 2 * margin);
  const from = Math.min(Math.max(0, start - margin), horizon - length);
  return { from: Math.max(0, from), to: Math.max(0, from) + length };
}

/**
 * The index of the outage a moment belongs to: the one with start <= t <= end (the earliest
 * such, should two touch), or null when the service was not down at t.
 */
export function outageAt(outages: readonly FramedOutage[], t: number): number | null {
  const index = outages.findIndex((o) => o.start <= t && t <= o.end);
  return index < 0 ? null : index;
}

/**
 * The outage that shows the recovery window best, for the guided tour: the longest (the
 * earliest of equals), or null without any.
 */
export function longestOutage(outages: readonly FramedOutage[]): number | null {
  let best: number | null = null;
  outages.forEach((o, i) => {
    const b = best === null ? null : outages[best]!;
    if (b === null || o.end - o.start > b.end - b.start) best = i;
  });
  return best;
}
