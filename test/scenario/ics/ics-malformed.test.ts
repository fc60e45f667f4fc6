import { describe, expect, it } from 'vitest';
import { formatIcsProblem, readIcs } from '../../../src/scenario/ics/index.ts';
import { fixture, ics, options, preview, refusal } from './ics-helpers.ts';

// ics(...) puts the first line it is given on line 4 (after VCALENDAR, VERSION and PRODID).

describe('iCalendar import: malformed files are refused with the line and a hint', () => {
  it('a scenario file is not a calendar (line 1), and the hint points to the right import', () => {
    const p = refusal('schema: continuity-scenario/2\nname: Bank\n');
    expect(p).toMatchObject({
      line: 1,
      message: 'this looks like a scenario (YAML or JSON), not an iCalendar file',
    });
    expect(p.hint).toMatch(/Import in the editor toolbar/);
  });

  it('any other text names what line 1 reads', () => {
    expect(refusal('Holidays 2026\n24.12. closed\n')).toMatchObject({
      line: 1,
      message:
        'this is not an iCalendar file: it should begin with BEGIN:VCALENDAR, not "Holidays 2026"',
    });
    expect(refusal('   \n\n').message).toBe('the file is empty');
  });

  it('a long line broken without the folding space is refused at the broken line', () => {
    const p = refusal(
      ics(
        'BEGIN:VEVENT',
        'UID:a',
        'DTSTART;VALUE=DATE:20261224',
        'DESCRIPTION:The office is closed; the service desk',
        'answers urgent calls only.',
        'END:VEVENT',
      ),
    );
    expect(p.line).toBe(8);
    expect(p.message).toBe(
      'this is not an iCalendar line (NAME:value or NAME;PARAM=...:value): "answers urgent calls only."',
    );
    expect(p.hint).toMatch(/RFC 5545 folding/);
  });

  it('a folded line (continued after a space) is read as one, and keeps later line numbers right', () => {
    const text = ics(
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART;VALUE=DATE:20261224',
      'SUMMARY:Christmas Eve: the office closes at noon and the service',
      '  desk answers urgent calls only',
      'DTEND;VALUE=DATE:20261223',
      'END:VEVENT',
    );
    expect(refusal(text).line).toBe(9);
    const good = text.replace('DTEND;VALUE=DATE:20261223', 'DTEND;VALUE=DATE:20261225');
    expect(preview(good, options('2026-01-05', 365)).days[0]?.note).toBe(
      'Christmas Eve: the office closes at noon and the service desk answers urgent calls only',
    );
  });

  it('an impossible date is refused (ical.js would roll 20261345 over to 2027-02-14)', () => {
    expect(
      refusal(ics('BEGIN:VEVENT', 'UID:a', 'DTSTART;VALUE=DATE:20261345', 'END:VEVENT')),
    ).toMatchObject({
      line: 6,
      message: 'DTSTART "20261345" is not a date: there is no month 13',
    });
    expect(
      refusal(
        ics(
          'BEGIN:VEVENT',
          'UID:a',
          'DTSTART:20260228T090000',
          'EXDATE:20260229T090000',
          'END:VEVENT',
        ),
      ),
    ).toMatchObject({
      line: 7,
      message: 'EXDATE "20260229T090000" is not a date: 2026-02 has no day 29',
    });
    expect(refusal(ics('BEGIN:VEVENT', 'UID:a', 'DTSTART:tomorrow', 'END:VEVENT')).message).toBe(
      'DTSTART "tomorrow" is not a date: expected YYYYMMDD or YYYYMMDDTHHMMSS',
    );
  });

  it('an event that ends before it starts, or has no start, is refused at its line', () => {
    expect(
      refusal(
        ics(
          'BEGIN:VEVENT',
          'UID:a',
          'DTSTART:20260305T100000',
          'DTEND:20260305T090000',
          'END:VEVENT',
        ),
      ).line,
    ).toBe(7);
    expect(refusal(ics('BEGIN:VEVENT', 'UID:a', 'SUMMARY:No date', 'END:VEVENT'))).toMatchObject({
      line: 4,
      message: 'the event has no start (DTSTART)',
    });
  });

  it('a file cut short names the block that is never closed; a misplaced END names both', () => {
    const cut =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:2026';
    expect(refusal(cut)).toMatchObject({
      line: 3,
      message: 'BEGIN:VEVENT is never closed (no END:VEVENT)',
    });
    expect(refusal(ics('BEGIN:VEVENT', 'UID:a', 'DTSTART;VALUE=DATE:20261224'))).toMatchObject({
      line: 7,
      message: 'END:VCALENDAR where END:VEVENT (for BEGIN:VEVENT at line 4) was expected',
    });
  });

  it('a rule ical.js cannot read is refused at the RRULE line, with its reason', () => {
    const p = refusal(
      ics(
        'BEGIN:VEVENT',
        'UID:a',
        'DTSTART;VALUE=DATE:20261224',
        'RRULE:FREQ=SOMETIMES',
        'END:VEVENT',
      ),
    );
    expect(p.line).toBe(7);
    expect(p.message).toMatch(/^RRULE cannot be read: invalid frequency "SOMETIMES"/);
  });

  it('a rule that repeats every second is refused rather than expanded for ever', () => {
    const p = refusal(
      ics(
        'BEGIN:VEVENT',
        'UID:a',
        'DTSTART:20260105T000000',
        'DURATION:PT1S',
        'RRULE:FREQ=SECONDLY',
        'SUMMARY:Tick',
        'END:VEVENT',
      ),
      options('2026-01-05', 365),
    );
    expect(p.line).toBe(8);
    expect(p.message).toBe(
      'the event "Tick" repeats more than 100,000 times before the scenario ends',
    );
  });

  it('a calendar without events, or none inside the horizon, is refused and says where they are', () => {
    expect(
      refusal(ics('BEGIN:VTODO', 'UID:t', 'SUMMARY:Renew certificate', 'END:VTODO')),
    ).toMatchObject({ line: null, message: 'the file has no events (VEVENT)' });
    const p = refusal(
      fixture('christmas-eve-yearly.ics').replace('RRULE:FREQ=YEARLY\r\n', ''),
      options('2026-01-05', 365),
    );
    expect(p.message).toBe(
      "none of the file's 1 event falls inside the scenario (2026-01-05 to 2027-01-04); they fall between 2020-12-24 and 2020-12-24",
    );
    expect(p.hint).toBe(
      "check that this is the calendar you meant, or change the scenario's start and horizon",
    );
  });

  it('formatIcsProblem(problem, file) reads as one sentence with the place first', () => {
    const read = readIcs(ics('BEGIN:VEVENT', 'UID:a', 'DTSTART;VALUE=DATE:20261345', 'END:VEVENT'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(formatIcsProblem(read.problem, 'holidays.ics')).toMatch(
      /^holidays\.ics line 6: DTSTART "20261345" is not a date: there is no month 13\. Hint: write dates as YYYYMMDD/,
    );
  });
});
