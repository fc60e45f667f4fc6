/**
 * Names of public-holiday sets, as the date-holidays data set names them: a country code
 * (ISO 3166-1, `DE`), optionally a state or region (`DE-HE`) and a sub-region (`DE-BY-A`).
 * Reads a name a person typed (any case, `-` or `.` between the parts) into its canonical
 * form, or says what is wrong with the closest valid names and the regions of the country.
 * The names come from holiday-catalogue.ts: checking a set never loads the holiday data.
 */
import { HOLIDAY_CATALOGUE } from './holiday-catalogue.ts';
import { closest } from './suggest.ts';

export interface HolidaySet {
  /** Canonical name: `GB-ENG`, `DE-HE`, `US`. */
  readonly code: string;
  readonly country: string;
  readonly state: string | undefined;
  readonly region: string | undefined;
  /** For people: `England, United Kingdom`. */
  readonly label: string;
}

export type SetRead =
  { ok: true; value: HolidaySet } | { ok: false; message: string; hint: string };

type Names = Record<string, string>;

const memo = new Map<string, Names>();
/** The data set's English names of countries, states or regions, read once each. */
const names = (key: string, read: () => Names | undefined): Names => {
  let found = memo.get(key);
  if (found === undefined) {
    found = read() ?? {};
    memo.set(key, found);
  }
  return found;
};
const countries = (): Names =>
  names('', () =>
    Object.fromEntries(Object.entries(HOLIDAY_CATALOGUE).map(([code, c]) => [code, c.name])),
  );
const states = (country: string): Names =>
  names(country, () => {
    const found = HOLIDAY_CATALOGUE[country]?.states;
    return found && Object.fromEntries(Object.entries(found).map(([code, s]) => [code, s.name]));
  });
const regions = (country: string, state: string): Names =>
  names(`${country}-${state}`, () => HOLIDAY_CATALOGUE[country]?.states?.[state]?.regions);

/** Codes people often write for a country whose ISO code differs. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR', EN: 'GB-ENG' };

const FORMAT_HINT =
  'a country code, optionally with a region: GB-ENG, DE-HE, US-NY, FR (the codes of the date-holidays data set)';

/** The key of `names` equal to `typed` ignoring case, or undefined. */
function keyOf(names: Names, typed: string): string | undefined {
  const upper = typed.toUpperCase();
  return Object.keys(names).find((k) => k.toUpperCase() === upper);
}

/** `GB-ALD Alderney, GB-ENG England, ...` (codes only past twenty). */
function listOf(prefix: string, names: Names): string {
  const keys = Object.keys(names).sort();
  if (keys.length <= 20) return keys.map((k) => `${prefix}-${k} ${names[k]}`).join(', ');
  return keys.map((k) => `${prefix}-${k}`).join(', ');
}

/** Every valid country and country-state code, with its English name (for suggestions). */
function allCodes(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [c, name] of Object.entries(countries())) {
    out.set(c, name);
    for (const [s, stateName] of Object.entries(states(c))) out.set(`${c}-${s}`, stateName);
  }
  return out;
}

/** The closest valid code to an unknown country: by alias, by name (`England`), by spelling. */
function suggestCountry(typed: string): string {
  const upper = typed.toUpperCase();
  const alias = ALIASES[upper.split(/[-.]/)[0] ?? ''];
  const codes = allCodes();
  if (alias !== undefined) return `did you mean ${alias} (${codes.get(alias) ?? ''})?`;
  const byName = [...codes].find(([, name]) => name.toLowerCase() === typed.toLowerCase());
  if (byName !== undefined) return `did you mean ${byName[0]} (${byName[1]})?`;
  const nearName = closest(
    typed,
    [...codes.values()].filter((n) => n.length > 3),
  );
  const named = [...codes].find(([, name]) => name === nearName);
  if (named !== undefined) return `did you mean ${named[0]} (${named[1]})?`;
  if (upper.length > 2) {
    const near = closest(
      upper,
      [...codes.keys()].filter((k) => k.includes('-')),
    );
    if (near !== null) return `did you mean ${near} (${codes.get(near) ?? ''})?`;
  }
  return `use ${FORMAT_HINT}`;
}

/** The same region code in other countries: `ENG` -> `GB-ENG`. */
function elsewhere(typed: string): string[] {
  const upper = typed.toUpperCase();
  return [...allCodes().keys()].filter((k) => k.split('-')[1]?.toUpperCase() === upper);
}

/** The code whose name is `typed` or closest to it (`Hessen`, `Bavaria` -> none, `Bayern`). */
function byName(typed: string, known: Names, parent: string): string | undefined {
  if (typed.length <= 3) return undefined;
  const names = Object.values(known);
  const near = names.find((n) => n.toLowerCase() === typed.toLowerCase()) ?? closest(typed, names);
  const key = Object.keys(known).find((k) => known[k] === near);
  return key === undefined ? undefined : `${parent}-${key}`;
}

function regionProblem(
  parent: string,
  parentName: string,
  whole: 'country' | 'state',
  typed: string,
  known: Names,
) {
  const choices = Object.keys(known).map((k) => `${parent}-${k}`);
  const near =
    byName(typed, known, parent) ??
    closest(`${parent}-${typed}`, choices) ??
    (whole === 'country' ? elsewhere(typed)[0] : undefined);
  const guess = near === undefined || near === null ? '' : `did you mean ${near}? `;
  if (choices.length === 0)
    return {
      ok: false as const,
      message: `${parentName} (${parent}) has no regions in the holiday data, so not ${typed}`,
      hint: `${guess}use ${parent} for the whole ${whole}`,
    };
  return {
    ok: false as const,
    message: `${parentName} (${parent}) has no region ${typed}`,
    hint: `${guess}the regions of ${parent}: ${listOf(parent, known)}; or ${parent} for the whole ${whole}`,
  };
}

/** Reads a holiday set name (`gb-eng`, `DE.HE`, `US`) into its canonical form, or why not. */
export function readHolidaySet(input: string): SetRead {
  const typed = input.trim();
  const parts = typed.split(/[-.]/);
  if (typed === '' || parts.some((p) => p.trim() === '') || parts.length > 3)
    return {
      ok: false,
      message: `"${typed}" is not a holiday set name`,
      hint: `use ${FORMAT_HINT}`,
    };
  const [c = '', s, r] = parts;
  const allCountries = countries();
  const country = keyOf(allCountries, c);
  if (country === undefined)
    return {
      ok: false,
      message:
        parts.length === 1
          ? `unknown holiday set "${typed}": no country has that code`
          : `unknown country "${c}" in the holiday set "${typed}"`,
      hint: suggestCountry(typed),
    };
  const countryName = allCountries[country] ?? country;
  if (s === undefined)
    return {
      ok: true,
      value: { code: country, country, state: undefined, region: undefined, label: countryName },
    };
  const stateNames = states(country);
  const state = keyOf(stateNames, s);
  if (state === undefined) return regionProblem(country, countryName, 'country', s, stateNames);
  const stateLabel = `${stateNames[state] ?? state}, ${countryName}`;
  if (r === undefined)
    return {
      ok: true,
      value: { code: `${country}-${state}`, country, state, region: undefined, label: stateLabel },
    };
  const regionNames = regions(country, state);
  const region = keyOf(regionNames, r);
  if (region === undefined)
    return regionProblem(`${country}-${state}`, stateLabel, 'state', r, regionNames);
  return {
    ok: true,
    value: {
      code: `${country}-${state}-${region}`,
      country,
      state,
      region,
      label: `${regionNames[region] ?? region}, ${stateLabel}`,
    },
  };
}
