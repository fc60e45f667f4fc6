import { describe, expect, it } from 'vitest';
import { bankCalendar, fixture, ics, options, preview, table } from './ics-helpers.ts';

const H = 3_600_000;

describe('iCalendar import: what events mean (bank: 09:00-16:00 Monday to Friday)', () => {
  it('a yearly all-day closure on 24 December closes the 24th of each year in a two-year horizon', () => {
    // DTSTART 2020-12-24, RRULE:FREQ=YEARLY; the scenario runs 2026-01-05 + 730 d = to 2028-01-04.
    // 2026-12-24 is a Thursday (1 Jan 2026 was a Thursday, 357 days = 51 weeks later);
    // 2027-12-24 a Friday (2026 has 365 days: one weekday on). Both are open 09:00-16:00.
    const p = preview(fixture('christmas-eve-yearly.ics'), options('2026-01-05', 730));
    expect(table(p)).toEqual([
      ['2026-12-24', 'Thu', '09:00-16:00', 'closed', 'Christmas Eve', 'new'],
      ['2027-12-24', 'Fri', '09:00-16:00', 'closed', 'Christmas Eve', 'new'],
    ]);
    expect(p.rows).toEqual([
      { date: '2026-12-24', closed: true, note: 'Christmas Eve' },
      { date: '2027-12-24', closed: true, note: 'Christmas Eve' },
    ]);
    expect(p.changed).toBe(2);
    expect([p.firstDay, p.lastDay]).toEqual(['2026-01-05', '2028-01-04']);
    expect(p.hasTimed).toBe(false);
  });

  it('a one-year horizon takes only the 24th inside it', () => {
    const p = preview(fixture('christmas-eve-yearly.ics'), options('2026-01-05', 365));
    expect(p.rows).toEqual([{ date: '2026-12-24', closed: true, note: 'Christmas Eve' }]);
  });

  it('a weekly 14:00-15:00 closure with one EXDATE takes the hour out of three Wednesdays', () => {
    // Wednesdays 7, 14, 21 and 28 January (COUNT=4), the 14th excluded: 09:00-16:00 minus
    // 14:00-15:00 = 09:00-14:00 and 15:00-16:00 on the 7th, 21st and 28th.
    const p = preview(fixture('weekly-maintenance.ics'), options('2026-01-05', 365));
    const split = '09:00-14:00, 15:00-16:00';
    expect(table(p)).toEqual([
      ['2026-01-07', 'Wed', '09:00-16:00', split, 'Maintenance window', 'new'],
      ['2026-01-21', 'Wed', '09:00-16:00', split, 'Maintenance window', 'new'],
      ['2026-01-28', 'Wed', '09:00-16:00', split, 'Maintenance window', 'new'],
    ]);
    expect(p.rows[0]).toEqual({ date: '2026-01-07', hours: split, note: 'Maintenance window' });
    expect(p.hasTimed).toBe(true);
  });

  it('read as opening hours, the same events are the day’s only hours', () => {
    const p = preview(
      fixture('weekly-maintenance.ics'),
      options('2026-01-05', 365, { timed: 'opening-hours' }),
    );
    expect(table(p).map((r) => r[3])).toEqual(['14:00-15:00', '14:00-15:00', '14:00-15:00']);
  });

  it('opening-hours events open a closed Saturday and give a Monday two windows', () => {
    // Sat 10 Jan 10:00-13:00; Mon 12 Jan 08:00-12:00 and 13:00 + PT5H = 18:00.
    const p = preview(
      fixture('opening-hours.ics'),
      options('2026-01-05', 365, { timed: 'opening-hours' }),
    );
    expect(table(p)).toEqual([
      ['2026-01-10', 'Sat', 'closed', '10:00-13:00', 'Saturday opening', 'new'],
      ['2026-01-12', 'Mon', '09:00-16:00', '08:00-12:00, 13:00-18:00', 'Extended Monday', 'new'],
    ]);
    expect(p.rows).toEqual([
      { date: '2026-01-10', hours: '10:00-13:00', note: 'Saturday opening' },
      { date: '2026-01-12', hours: '08:00-12:00, 13:00-18:00', note: 'Extended Monday' },
    ]);
  });

  it('read as closures, the Saturday event changes nothing (closed anyway) and is counted, not listed', () => {
    // Monday: 09:00-16:00 minus 08:00-12:00 and 13:00-18:00 leaves 12:00-13:00.
    const p = preview(fixture('opening-hours.ics'), options('2026-01-05', 365));
    expect(table(p)).toEqual([
      ['2026-01-12', 'Mon', '09:00-16:00', '12:00-13:00', 'Extended Monday', 'new'],
    ]);
    expect(p.notes).toContain(
      '1 day the file touches keeps its hours (closed anyway, or the events are outside the agreed hours).',
    );
  });

  it('a RECURRENCE-ID override moves one meeting of a weekly series to the next day', () => {
    // Mondays 5, 12, 19 Jan 09:00-10:00; the 12th's is moved to Tue 13 Jan 15:00-16:00.
    const p = preview(fixture('moved-meeting.ics'), options('2026-01-05', 365));
    expect(table(p)).toEqual([
      ['2026-01-05', 'Mon', '09:00-16:00', '10:00-16:00', 'Team meeting', 'new'],
      ['2026-01-13', 'Tue', '09:00-16:00', '09:00-15:00', 'Team meeting (moved)', 'new'],
      ['2026-01-19', 'Mon', '09:00-16:00', '10:00-16:00', 'Team meeting', 'new'],
    ]);
  });

  it('a closure over all of a day’s agreed hours closes it; one over a part of two days splits', () => {
    // Thu 08:00 to Fri 12:00: Thursday closed (covers 09:00-16:00), Friday 12:00-16:00.
    const p = preview(
      ics(
        'BEGIN:VEVENT',
        'UID:a',
        'DTSTART:20260108T080000',
        'DTEND:20260109T120000',
        'SUMMARY:Move',
        'END:VEVENT',
      ),
      options('2026-01-05', 30),
    );
    expect(table(p)).toEqual([
      ['2026-01-08', 'Thu', '09:00-16:00', 'closed', 'Move', 'new'],
      ['2026-01-09', 'Fri', '09:00-16:00', '12:00-16:00', 'Move', 'new'],
    ]);
  });

  it('an all-day event over four days becomes one range for the two weekdays; the weekend is unchanged', () => {
    // DTEND is exclusive: 24-27 Dec 2026 = Thu, Fri, Sat, Sun.
    const p = preview(
      ics(
        'BEGIN:VEVENT',
        'UID:b',
        'DTSTART;VALUE=DATE:20261224',
        'DTEND;VALUE=DATE:20261228',
        'SUMMARY:Christmas',
        'END:VEVENT',
      ),
      options('2026-01-05', 365),
    );
    expect(p.rows).toEqual([
      { date: '2026-12-24', to: '2026-12-25', closed: true, note: 'Christmas' },
    ]);
    expect(p.changed).toBe(2);
  });

  it('keeps the planner’s own exception by default, and replaces it when asked', () => {
    const calendar = bankCalendar([
      { date: '2026-12-24', windows: [{ from: 9 * H, to: 12 * H }], note: 'Short day' },
    ]);
    const kept = preview(
      fixture('christmas-eve-yearly.ics'),
      options('2026-01-05', 730, { calendar }),
    );
    expect(table(kept)).toEqual([
      ['2026-12-24', 'Thu', '09:00-12:00', '09:00-12:00', 'Christmas Eve', 'kept'],
      ['2027-12-24', 'Fri', '09:00-16:00', 'closed', 'Christmas Eve', 'new'],
    ]);
    expect(kept.rows).toEqual([{ date: '2027-12-24', closed: true, note: 'Christmas Eve' }]);
    expect([kept.changed, kept.kept, kept.replaced]).toEqual([1, 1, 0]);

    const replaced = preview(
      fixture('christmas-eve-yearly.ics'),
      options('2026-01-05', 730, { calendar, existing: 'replace' }),
    );
    expect(table(replaced)[0]).toEqual([
      '2026-12-24',
      'Thu',
      '09:00-12:00',
      'closed',
      'Christmas Eve',
      'replaced',
    ]);
    expect(replaced.rows).toHaveLength(2);
    expect([replaced.changed, replaced.kept, replaced.replaced]).toEqual([2, 0, 1]);
  });

  it('cancelled events and occurrences are left out, and said so', () => {
    const p = preview(
      ics(
        'BEGIN:VEVENT',
        'UID:c',
        'DTSTART:20260105T090000',
        'DTEND:20260105T100000',
        'RRULE:FREQ=DAILY;COUNT=2',
        'SUMMARY:Stand-up',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:c',
        'RECURRENCE-ID:20260106T090000',
        'DTSTART:20260106T090000',
        'DTEND:20260106T100000',
        'STATUS:CANCELLED',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:d',
        'DTSTART;VALUE=DATE:20260107',
        'STATUS:CANCELLED',
        'SUMMARY:Off',
        'END:VEVENT',
      ),
      options('2026-01-05', 30),
    );
    expect(table(p).map((r) => r[0])).toEqual(['2026-01-05']);
    expect(p.notes).toContain('1 cancelled event left out.');
  });

  it('RDATE adds a day to a series', () => {
    const p = preview(
      ics(
        'BEGIN:VEVENT',
        'UID:e',
        'DTSTART;VALUE=DATE:20260105',
        'RDATE;VALUE=DATE:20260107',
        'SUMMARY:Audit',
        'END:VEVENT',
      ),
      options('2026-01-05', 30),
    );
    expect(p.rows.map((r) => r.date)).toEqual(['2026-01-05', '2026-01-07']);
  });
});

