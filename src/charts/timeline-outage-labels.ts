/**
 * Words for the outages' recovery windows: the verdict ("RTO met", "RTO breached by 1h 12m")
 * and where the "RTO" / "MTPD" / verdict labels fit. Placement is greedy left to right per text
 * row, so labels of neighbouring outages never overlap: a label without room is left out (the
 * outage's tooltip still says everything). Pure functions.
 */
import type { OutageWindow } from '../analysis/timeline-types.ts';
import { rtoVerdict } from '../core/outage.ts';
import { MS_PER_MINUTE } from '../core/time.ts';
import { humanDuration } from './format.ts';

/**
 * The outage against its RTO in business terms (core/outage.ts `rtoVerdict`): `slower` is a
 * plan slower than the RTO whose overrun lay wholly outside agreed hours, not a breach.
 */
export type Verdict = 'met' | 'breached' | 'slower' | 'pending';

export function verdictOf(o: OutageWindow): Verdict {
  const v = rtoVerdict(o);
  return v === 'slower-outside-hours' ? 'slower' : v === 'open' ? 'pending' : v;
}

/**
 * How far past its RTO the outage ran, to the nearest minute (at least one: a breach is never
 * "by 0m"), as the metrics table and the after-action report say it, never with seconds.
 */
function overrunToTheMinute(o: OutageWindow): number {
  const minutes = Math.round((o.end - o.rtoDeadline) / MS_PER_MINUTE);
  return Math.max(1, minutes) * MS_PER_MINUTE;
}

/**
 * "RTO met", "RTO breached by 1h 12m", "Plan slower than the RTO by 40m, outside agreed hours",
 * or for an ongoing outage inside its RTO "RTO pending".
 */
export function verdict(o: OutageWindow): string {
  const ongoing = o.ongoing ? ' (ongoing)' : '';
  const over = humanDuration(overrunToTheMinute(o));
  switch (verdictOf(o)) {
    case 'met':
      return 'RTO met';
    case 'breached':
      return `RTO breached by ${over}${ongoing}`;
    case 'slower':
      return `Plan slower than the RTO by ${over}${ongoing}, outside agreed hours`;
    case 'pending':
      return 'RTO pending';
  }
}

export type LabelKind = 'rto' | 'mtpd' | 'verdict';

export interface OutageLabel {
  readonly kind: LabelKind;
  readonly x: number;
  readonly anchor: 'start' | 'end';
  readonly text: string;
}

/** Rough width of a label at 10-11 px sans-serif. */
const textWidth = (text: string) => text.length * 6.8;

/**
 * Labels for each outage (in the given order, which should be by start time), given the pixel
 * position of each mark and the plot's horizontal extent.
 */
export function placeOutageLabels(
  outages: readonly OutageWindow[],
  px: (t: number) => number,
  plot: { readonly left: number; readonly right: number },
): OutageLabel[][] {
  const rowEnd = { top: -Infinity, bottom: -Infinity };
  const fits = (row: keyof typeof rowEnd, x0: number, x1: number) => {
    if (x0 < plot.left || x1 > plot.right || x0 < rowEnd[row] + 4) return false;
    rowEnd[row] = x1;
    return true;
  };
  return outages.map((o) => {
    const labels: OutageLabel[] = [];
    const rtoX = px(o.rtoDeadline) - 3;
    if (fits('top', rtoX - textWidth('RTO'), rtoX)) {
      labels.push({ kind: 'rto', x: rtoX, anchor: 'end', text: 'RTO' });
    }
    const mtpdX = px(o.mtpdDeadline) + 3;
    if (fits('top', mtpdX, mtpdX + textWidth('MTPD'))) {
      labels.push({ kind: 'mtpd', x: mtpdX, anchor: 'start', text: 'MTPD' });
    }
    // A switch-over's outage says so: "switch-over db-1 → db-2 · RTO met" (or the verdict alone).
    const long = o.switchover === null ? null : `${o.switchover} · ${verdict(o)}`;
    const vx0 = Math.max(plot.left, px(o.start));
    const text =
      long !== null && vx0 + textWidth(long) <= plot.right && vx0 >= rowEnd.bottom + 4
        ? long
        : verdict(o);
    const vx = Math.max(plot.left, px(o.start));
    if (fits('bottom', vx, vx + textWidth(text))) {
      labels.push({ kind: 'verdict', x: vx, anchor: 'start', text });
    }
    return labels;
  });
}
