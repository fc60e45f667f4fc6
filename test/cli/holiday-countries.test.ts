/**
 * The command line's holiday data, cut per country at build time (src/cli/build-holidays.mjs),
 * gives every country the holidays date-holidays' whole data set gives it: the zones each
 * country brings are those the page's build gives it (holiday-chunks.ts's zonesOf), and a
 * bundle built with the cut data (moment-timezone's core plus the country's zones) computes, for
 * every country (two years), state and region (a year), the same holidays, to their start and
 * end instants, as the reader with the whole data set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript without types (build-cli.mjs runs it before any compiling)
import * as buildHolidays from '../../src/cli/build-holidays.mjs';
import { zonesOf } from '../../src/build/holiday-chunks.ts';
import { holidayCalculator } from '../../src/scenario/holiday-data.ts';
import { PROJECT_ROOT } from '../support/cli.ts';
import { countriesOf, holidaySetsOf } from '../support/holiday-sets.ts';

const require = createRequire(import.meta.url);
interface Rules {
  readonly states?: Record<string, { readonly regions?: Record<string, unknown> }>;
}
const { data } = require('date-holidays/data') as { data: { holidays: Record<string, Rules> } };
const packed = require('moment-timezone/data/packed/latest.json') as {
  version: string;
  zones: string[];
  links: string[];
};
/** build-holidays.mjs's exports, typed here. */
const { holidayCountries, zonesOf: cliZonesOf } = buildHolidays as {
  holidayCountries: (root: string) => Plugin;
  zonesOf: typeof zonesOf;
};
const COUNTRIES = countriesOf(data.holidays);
const SETS = holidaySetsOf(data.holidays);
/** Countries in two years, states and regions in one. */
const yearsOf = (parts: readonly string[]) => (parts.length === 1 ? [2026, 2027] : [2026]);

/**
 * Each set's holidays of every type in its years, with their start and end instants (which
 * depend on the country's time zones), by the registry's data.
 */
const holidaysOf = (calculator: typeof holidayCalculator) =>
  Object.fromEntries(
    SETS.map((parts) => {
      const [country, state, region] = parts;
      const types = ['public', 'bank', 'school', 'optional', 'observance'];
      const holidays = calculator(country!, state, region, { languages: ['en'], types });
      return [parts.join('-'), yearsOf(parts).map((year) => holidays.getHolidays(year, 'en'))];
    }),
  );

/** Runs `holidaysOf` in a bundle built as the command line's, with its cut holiday data. */
async function holidaysOfTheCommandLine(): Promise<unknown> {
  const { build } = await import('esbuild');
  const folder = mkdtempSync(join(tmpdir(), 'holiday-countries-'));
  const entry = join(folder, 'entry.ts');
  const source = (file: string) => JSON.stringify(join(PROJECT_ROOT, file));
  writeFileSync(
    entry,
    [
      `import ${source('src/cli/holiday-source.ts')};`,
      `import { holidayCalculator } from ${source('src/scenario/holiday-data.ts')};`,
      `const SETS = ${JSON.stringify(SETS)};`,
      `const yearsOf = ${yearsOf.toString()};`,
      `const holidaysOf = ${holidaysOf.toString()};`,
      'process.stdout.write(JSON.stringify(holidaysOf(holidayCalculator)));',
    ].join('\n'),
  );
  const out = join(folder, 'entry.cjs');
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    define: { 'import.meta.url': '"file:///"' },
    plugins: [holidayCountries(PROJECT_ROOT)],
    logLevel: 'silent',
  });
  const r = spawnSync(process.execPath, [out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe("the command line's holiday data, cut per country", () => {
  it("gives each country the zones the page's build gives it", () => {
    for (const country of COUNTRIES)
      expect(cliZonesOf(data.holidays[country], packed)).toEqual(
        zonesOf(data.holidays[country], packed),
      );
  });

  it('computes the holidays of every country, state and region as the whole data set does', async () => {
    const whole: unknown = JSON.parse(JSON.stringify(holidaysOf(holidayCalculator)));
    expect(Object.keys(whole as object)).toHaveLength(SETS.length);
    expect(await holidaysOfTheCommandLine()).toEqual(whole);
  }, 120_000);
});
