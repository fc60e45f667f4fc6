/**
 * What the planner's edits did to each service's year: the figures of the run now against
 * the run when the scenario was opened in the editor, one row per service, with the
 * direction of each change (better or worse for the service, not just up or down).
 */
import type { RunReport, ServiceReport } from '../../../core/report.ts';
import { integer, minutesText, money, percent } from '../../format.ts';

export type Direction = 'better' | 'worse' | 'same';

export interface EffectCell {
  readonly label: string;
  readonly now: string;
  /** The value when editing began, or null when the service did not exist then. */
  readonly was: string | null;
  readonly direction: Direction;
}

export interface EffectRow {
  readonly service: string;
  readonly name: string;
  readonly cells: readonly EffectCell[];
}

interface Figure {
  readonly label: string;
  readonly value: (s: ServiceReport) => number | null;
  readonly text: (s: ServiceReport) => string;
  /** +1 when more is better for the service, -1 when less is. */
  readonly sense: 1 | -1;
}

const longest = (s: ServiceReport): number =>
  s.outages.reduce((max, o) => Math.max(max, o.durationMinutes), 0);

const FIGURES: readonly Figure[] = [
  {
    label: 'Availability in agreed hours',
    value: (s) => s.availabilityInAgreedHours,
    text: (s) => percent(s.availabilityInAgreedHours),
    sense: 1,
  },
  {
    label: 'Down in agreed hours',
    value: (s) => s.downtimeInAgreedHoursMinutes,
    text: (s) => minutesText(s.downtimeInAgreedHoursMinutes),
    sense: -1,
  },
  {
    label: 'Down outside agreed hours',
    value: (s) => s.outsideAgreedHours.downtimeMinutes,
    text: (s) => minutesText(s.outsideAgreedHours.downtimeMinutes),
    sense: -1,
  },
  { label: 'Longest outage', value: longest, text: (s) => minutesText(longest(s)), sense: -1 },
  {
    label: 'RTO breaches',
    value: (s) => s.rtoBreaches,
    text: (s) => integer(s.rtoBreaches),
    sense: -1,
  },
  {
    label: 'MTPD breaches',
    value: (s) => s.mtpdBreaches,
    text: (s) => integer(s.mtpdBreaches),
    sense: -1,
  },
  { label: 'Cost', value: (s) => s.cost, text: (s) => money(s.cost, s.currency), sense: -1 },
];

function direction(figure: Figure, now: ServiceReport, was: ServiceReport | undefined): Direction {
  if (!was) return 'same';
  const a = figure.value(now);
  const b = figure.value(was);
  if (a === null || b === null || figure.text(now) === figure.text(was)) return 'same';
  return (a - b) * figure.sense > 0 ? 'better' : 'worse';
}

/** One row per service of the run now, each figure with its value when editing began. */
export function effectRows(now: RunReport, was: RunReport | null): EffectRow[] {
  return now.services.map((service) => {
    const before = was?.services.find((s) => s.service === service.service);
    return {
      service: service.service,
      name: service.name,
      cells: FIGURES.map((figure) => ({
        label: figure.label,
        now: figure.text(service),
        was: before ? figure.text(before) : null,
        direction: direction(figure, service, before),
      })),
    };
  });
}

/** Whether anything moved, for a one-line summary. */
export const anyChange = (rows: readonly EffectRow[]): boolean =>
  rows.some((r) => r.cells.some((c) => c.direction !== 'same' || c.was === null));
