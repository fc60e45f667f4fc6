/**
 * The command line's public-holiday data: date-holidays' parser bundled into the tool, and only
 * the countries a scenario names, cut at build time (src/cli/build-holidays.mjs) as the page's
 * build cuts them: each country's rules and the time zones they name, built on first use
 * (~20 ms less CPU at each start than date-holidays' object of every country and
 * moment-timezone's every zone), instead of holiday-data.ts's default, which reads ~100 files of
 * node_modules at run time. Under tsx there is no `require` (nor the cut data): the default stays.
 */
import {
  registerHolidayCountry,
  registerHolidayParser,
  setHolidayDataSource,
  type HolidayData,
  type HolidayParser,
} from '../scenario/holiday-data.ts';

/** One country's data as build-holidays.mjs cuts it: its rules, and its zones packed. */
interface CountryData {
  readonly holidays: HolidayData['holidays'];
  readonly zones: string[];
  readonly links: string[];
  readonly [key: string]: unknown;
}

interface HolidayCountries {
  readonly countries: Readonly<Record<string, () => CountryData>>;
  readonly names: () => HolidayData['names'];
}

interface MomentTimezone {
  readonly tz: { add(zones: string[]): void; link(links: string[]): void };
}

if (typeof require === 'function')
  setHolidayDataSource((country) => {
    /* eslint-disable @typescript-eslint/no-require-imports -- bundled by esbuild (see above) */
    registerHolidayParser((require('date-holidays-parser') as { default: HolidayParser }).default);
    const { countries, names } = require('cs-cli:holiday-countries') as HolidayCountries;
    if (!Object.hasOwn(countries, country)) return; // not a country of the data: the reader says so
    const { zones, links, ...data } = countries[country]!();
    const moment = require('moment-timezone') as MomentTimezone;
    /* eslint-enable @typescript-eslint/no-require-imports */
    moment.tz.add(zones);
    moment.tz.link(links);
    registerHolidayCountry(country, { ...data, names: names() });
  });
