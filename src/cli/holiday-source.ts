/**
 * The command line's public-holiday data: date-holidays' parser and data bundled into the tool
 * (esbuild turns these `require`s into modules of the bundle, run on first use and compiled from
 * the V8 code cache) instead of holiday-data.ts's default, which reads ~100 files of node_modules
 * at run time (~60 ms more CPU for the bank). Under tsx there is no `require`: the default stays.
 */
import {
  registerHolidayCountry,
  registerHolidayParser,
  setHolidayDataSource,
  type HolidayData,
  type HolidayParser,
} from '../scenario/holiday-data.ts';

if (typeof require === 'function')
  setHolidayDataSource((country) => {
    /* eslint-disable @typescript-eslint/no-require-imports -- bundled by esbuild (see above) */
    registerHolidayParser((require('date-holidays-parser') as { default: HolidayParser }).default);
    const { data } = require('date-holidays/data') as { data: HolidayData };
    /* eslint-enable @typescript-eslint/no-require-imports */
    if (country in data.holidays) registerHolidayCountry(country, data);
  });
