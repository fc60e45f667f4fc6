import { describe, expect, it } from 'vitest';
import { agreedIntervals, windowsOn } from '../../src/core/calendar.ts';
import { formatLocal, localDay, parseLocal } from '../../src/core/civil.ts';
import { overlapLength } from '../../src/core/intervals.ts';
import { days, hours, minutes } from '../../src/core/time.ts';
import { allDay, at, START_EPOCH, weekdays, window } from '../support/model-builder.ts';

const bankHours = weekdays(9, 16);
/** A fixed clock (no time zone) starting at local `startEpoch`. */
const fixed = (startEpoch: number) => ({ startEpoch, timeZone: null });

describe('calendar of agreed service hours', () => {
  it('lays out 09:00-16:00 on weekdays and nothing at the weekend', () => {
    const week = agreedIntervals(bankHours, fixed(START_EPOCH), days(7));
    expect(week).toHaveLength(5);
    expect(week[0]).toEqual({ start: at(0, 9), end: at(0, 16) });
    expect(week[4]).toEqual({ start: at(4, 9), end: at(4, 16) });
    expect(week.reduce((s, i) => s + i.end - i.start, 0)).toBe(hours(35));
  });

  it('counts 2 h of agreed hours in an outage from 15:00 to 10:00 the next day', () => {
    const agreed = agreedIntervals(bankHours, fixed(START_EPOCH), days(7));
    expect(overlapLength(agreed, at(0, 15), at(1, 10))).toBe(hours(2));
  });

  it('counts nothing for an outage from 02:00 to 08:00', () => {
    const agreed = agreedIntervals(bankHours, fixed(START_EPOCH), days(7));
    expect(overlapLength(agreed, at(1, 2), at(1, 8))).toBe(0);
  });

  it('replaces a weekday by its exception: a closed day and an extended day', () => {
    const calendar = {
      ...bankHours,
      exceptions: [
        { date: '2026-01-06', windows: [], note: 'closed' },
        { date: '2026-01-07', windows: [window(8, 18)], note: 'extended' },
      ],
    };
    const agreed = agreedIntervals(calendar, fixed(START_EPOCH), days(3));
    expect(agreed).toEqual([
      { start: at(0, 9), end: at(0, 16) },
      { start: at(2, 8), end: at(2, 18) },
    ]);
    expect(windowsOn(calendar, START_EPOCH + days(1))).toEqual([]);
  });

  it('joins 24x7 days into one interval over the whole horizon', () => {
    expect(agreedIntervals(allDay, fixed(START_EPOCH), days(10))).toEqual([
      { start: 0, end: days(10) },
    ]);
  });

  it('clips windows to a start in the middle of the day and to the horizon', () => {
    const start = START_EPOCH + hours(12);
    expect(agreedIntervals(bankHours, fixed(start), hours(24))).toEqual([
      { start: 0, end: hours(4) },
      { start: hours(21), end: hours(24) },
    ]);
  });
});

describe('scenario-local dates', () => {
  it('knows 2026-01-05 is a Monday and 2026-01-11 a Sunday', () => {
    expect(localDay(START_EPOCH).weekday).toBe(0);
    expect(localDay(START_EPOCH + days(6)).weekday).toBe(6);
    expect(localDay(START_EPOCH + days(6)).date).toBe('2026-01-11');
  });

  it('parses and formats local date-times, and rejects impossible ones', () => {
    expect(parseLocal('2026-01-05T10:00')).toBe(START_EPOCH + hours(10));
    expect(formatLocal(START_EPOCH + hours(10) + minutes(5))).toBe('2026-01-05T10:05');
    expect(parseLocal('2026-02-30T10:00')).toBeNaN();
    expect(parseLocal('2026-01-05T24:00')).toBeNaN();
    expect(parseLocal('5 Jan 2026')).toBeNaN();
  });
});