describe('iCalendar import: overrides belong to their own series', () => {
  it('two weekly series moved on the same date each take only their own override (by UID)', () => {
    // Mondays 5 and 12 Jan, both 09:00-10:00. On the 12th, A moves to 13:00-14:00; B stays at
    // 09:00 (ical.js alone relates A's override to B too, and would move B as well).
    const p = preview(
      ics(
        'BEGIN:VEVENT',
        'UID:a',
        'DTSTART:20260105T090000',
        'DTEND:20260105T100000',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'SUMMARY:A',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:b',
        'DTSTART:20260105T090000',
        'DTEND:20260105T100000',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'SUMMARY:B',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:a',
        'RECURRENCE-ID:20260112T090000',
        'DTSTART:20260112T130000',
        'DTEND:20260112T140000',
        'SUMMARY:A moved',
        'END:VEVENT',
      ),
      options('2026-01-05', 30),
    );
    expect(table(p)).toEqual([
      ['2026-01-05', 'Mon', '09:00-16:00', '10:00-16:00', 'A; B', 'new'],
      ['2026-01-12', 'Mon', '09:00-16:00', '10:00-13:00, 14:00-16:00', 'B; A moved', 'new'],
    ]);
  });
});

describe('iCalendar import: public holidays', () => {
  it('a day a holiday closes has no hours to take from: a closure on it changes nothing', () => {
    // 24 Dec 2026 is a holiday (closed), 24 Dec 2027 is not.
    const p = preview(
      fixture('christmas-eve-yearly.ics'),
      options('2026-01-05', 730, { holidays: new Map([['2026-12-24', []]]) }),
    );
    expect(p.rows).toEqual([{ date: '2027-12-24', closed: true, note: 'Christmas Eve' }]);
    expect(p.notes).toContain(
      '1 day the file touches keeps its hours (closed anyway, or the events are outside the agreed hours).',
    );
  });

  it('a holiday that closes part of a day gives the day its hours: a closure takes from those', () => {
    // Christmas Eve closes from 14:00 (Hesse): that day is 09:00-14:00, and a closure at
    // 10:00-11:00 leaves 09:00-10:00 and 11:00-14:00.
    const p = preview(
      ics(
        'BEGIN:VEVENT',
        'UID:eve-maintenance',
        'DTSTAMP:20260101T000000Z',
        'DTSTART:20261224T100000',
        'DTEND:20261224T110000',
        'SUMMARY:Maintenance',
        'END:VEVENT',
      ),
      options('2026-01-05', 365, {
        holidays: new Map([['2026-12-24', [{ from: 9 * 3_600_000, to: 14 * 3_600_000 }]]]),
      }),
    );
    expect(table(p)).toEqual([
      ['2026-12-24', 'Thu', '09:00-14:00', '09:00-10:00, 11:00-14:00', 'Maintenance', 'new'],
    ]);
  });

  it('an opening-hours event opens a holiday with an exception', () => {
    const p = preview(
      fixture('opening-hours.ics'),
      options('2026-01-05', 365, {
        holidays: new Map([['2026-01-12', []]]),
        timed: 'opening-hours',
      }),
    );
    expect(table(p)[1]).toEqual([
      '2026-01-12',
      'Mon',
      'closed',
      '08:00-12:00, 13:00-18:00',
      'Extended Monday',
      'new',
    ]);
  });
});
