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
import { holidayExceptions } from './holiday-calendar.ts';
import type { InvocationOutput } from './invocation-format.ts';
import { toDistribution } from './plan-format.ts';
import type { ReviewOutput } from './review-format.ts';
import type { TeamOutput } from './team-format.ts';

const ALWAYS: Calendar = {
  weekly: Array.from({ length: 7 }, () => [{ from: 0, to: DAY }]),
  exceptions: [],
};

/** The dates the scenario calendar closes outright (its `closed: true` exceptions), in file order. */
function closedDays(calendar: CalendarOutput): CalendarException[] {
  const out: CalendarException[] = [];
  const seen = new Set<string>();
  for (const e of calendar.exceptions) {
    if (e.windows.length > 0) continue;
    for (let day = e.date.epoch; day <= e.to.epoch; day += DAY) {
      const date = new Date(day).toISOString().slice(0, 10);
      if (seen.has(date)) continue;
      seen.add(date);
      out.push({ date, windows: [], note: e.note });
    }
  }
  return out;
}

function hours(
  team: TeamOutput,
  calendar: CalendarOutput,
  years: { first: number; last: number },
): Calendar {
  if (team.hours === 'always') return ALWAYS;
  const weekly = team.hours.map((w) => w ?? []);
  const closed = closedDays(calendar);
  const dates = new Set(closed.map((e) => e.date));
  return {
    weekly,
    exceptions: [...closed, ...holidayExceptions(calendar.holidays, weekly, years, dates)],
  };
}

export function team(
  t: TeamOutput,
  calendar: CalendarOutput,
  years: { first: number; last: number },
): Team {
  return {
    id: t.id,
    name: t.name ?? t.id,
    size: t.size ?? 1,
    hours: hours(t, calendar, years),
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
