/**
 * A Vite plugin that cuts date-holidays into one small chunk per country, so the page fetches the
 * holiday data of the countries a scenario names and nothing else (src/ui/app/holiday-loader.ts):
 *  - `virtual:holiday-country/DE`: `{ holidays: { DE: ... }, zones, links }`, the country's rules
 *    and the moment-timezone zones its rules name (packed, as moment-timezone ships them); with
 *    the rules of the countries it borrows days from (holiday-borrowed.ts: `AS` brings `US`);
 *  - `virtual:holiday-countries`: `{ DE: () => import('virtual:holiday-country/DE'), ... }`;
 *  - `virtual:holiday-names`: the shared holiday names the rules refer to (`_name`);
 *  - `virtual:bundled-holiday-countries`: `{ 'bank-money-transfer': ['DE'] }`, for the page to
 *    start fetching a bundled scenario's holidays before the app has even started.
 * In the page's build `moment-timezone` is its core without the 0.7 MB of every zone: each country
 * chunk brings the zones it needs. Node (command line, tests) keeps date-holidays whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { holidayCountriesOf } from '../scenario/holiday-countries.ts';
import { borrowedCountries } from './holiday-borrowed.ts';

const require = createRequire(import.meta.url);

const PREFIX = 'virtual:holiday-country/';
const ALL = 'virtual:holiday-countries';
const NAMES = 'virtual:holiday-names';
const BUNDLED = 'virtual:bundled-holiday-countries';

export interface Packed {
  readonly version: string;
  readonly zones: readonly string[];
  readonly links: readonly string[];
}

export interface Data {
  readonly version: string;
  readonly license: string;
  readonly holidays: Readonly<Record<string, unknown>>;
  readonly names: unknown;
}

/** Every string inside a value (the zone names are among them). */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The packed zones and links for the zone names a country's data mentions. */
export function zonesOf(country: unknown, packed: Packed): { zones: string[]; links: string[] } {
  const zoneByName = new Map(packed.zones.map((z) => [z.slice(0, z.indexOf('|')), z]));
  const linkByAlias = new Map(packed.links.map((l) => [l.slice(l.indexOf('|') + 1), l]));
  const zones = new Set<string>();
  const links = new Set<string>();
  for (const s of strings(country, new Set())) {
    const link = linkByAlias.get(s);
    const target = link === undefined ? s : link.slice(0, link.indexOf('|'));
    const zone = zoneByName.get(target);
    if (zone === undefined) continue;
    zones.add(zone);
    if (link !== undefined) links.add(link);
  }
  return { zones: [...zones].sort(), links: [...links].sort() };
}

/** A country's chunk: its rules and those of the countries it borrows days from, and its zones. */
export interface CountryChunk {
  readonly version: string;
  readonly license: string;
  readonly holidays: Readonly<Record<string, unknown>>;
  readonly zones: readonly string[];
  readonly links: readonly string[];
}

/** The chunk of `country` (`virtual:holiday-country/<country>`), from the whole data. */
export function countryChunk(country: string, data: Data, packed: Packed): CountryChunk {
  if (!Object.hasOwn(data.holidays, country)) throw new Error(`date-holidays has no country ${country}`);
  const holidays = Object.fromEntries(
    borrowedCountries(country, data.holidays).map((c) => [c, data.holidays[c]]),
  );
  // The parser computes in the zone of the set asked for (the country's own), and borrowed days
  // name none: the lender's zones (the United States' ~150 kB for American Samoa) are not needed.
  const { zones, links } = zonesOf(data.holidays[country], packed);
  return { version: data.version, license: data.license, holidays, zones, links };
}

/** The countries each bundled scenario (`scenarios/*.yaml`) names holidays of, by its id. */
function bundledCountries(context: { addWatchFile(path: string): void }): Record<string, string[]> {
  const folder = fileURLToPath(new URL('../../scenarios/', import.meta.url));
  const out: Record<string, string[]> = {};
  for (const file of readdirSync(folder)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()) {
    context.addWatchFile(join(folder, file));
    const countries = holidayCountriesOf(readFileSync(join(folder, file), 'utf8'), file);
    if (countries.length > 0) out[file.replace(/\.(ya?ml|json)$/, '')] = countries;
  }
  return out;
}

export function holidayChunks(): Plugin {
  let data: Data | undefined;
  let packed: Packed | undefined;
  const load = (): { data: Data; packed: Packed } => {
    data ??= (require('date-holidays/data') as { data: Data }).data;
    packed ??= require('moment-timezone/data/packed/latest.json') as Packed;
    return { data, packed };
  };
  return {
    name: 'holiday-chunks',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === ALL || id === NAMES || id === BUNDLED || id.startsWith(PREFIX)) return `\0${id}`;
      // The page's moment-timezone: without its every-zone data (the country chunks add theirs).
      // (Node's date-holidays, required by src/scenario/holiday-data.ts, keeps its own.)
      if (id === 'moment-timezone' && importer !== undefined)
        return require.resolve('moment-timezone/moment-timezone.js');
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:holiday') && id !== `\0${BUNDLED}`) return null;
      const { data, packed } = load();
      const name = id.slice(1);
      if (name === BUNDLED) return `export default ${JSON.stringify(bundledCountries(this))};`;
      if (name === NAMES) return `export default ${JSON.stringify(data.names)};`;
      if (name === ALL)
        return `export default {\n${Object.keys(data.holidays)
          .map((c) => `  ${JSON.stringify(c)}: () => import(${JSON.stringify(PREFIX + c)}),`)
          .join('\n')}\n};`;
      return `export default ${JSON.stringify(countryChunk(name.slice(PREFIX.length), data, packed))};`;
    },
  };
}
