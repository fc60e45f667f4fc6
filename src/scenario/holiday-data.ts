/**
 * The public-holiday data the scenario reader uses, registered by whoever runs it: the browser
 * fetches date-holidays' parser and the named countries' data before it parses a scenario
 * (src/ui/app/holiday-loader.ts); Node (command line, tests) reads them from node_modules on first
 * use. Reading stays synchronous and pure; a country whose data is missing is an error that says
 * so, never a calendar silently without holidays.
 */

/** One holiday as date-holidays-parser gives it. */
export interface ParsedHoliday {
  readonly date: string;
  readonly start: Date;
  readonly end: Date;
  readonly name: string;
  readonly type: string;
}

export interface HolidayCalculator {
  getHolidays(year: number, lang?: string): readonly ParsedHoliday[];
}

/**
 * date-holidays-parser's `Holidays` class: `(data, country, [state, [region,]] options)`, the
 * options right after the last part given.
 */
export type HolidayParser = new (data: HolidayData, ...args: unknown[]) => HolidayCalculator;

/** date-holidays' data, for one country or more: `{ holidays: { DE: {...} }, names: {...} }`. */
export interface HolidayData {
  readonly holidays: Readonly<Record<string, unknown>>;
  readonly names: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/** Asked for holidays of a country whose data (or the parser) has not been registered. */
export class HolidayDataMissing extends Error {
  readonly countries: readonly string[];
  readonly hint: string;
  constructor(countries: readonly string[]) {
    super(
      `the public-holiday data of ${countries.join(', ')} is not loaded, so its holidays cannot be laid into the calendar`,
    );
    this.name = 'HolidayDataMissing';
    this.countries = countries;
    this.hint =
      'reload the page (the data is fetched when a scenario names holidays); from code, register it first (src/scenario/holiday-data.ts)';
  }
}

/** Whether a parse failed only for want of holiday data (a caller may try again once it is here). */
export function wantsHolidayData(issues: readonly { readonly message: string }[]): boolean {
  return issues.some((i) => i.message.startsWith('the public-holiday data of '));
}

let parser: HolidayParser | null = null;
const countries = new Map<string, HolidayData>();
/** Fills the registry synchronously for a missing country, where that is possible (Node). */
let source: ((country: string) => void) | null | undefined;

export function registerHolidayParser(p: HolidayParser): void {
  parser = p;
}

export function registerHolidayCountry(country: string, data: HolidayData): void {
  countries.set(country.toUpperCase(), data);
}

/** Whether the parser and `country`'s data are both registered. */
export function hasHolidayData(country: string): boolean {
  return parser !== null && countries.has(country.toUpperCase());
}

/**
 * Replaces the on-demand source: the page's fetches the country (src/ui/app/holiday-loader.ts);
 * `null`: none; `undefined`: the default (Node's reads node_modules, elsewhere none).
 */
export function setHolidayDataSource(load: ((country: string) => void) | null | undefined): void {
  source = load;
}

type NodeRequire = (id: string) => unknown;
type NodeProcess = { getBuiltinModule?: (id: string) => unknown };

/**
 * In Node, date-holidays read from node_modules with `require` (synchronous, and only when a
 * scenario names holidays: it costs ~0.1 s). Reached through `process.getBuiltinModule`, so
 * nothing here imports a Node module and the browser bundle has no trace of it.
 */
function nodeSource(): ((country: string) => void) | null {
  const proc = (globalThis as { process?: NodeProcess }).process;
  const mod = proc?.getBuiltinModule?.('node:module') as
    { createRequire(from: string): NodeRequire } | undefined;
  if (mod === undefined) return null;
  const require = mod.createRequire(import.meta.url);
  let all: HolidayData | null = null;
  return (country) => {
    if (parser === null)
      parser = (require('date-holidays-parser') as { default: HolidayParser }).default;
    all ??= (require('date-holidays/data') as { data: HolidayData }).data;
    if (country in all.holidays) countries.set(country, all);
  };
}

/** A calculator of the registered data for `country` (`state`, `region`), or HolidayDataMissing. */
export function holidayCalculator(
  country: string,
  state: string | undefined,
  region: string | undefined,
  opts: { languages: string[]; types: string[] },
): HolidayCalculator {
  const code = country.toUpperCase();
  if (!hasHolidayData(code)) {
    if (source === undefined) source = nodeSource();
    source?.(code);
  }
  const data = countries.get(code);
  if (parser === null || data === undefined) throw new HolidayDataMissing([code]);
  if (state === undefined) return new parser(data, country, opts);
  return region === undefined
    ? new parser(data, country, state, opts)
    : new parser(data, country, state, region, opts);
}
