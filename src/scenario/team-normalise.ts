/**
 * Teams, invocations and review cycles from the validated file to the model (core/team-model.ts).
 * A team's working hours are a Calendar: its weekly windows, and as days off the scenario
 * calendar's closed days (`closed: true` exceptions) and public holidays (a holiday that closes
 * only part of a day, Christmas Eve from 14:00, closes that part of the team's day). Exceptions
 * that only change the agreed hours (a short day) are the business's hours, not the team's.
 * `hours: always` is every day 00:00-24:00 with no days off and no call-out.
 */
import type { Calendar, CalendarException, Invocation, PlanReview, Team } from '../core/model.ts';
import { ms, MS_PER_DAY as DAY } from '../core/time.ts';
import type { CalendarOutput } from './calendar-format.ts';
import { closuresByDate, exceptionsOfClosures } from './holiday-calendar.ts';
import type { HolidayClosure } from './holidays.ts';
import type { InvocationOutput } from './invocation-format.ts';
import { toDistribution } from './plan-format.ts';
import type { ReviewOutput } from './review-format.ts';
import type { TeamOutput } from './teams-format.ts';

const ALWAYS: Calendar = {
  weekly: Array.from({ length: 7 }, () => [{ from: 0, to: DAY }]),
  exceptions: [],
};

/**
 * The dates the scenario calendar closes outright (`closed: true`), in file order; as for the
 * calendar itself, the first exception that names a date is the one that counts.
 */
function closedDays(calendar: CalendarOutput): CalendarException[] {
  const out: CalendarException[] = [];
  const seen = new Set<string>();
  for (const e of calendar.exceptions) {
    for (let day = e.date.epoch; day <= e.to.epoch; day += DAY) {
      const date = new Date(day).toISOString().slice(0, 10);
      if (seen.has(date)) continue;
      seen.add(date);
      if (e.windows.length === 0) out.push({ date, windows: [], note: e.note });
    }
  }
  return out;
}

/**
 * What every team's hours take from the scenario calendar, worked out once per scenario: its
 * closed days and its holidays' closures by date; teams with the same week share one Calendar.
 */
export interface DaysOff {
  readonly closed: readonly CalendarException[];
  readonly closures: ReadonlyMap<string, readonly HolidayClosure[]>;
  readonly byWeek: Map<string, Calendar>;
}

export function daysOff(calendar: CalendarOutput, years: { first: number; last: number }): DaysOff {
  const closed = closedDays(calendar);
  const dates = new Set(closed.map((e) => e.date));
  return { closed, closures: closuresByDate(calendar.holidays, years, dates), byWeek: new Map() };
}

function hours(team: TeamOutput, off: DaysOff): Calendar {
  if (team.hours === 'always') return ALWAYS;
  const weekly = team.hours.map((w) => w ?? []);
  const key = JSON.stringify(weekly);
  const known = off.byWeek.get(key);
  if (known !== undefined) return known;
  const made = {
    weekly,
    exceptions: [...off.closed, ...exceptionsOfClosures(off.closures, weekly)],
  };
  off.byWeek.set(key, made);
  return made;
}

export function team(t: TeamOutput, off: DaysOff): Team {
  return {
    id: t.id,
    name: t.name ?? t.id,
    size: t.size ?? 1,
    hours: hours(t, off),
    callOut:
      t.hours === 'always' || t.callOut === undefined
        ? { type: 'fixed', value: ms(0) }
        : toDistribution(t.callOut),
    contacts: (t.contacts ?? []).map((c) => ({
      role: c.role,
      name: c.name,
      reach: c.reach ?? null,
    })),
    escalation: t.escalation ?? null,
  };
}

export function invocation(i: InvocationOutput): Invocation {
  return {
    criteria: i.criteria.trim(),
    decidedBy: i.decidedBy ?? null,
    assessment: i.assessment === undefined ? null : ms(i.assessment),
  };
}

export function review(r: ReviewOutput): PlanReview {
  return { owner: r.owner, every: r.every, last: r.last?.text ?? null };
}
