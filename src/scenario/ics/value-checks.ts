/**
 * The dates and durations of each event, checked at their lines before ical.js reads them:
 * ical.js rolls an impossible date over without a word (20261345 becomes 2027-02-14), and
 * a calendar that closes the wrong day is worse than one refused.
 */
import type { Block, ContentLine } from './content-lines.ts';
import { problem, type IcsProblem } from './problem.ts';

const DATE_HINT =
  'write dates as YYYYMMDD (20261224) and date-times as YYYYMMDDTHHMMSS (20261224T090000, with Z at the end for UTC); export the calendar again if it came from a program';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Why `value` is not an iCalendar DATE or DATE-TIME, or null when it is one. */
export function dateValueFault(value: string, dateOnly: boolean): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (m === null) return 'expected YYYYMMDD or YYYYMMDDTHHMMSS';
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (dateOnly && m[4] !== undefined) return 'VALUE=DATE needs a date without a time (YYYYMMDD)';
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = month === 2 && !isLeap(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > days) return `${year}-${m[2]} has no day ${day}`;
  if (hour > 23 || minute > 59 || second > 60)
    return `${m[4]}:${m[5]}:${m[6]} is not a time of day`;
  return null;
}

const DURATION = /^\+?P(\d+W|(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?)$/;

const DATE_PROPS = ['DTSTART', 'DTEND', 'RECURRENCE-ID', 'EXDATE', 'RDATE'] as const;

function checkDates(p: ContentLine): IcsProblem | null {
  const dateOnly = p.params['VALUE']?.toUpperCase() === 'DATE';
  const period = p.params['VALUE']?.toUpperCase() === 'PERIOD';
  for (const item of p.value.split(',')) {
    const text = item.trim();
    const [start = '', end] = period ? text.split('/') : [text];
    let fault = dateValueFault(start, dateOnly);
    if (fault === null && end !== undefined && !DURATION.test(end))
      fault = dateValueFault(end, false) === null ? null : 'expected start/end or start/duration';
    if (fault !== null)
      return problem(p.line, `${p.name} "${text}" is not a date: ${fault}`, DATE_HINT);
  }
  return null;
}

/** DTSTART and DTEND of one kind (both dates, or both date-times in one zone) compare as text. */
function endsBeforeStart(start: ContentLine, end: ContentLine): boolean {
  const kind = (p: ContentLine) => `${p.value.length}|${p.params['TZID'] ?? ''}`;
  return kind(start) === kind(end) && end.value.trim() < start.value.trim();
}

/** The first fault in one event's dates and durations, or null. */
export function checkEvent(event: Block): IcsProblem | null {
  const starts = event.props.filter((p) => p.name === 'DTSTART');
  const start = starts[0];
  if (start === undefined)
    return problem(
      event.line,
      'the event has no start (DTSTART)',
      'every event needs DTSTART, e.g. DTSTART;VALUE=DATE:20261224; fix or remove the event',
    );
  for (const p of event.props) {
    if ((DATE_PROPS as readonly string[]).includes(p.name)) {
      const fault = checkDates(p);
      if (fault !== null) return fault;
    }
    if (p.name === 'DURATION' && !DURATION.test(p.value.trim()))
      return problem(
        p.line,
        `DURATION "${p.value}" is not a (positive) duration`,
        'write durations as P1D, PT2H or PT1H30M (RFC 5545, 3.3.6)',
      );
  }
  const end = event.props.find((p) => p.name === 'DTEND');
  if (end !== undefined && endsBeforeStart(start, end))
    return problem(
      end.line,
      `the event ends (DTEND ${end.value}) before it starts (DTSTART ${start.value}, line ${start.line})`,
      'swap the two dates, or fix the one that is wrong',
    );
  return null;
}
