/**
 * date-holidays' rules borrow other countries' days (American Samoa keeps the United States'
 * days, Martinique France's, a Canary island Spain's Canary Islands'), and the parser looks them
 * up in the data it is given. So the chunk the page fetches for a country carries the countries
 * it borrows from: for every country, state and region of the data, the country's chunk alone
 * gives the same holidays as the whole data set, and names the time zone the parser computes in.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { borrowedCountries } from '../../src/build/holiday-borrowed.ts';
import { countryChunk, type Data, type Packed } from '../../src/build/holiday-chunks.ts';
import type { HolidayData, HolidayParser } from '../../src/scenario/holiday-data.ts';
import { countriesOf, holidaySetsOf } from '../support/holiday-sets.ts';

const require = createRequire(import.meta.url);
interface Rules {
  readonly states?: Record<string, { readonly regions?: Record<string, unknown> }>;
}
const { data } = require('date-holidays/data') as { data: Data & { holidays: Record<string, Rules> } };
const packed = require('moment-timezone/data/packed/latest.json') as Packed;
const Parser = (require('date-holidays-parser') as { default: HolidayParser }).default;

const COUNTRIES = countriesOf(data.holidays);
const SETS = holidaySetsOf(data.holidays);
const TYPES = ['public', 'bank', 'school', 'optional', 'observance'];

/** A set's holidays of every type (a country's in two years, a state's or region's in one). */
function holidaysOf(source: HolidayData, parts: readonly string[]): unknown {
  const calculator = new Parser(source, ...parts, { languages: ['en'], types: TYPES });
  const years = parts.length === 1 ? [2026, 2027] : [2026];
  return JSON.stringify(years.map((year) => calculator.getHolidays(year, 'en')));
}

/** The time zone the parser computes a set's instants in (its data's first zone). */
function zoneOf(source: HolidayData, parts: readonly string[]): string | undefined {
  const calculator = new Parser(source, ...parts, {}) as unknown as {
    getTimezones(): readonly string[];
  };
  return calculator.getTimezones()[0];
}

describe('the countries whose days a country borrows', () => {
  it('are none for a country that borrows nothing, or only from itself (Bavaria from Bavaria)', () => {
    expect(borrowedCountries('DE', data.holidays)).toEqual(['DE']);
    expect(borrowedCountries('JP', data.holidays)).toEqual(['JP']);
  });

  it("are the lender for a territory, and the lender's own lenders after it", () => {
    expect(borrowedCountries('AS', data.holidays)).toEqual(['AS', 'US']);
    expect(borrowedCountries('IM', data.holidays)).toEqual(['IM', 'GB']);
    expect(borrowedCountries('NF', data.holidays)).toEqual(['NF', 'AU']);
    expect(borrowedCountries('SJ', data.holidays)).toEqual(['SJ', 'NO']);
    expect(borrowedCountries('ES', data.holidays)).toEqual(['ES', 'IC']);
    // Martinique borrows France's days; France's overseas regions are countries of their own
    expect(borrowedCountries('MQ', data.holidays).slice(0, 2)).toEqual(['MQ', 'FR']);
    expect(borrowedCountries('FR', data.holidays)).toEqual(
      expect.arrayContaining(['FR', 'MQ', 'GP', 'GF', 'RE', 'YT', 'MF', 'BL']),
    );
  });

  it('leave out a name that is no country of the data', () => {
    expect(borrowedCountries('XX', { XX: { _days: 'ZZ', days: {} } })).toEqual(['XX']);
    expect(borrowedCountries('A', { A: { states: { s: { _days: ['B', 'regions', 'r'] } } }, B: {} })).toEqual(['A', 'B']);
  });
});

describe("a country's chunk, as the page fetches it", () => {
  it('covers all the sets of the data', () => {
    expect(SETS.length).toBeGreaterThan(600);
    expect(SETS).toContainEqual(['AS']);
    expect(SETS).toContainEqual(['FR', 'MQ']);
    expect(SETS).toContainEqual(['ES', 'CN', 'EH']);
  });

  it('gives every country, state and region the holidays the whole data set gives it', () => {
    const chunks = new Map(
      COUNTRIES.map((c) => [c, { ...countryChunk(c, data, packed), names: data.names } as HolidayData]),
    );
    const whole = data as unknown as HolidayData;
    const differ: string[] = [];
    for (const parts of SETS) {
      const chunk = chunks.get(parts[0]!)!;
      let fromChunk: unknown;
      try {
        fromChunk = holidaysOf(chunk, parts);
      } catch (error) {
        fromChunk = String(error);
      }
      if (fromChunk !== holidaysOf(whole, parts)) differ.push(`${parts.join('-')}: ${String(fromChunk).slice(0, 80)}`);
    }
    expect(differ).toEqual([]);
  }, 120_000);

  it("brings its own zones only: the days it borrows name none (American Samoa's chunk stays small)", () => {
    const zoneNames = new Set([
      ...packed.zones.map((z) => z.slice(0, z.indexOf('|'))),
      ...packed.links.map((l) => l.slice(l.indexOf('|') + 1)),
    ]);
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value !== null && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    const lenders = new Set(COUNTRIES.flatMap((c) => borrowedCountries(c, data.holidays).slice(1)));
    expect(lenders).toContain('US');
    for (const lender of lenders) {
      const days = (data.holidays[lender] as { days?: unknown }).days;
      expect(strings(days).filter((s) => zoneNames.has(s)), lender).toEqual([]);
    }
    const as = countryChunk('AS', data, packed);
    expect(as.zones.map((z) => z.slice(0, z.indexOf('|')))).toEqual(['Pacific/Pago_Pago']);
  });

  it("brings the time zone each set's holidays are computed in", () => {
    const missing: string[] = [];
    for (const parts of SETS) {
      const zone = zoneOf(data as unknown as HolidayData, parts);
      if (zone === undefined) continue;
      const { zones, links } = countryChunk(parts[0]!, data, packed);
      const named = [
        ...zones.map((z) => z.slice(0, z.indexOf('|'))),
        ...links.map((l) => l.slice(l.indexOf('|') + 1)),
      ];
      if (!named.includes(zone)) missing.push(`${parts.join('-')}: ${zone}`);
    }
    expect(missing).toEqual([]);
  });
});
