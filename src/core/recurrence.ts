/** Which local dates a recurring surge falls on. */
import { daysInMonth, localDay, type LocalDay } from './civil.ts';
import { isOpenDay } from './calendar.ts';
import type { Calendar, Recurrence } from './model.ts';
import { MS_PER_DAY } from './time.ts';

/** The open (agreed-hours) day nearest to the month's start or end; the calendar day when none is open. */
function businessDayOfMonth(calendar: Calendar, day: LocalDay, from: 'start' | 'end'): number {
  const first = day.midnight - (day.day - 1) * MS_PER_DAY;
  const count = daysInMonth(day.year, day.month);
  for (let i = 0; i < count; i++) {
    const index = from === 'start' ? i : count - 1 - i;
    if (isOpenDay(calendar, first + index * MS_PER_DAY)) return index + 1;
  }
  return from === 'start' ? 1 : count;
}

export function occursOn(recurrence: Recurrence, calendar: Calendar, midnight: number): boolean {
  const day = localDay(midnight);
  switch (recurrence.kind) {
    case 'daily':
      return true;
    case 'weekday':
      return day.weekday === recurrence.day;
    case 'date':
      return day.date === recurrence.date;
    case 'month-start':
      return day.day === businessDayOfMonth(calendar, day, 'start');
    case 'month-end':
      return day.day === businessDayOfMonth(calendar, day, 'end');
    case 'quarter-end':
      return day.month % 3 === 0 && day.day === businessDayOfMonth(calendar, day, 'end');
  }
}
