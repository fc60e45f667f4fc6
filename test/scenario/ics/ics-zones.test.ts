import { describe, expect, it } from 'vitest';
import { fixture, ics, options, preview, refusal, table } from './ics-helpers.ts';

describe('iCalendar import: time zones', () => {
  it('with timeZone Europe/London, 09:00 in New York is 14:00 before the US change and 13:00 after it', () => {
    // Wed 4 Mar 2026: New York on EST (UTC-5), London on GMT: 09:00-10:00 -> 14:00-15:00.
    // Wed 11 Mar: the US moved to EDT (UTC-4) on Sunday 8 March, the UK not until 29 March:
    // 09:00-10:00 -> 13:00-14:00 London.
    // Wed 1 Jul: 10:00-11:00 in "W. Europe Standard Time" (Outlook's name, defined by the
    // file's VTIMEZONE: CEST, UTC+2) = 08:00 UTC = 09:00-10:00 BST in London.
    const p = preview(
      fixture('zones.ics'),
      options('2026-01-05', 365, { timeZone: 'Europe/London' }),
    );
    expect(table(p)).toEqual([
      ['2026-03-04', 'Wed', '09:00-16:00', '09:00-14:00, 15:00-16:00', 'New York call', 'new'],
      ['2026-03-11', 'Wed', '09:00-16:00', '09:00-13:00, 14:00-16:00', 'New York call', 'new'],
      ['2026-07-01', 'Wed', '09:00-16:00', '10:00-16:00', 'Frankfurt release', 'new'],
    ]);
    expect(p.notes).toContain(
      "Times in America/New_York and W. Europe Standard Time are converted to the scenario's time zone (Europe/London).",
    );
  });

  it('without a scenario time zone, each event’s own wall-clock time is read as scenario-local', () => {
    const p = preview(fixture('zones.ics'), options('2026-01-05', 365));
    expect(table(p).map((r) => r[3])).toEqual([
      '10:00-16:00',
      '10:00-16:00',
      '09:00-10:00, 11:00-16:00',
    ]);
    expect(p.notes[0]).toMatch(
      /^Times in America\/New_York and W\. Europe Standard Time are read as written there/,
    );
  });

  it('a zone that is neither an IANA name nor defined in the file cannot be converted: refused at its DTSTART', () => {
    const text = ics(
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTART;TZID=Somewhere Standard Time:20260304T090000',
      'DTEND;TZID=Somewhere Standard Time:20260304T100000',
      'SUMMARY:Call',
      'END:VEVENT',
    );
    const p = refusal(text, options('2026-01-05', 365, { timeZone: 'Europe/London' }));
    expect(p.line).toBe(6);
    expect(p.message).toContain('"Somewhere Standard Time"');
    // Without a zone to convert to, its wall-clock time is all that is needed.
    expect(table(preview(text, options('2026-01-05', 365)))[0]?.[3]).toBe('10:00-16:00');
  });

  it('UTC times are shown in the calendar’s X-WR-TIMEZONE when the scenario has none, else read as written', () => {
    // Wed 1 Jul 2026 10:00-11:00 UTC = 11:00-12:00 BST.
    const event = [
      'BEGIN:VEVENT',
      'UID:u',
      'DTSTART:20260701T100000Z',
      'DTEND:20260701T110000Z',
      'SUMMARY:Patch',
      'END:VEVENT',
    ];
    const withZone = preview(
      ics('X-WR-TIMEZONE:Europe/London', ...event),
      options('2026-01-05', 365),
    );
    expect(table(withZone)[0]?.[3]).toBe('09:00-11:00, 12:00-16:00');
    expect(withZone.notes).toContain(
      "1 time written in UTC is shown in the calendar's time zone (Europe/London).",
    );
    const without = preview(ics(...event), options('2026-01-05', 365));
    expect(table(without)[0]?.[3]).toBe('09:00-10:00, 11:00-16:00');
    expect(without.notes[0]).toMatch(/read as scenario-local time/);
    const scenarioZone = preview(
      ics(...event),
      options('2026-01-05', 365, { timeZone: 'America/New_York' }),
    );
    // 10:00 UTC = 06:00 EDT: before the agreed hours; 11:00 UTC = 07:00.
    expect(scenarioZone.days).toEqual([]);
  });

  it('an unknown scenario time zone is refused before the file is read against it', () => {
    const p = refusal(
      fixture('christmas-eve-yearly.ics'),
      options('2026-01-05', 365, { timeZone: 'Europe/Londn' }),
    );
    expect(p.message).toBe('the scenario\'s timeZone "Europe/Londn" is not a known time zone');
  });
});
