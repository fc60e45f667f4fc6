/**
 * The public holidays of a set in a year, from the date-holidays data set, as closures of
 * local days: which date, from when to when in that day, the holiday's English name.
 *
 * Only the types `public` and `bank` close agreed hours (not `observance`, `optional` or
 * `school`). A holiday that starts during its day (Christmas Eve from 14:00 in DE and AT)
 * closes the rest of that day; one that lasts several days (P3D) closes each of them. A
 * holiday that the data starts at sunset the evening before (the Islamic and Hebrew
 * calendars) closes its own civil days, not that evening. Results are cached per set and
 * year: computing a year takes a few milliseconds. The data comes from the registry
 * (holiday-data.ts): a country not loaded there is an error, never a year without holidays.
 */
import { holidayCalculator, type HolidayCalculator } from './holiday-data.ts';
import type { HolidaySet } from './holiday-sets.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface HolidayClosure {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** Closed from, ms since that date's midnight. */
  readonly from: number;
  /** Closed until, ms since that date's midnight (at most one day). */
  readonly to: number;
  /** The holiday's name in English: `Good Friday`, `Boxing Day (substitute day)`. */
  readonly name: string;
  /** The set it comes from: `GB-ENG`. */
  readonly set: string;
}

/** The types of date-holidays that close agreed hours. */
export const CLOSING_TYPES = ['public', 'bank'] as const;

const instances = new Map<string, HolidayCalculator>();
const cache = new Map<string, readonly HolidayClosure[]>();

/**
 * Where closures worked out earlier may be kept beyond this process, by `set:year` (the
 * command line keeps them in its build folder, src/cli/holiday-store.ts): a set and year found
 * there need neither date-holidays' parser nor its data. A store holds only what this module
 * gave it, for one build of the code and data.
 */
export interface ClosureStore {
  get(key: string): readonly HolidayClosure[] | undefined;
  set(key: string, closures: readonly HolidayClosure[]): void;
}

let store: ClosureStore | null = null;

export function setClosureStore(s: ClosureStore | null): void {
  store = s;
}

function instance(set: HolidaySet): HolidayCalculator {
  let found = instances.get(set.code);
  if (found === undefined) {
    const options = { languages: ['en'], types: [...CLOSING_TYPES] };
    found = holidayCalculator(set.country, set.state, set.region, options);
    instances.set(set.code, found);
  }
  return found;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):\d{2}( [+-]\d{4})?$/;

/** [from, to) in ms since the holiday's date's midnight, `to` possibly days later. */
export function closedSpan(
  date: string,
  durationMs: number,
): { day: number; from: number; to: number } | null {
  const m = DATE.exec(date);
  if (m === null) return null;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (m[6] !== undefined) {
    // Starts at sunset the evening before: the civil days it covers (a DST hour either way).
    const days = Math.max(1, Math.floor((durationMs + 2 * HOUR) / DAY));
    return { day, from: 0, to: days * DAY };
  }
  const from = (Number(m[4]) * 60 + Number(m[5])) * 60_000;
  let to = from + durationMs;
  // A daylight-saving change inside the holiday moves its end off midnight by an hour.
  const past = ((to % DAY) + DAY) % DAY;
  if (past !== 0 && past <= HOUR) to -= past;
  else if (past >= DAY - HOUR) to += DAY - past;
  return to > from ? { day, from, to } : null;
}

/** Splits a span into one closure per local date. */
function perDay(
  span: { day: number; from: number; to: number },
  name: string,
  set: string,
): HolidayClosure[] {
  const out: HolidayClosure[] = [];
  for (let d = 0; d * DAY < span.to; d++) {
    const from = Math.max(0, span.from - d * DAY);
    const to = Math.min(DAY, span.to - d * DAY);
    if (to <= from) continue;
    const date = new Date(span.day + d * DAY).toISOString().slice(0, 10);
    out.push({ date, from, to, name, set });
  }
  return out;
}

/** The closures of the holidays of `set` that start in `year` (sorted by date). */
export function holidayClosures(set: HolidaySet, year: number): readonly HolidayClosure[] {
  const key = `${set.code}:${year}`;
  const cached = cache.get(key) ?? store?.get(key);
  if (cached !== undefined) {
    cache.set(key, cached);
    return cached;
  }
  const out: HolidayClosure[] = [];
  for (const h of instance(set).getHolidays(year, 'en')) {
    if (!(CLOSING_TYPES as readonly string[]).includes(h.type)) continue;
    const span = closedSpan(h.date, h.end.getTime() - h.start.getTime());
    if (span !== null) out.push(...perDay(span, h.name, set.code));
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.from - b.from));
  cache.set(key, out);
  store?.set(key, out);
  return out;
}

/**
 * The closures of every set on the local dates of years `first`..`last` (a holiday starting on
 * 31 December of the year before and running into `first` included).
 */
export function closuresIn(
  sets: readonly HolidaySet[],
  first: number,
  last: number,
): HolidayClosure[] {
  const out: HolidayClosure[] = [];
  const lo = `${String(first).padStart(4, '0')}-01-01`;
  const hi = `${String(last).padStart(4, '0')}-12-31`;
  for (const set of sets)
    for (let year = first - 1; year <= last; year++)
      for (const c of holidayClosures(set, year)) if (c.date >= lo && c.date <= hi) out.push(c);
  return out;
}
