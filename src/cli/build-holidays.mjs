/**
 * The command line's public-holiday data, cut per country at build time (an esbuild plugin for
 * build-cli.mjs), as the page's build cuts it (src/build/holiday-chunks.ts):
 *  - `cs-cli:holiday-countries` exports `countries`, `{ DE: () => ({ version, license,
 *    holidays: { DE: ... }, zones, links }), ... }` (with the countries whose days a country's
 *    rules borrow: `AS` brings `US`), and `names()`, the holiday names the rules share. A tool builds only the countries a scenario names (src/cli/holiday-source.ts): one
 *    function each, compiled on first call, instead of date-holidays' object of every country;
 *  - `moment-timezone` is its core, without the 0.7 MB of every zone (~10 ms to load at each
 *    start): a country brings the zones its rules name (`zones`, `links`, packed).
 * Plain JavaScript, run by node directly (build-cli.mjs must run before anything is compiled).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const HOLIDAY_COUNTRIES = 'cs-cli:holiday-countries';

/** Every string inside a value (the zone names are among them). */
function strings(value, out) {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * The packed zones and links for the zone names a country's data mentions: the same as
 * src/build/holiday-chunks.ts's zonesOf (test/cli/holiday-countries.test.ts checks it).
 */
export function zonesOf(country, packed) {
  const zoneByName = new Map(packed.zones.map((z) => [z.slice(0, z.indexOf('|')), z]));
  const linkByAlias = new Map(packed.links.map((l) => [l.slice(l.indexOf('|') + 1), l]));
  const zones = new Set();
  const links = new Set();
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

/**
 * `code` and the countries whose days its rules borrow (`_days: US`, `_days: [IC, regions, EH]`:
 * American Samoa's are the United States', France's overseas regions' are their own), and
 * theirs, in the order met: date-holidays-parser looks them up in the same data.
 */
export function countriesOf(code, holidays) {
  const found = [code];
  const visit = (value) => {
    if (value === null || typeof value !== 'object') return;
    if (value._days !== undefined) {
      const country = [value._days].flat()[0];
      if (typeof country === 'string' && !found.includes(country) && country in holidays) {
        found.push(country);
        visit(holidays[country]);
      }
    }
    for (const inner of Object.values(value)) visit(inner);
  };
  visit(holidays[code]);
  return found;
}

/** `value` as a JavaScript literal (JSON; a `__proto__` key would set a prototype, so none may be). */
function literal(value) {
  const json = JSON.stringify(value);
  if (json.includes('"__proto__"')) throw new Error('holiday data with a __proto__ key');
  return json;
}

/** The source of `cs-cli:holiday-countries` from the project's date-holidays and moment-timezone. */
export function holidayCountriesSource(root) {
  const require = createRequire(join(root, 'package.json'));
  const { data } = require('date-holidays/data');
  const packed = require('moment-timezone/data/packed/latest.json');
  const rules = Object.entries(data.holidays).map(
    ([code, r]) => `  ${JSON.stringify(code)}: () => (${literal(r)}),`,
  );
  // Each zone and link once (the United States' zones serve five countries), named by index.
  const packs = [];
  const pack = (entries) => {
    const at = entries.map((entry) => {
      if (!packs.includes(entry)) packs.push(entry);
      return `p[${packs.indexOf(entry)}]`;
    });
    return `[${at.join(', ')}]`;
  };
  const countries = Object.keys(data.holidays).map((code) => {
    const borrowed = countriesOf(code, data.holidays);
    const holidays = borrowed.map((c) => `${JSON.stringify(c)}: rules[${JSON.stringify(c)}]()`);
    const { zones, links } = zonesOf(
      Object.fromEntries(borrowed.map((c) => [c, data.holidays[c]])),
      packed,
    );
    const fields = [
      `version: ${JSON.stringify(data.version)}`,
      `license: ${JSON.stringify(data.license)}`,
      `holidays: { ${holidays.join(', ')} }`,
      `zones: ${pack(zones)}`,
      `links: ${pack(links)}`,
    ];
    return `  ${JSON.stringify(code)}: () => ({ ${fields.join(', ')} }),`;
  });
  return [
    '"use strict";',
    'let names;',
    `exports.names = () => (names ??= ${literal(data.names)});`,
    `const rules = {\n${rules.join('\n')}\n};`,
    `const p = ${literal(packs)};`,
    `exports.countries = {\n${countries.join('\n')}\n};`,
    '',
  ].join('\n');
}

/** The esbuild plugin: the module above, and moment-timezone's core for `moment-timezone`. */
export function holidayCountries(root) {
  const require = createRequire(join(root, 'package.json'));
  return {
    name: 'holiday-countries',
    setup(build) {
      build.onResolve({ filter: /^cs-cli:holiday-countries$/ }, () => ({
        path: HOLIDAY_COUNTRIES,
        namespace: 'holiday-countries',
      }));
      build.onLoad({ filter: /.*/, namespace: 'holiday-countries' }, () => ({
        contents: holidayCountriesSource(root),
        loader: 'js',
        resolveDir: root,
      }));
      build.onResolve({ filter: /^moment-timezone$/ }, () => ({
        path: require.resolve('moment-timezone/moment-timezone.js'),
      }));
    },
  };
}
