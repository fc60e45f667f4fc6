import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { zonesOf } from '../../src/build/holiday-chunks.ts';
import { holidayCountriesOf } from '../../src/scenario/holiday-countries.ts';
import {
  hasHolidayData,
  holidayCalculator,
  setHolidayDataSource,
  wantsHolidayData,
  type HolidayData,
  type HolidayParser,
} from '../../src/scenario/holiday-data.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const require = createRequire(import.meta.url);

/** A small office scenario whose calendar names `holidays`. */
const office = (holidays: string, variants = ''): string =>
  [
    'schema: continuity-scenario/2',
    'name: Office',
    'start: 2026-03-30T00:00',
    'horizon: 30d',
    'calendar:',
    '  agreedHours: { mon-fri: "09:00-17:00" }',
    ...(holidays ? [`  holidays: ${holidays}`] : []),
    'services:',
    '  - id: office',
    '    requires: app',
    '    objectives: { availability: 99%, rto: 4h, rpo: 1h, mtpd: 8h, mbco: 50% }',
    '    impact: { costPerHour: 1000 }',
    '    demand: { tpm: 10 }',
    'components:',
    '  - { id: app, kind: server, recovery: rebuild }',
    'plans:',
    '  - id: rebuild',
    '    steps:',
    '      - { id: rebuild, duration: 2h }',
    'injects: []',
    variants,
  ].join('\n');

describe('the countries a scenario text names holidays of', () => {
  it('reads one set, a list, any case and variants, each country once, sorted', () => {
    expect(holidayCountriesOf(office('DE-HE'))).toEqual(['DE']);
    expect(holidayCountriesOf(office('[gb-eng, de.by, DE-HE]'))).toEqual(['DE', 'GB']);
    const variant = 'variants:\n  - name: Paris office\n    calendar: { holidays: [FR] }';
    expect(holidayCountriesOf(office('US-NY', variant))).toEqual(['FR', 'US']);
  });

  it('is empty without holidays, and leaves names that are no set to the parser', () => {
    expect(holidayCountriesOf(office(''))).toEqual([]);
    expect(holidayCountriesOf(office('[XX-YY, England]'))).toEqual([]);
    expect(holidayCountriesOf('holidays: [unclosed')).toEqual([]);
  });

  it('reads JSON too', () => {
    expect(holidayCountriesOf('{"calendar": {"holidays": ["AT", "CH-ZH"]}}', 'x.json')).toEqual([
      'AT',
      'CH',
    ]);
  });
});

describe('the holiday data registry', () => {
  it("refuses a scenario whose countries' data is missing, naming them, never silently without holidays", () => {
    setHolidayDataSource(null); // as in a page that has not fetched it
    const result = parseScenario(office('FR'), 'office.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toBe(
      'the public-holiday data of FR is not loaded, so its holidays cannot be laid into the calendar',
    );
    expect(result.errors[0]?.hint).toMatch(/reload the page/);
    expect(wantsHolidayData(result.errors)).toBe(true);
    // a scenario without holidays needs none
    expect(parseScenario(office(''), 'office.yaml').ok).toBe(true);
  });

  it("in Node, reads the named country's data on first use, and only that country", () => {
    setHolidayDataSource(undefined); // back to Node's source
    expect(hasHolidayData('GB')).toBe(false);
    const result = parseScenario(office('GB-ENG'), 'office.yaml');
    expect(result.ok).toBe(true);
    expect(hasHolidayData('GB')).toBe(true);
    expect(hasHolidayData('FR')).toBe(false);
    // Good Friday, 3 April 2026, is a closed day of England's calendar
    if (result.ok)
      expect(result.scenario.calendar.exceptions.map((e) => e.date)).toContain('2026-04-03');
  });

  it("gives the same holidays from one country's data (as the page fetches it) as from all", () => {
    const Parser = (require('date-holidays-parser') as { default: HolidayParser }).default;
    const { data } = require('date-holidays/data') as { data: HolidayData };
    setHolidayDataSource(undefined);
    const options = { languages: ['en'], types: ['public', 'bank'] };
    // Easter rules, a state, the Hebrew and Islamic calendars, an equinox, Chinese new year
    for (const [country, state] of [
      ['DE', 'HE'],
      ['IL', undefined],
      ['TR', undefined],
      ['JP', undefined],
      ['CN', undefined],
      ['US', 'NY'],
    ] as const) {
      const one: HolidayData = { ...data, holidays: { [country]: data.holidays[country] } };
      const args = state === undefined ? [options] : [state, options];
      const fromOne = new Parser(one, country, ...args);
      const fromAll = holidayCalculator(country, state, undefined, options);
      for (const year of [2025, 2026, 2027])
        expect(JSON.stringify(fromOne.getHolidays(year, 'en'))).toBe(
          JSON.stringify(fromAll.getHolidays(year, 'en')),
        );
    }
  });
});

describe("a country's time zones for its chunk", () => {
  const packed = {
    version: 'test',
    zones: ['Europe/Berlin|CET CEST|-10 -20|01|abc|41e5', 'Asia/Tokyo|JST|-90|0||38e6'],
    links: ['Europe/Berlin|Europe/Copenhagen', 'Asia/Tokyo|Japan'],
  };

  it('takes the zones its data names, and a link with the zone it names', () => {
    expect(zonesOf({ zones: ['Europe/Berlin'], days: { '01-01': 'x' } }, packed)).toEqual({
      zones: ['Europe/Berlin|CET CEST|-10 -20|01|abc|41e5'],
      links: [],
    });
    expect(zonesOf({ states: { X: { zones: ['Japan'] } } }, packed)).toEqual({
      zones: ['Asia/Tokyo|JST|-90|0||38e6'],
      links: ['Asia/Tokyo|Japan'],
    });
    expect(zonesOf({ zones: ['Mars/Olympus'] }, packed)).toEqual({ zones: [], links: [] });
  });

  it('covers every zone the real data names for every country', () => {
    const { data } = require('date-holidays/data') as { data: HolidayData };
    const real = require('moment-timezone/data/packed/latest.json') as Parameters<
      typeof zonesOf
    >[1];
    const known = new Set([
      ...real.zones.map((z) => z.slice(0, z.indexOf('|'))),
      ...real.links.map((l) => l.slice(l.indexOf('|') + 1)),
    ]);
    for (const [country, rules] of Object.entries(data.holidays)) {
      const named = JSON.stringify(rules).match(/"[A-Z][a-z]+\/[A-Za-z_/+-]+"/g) ?? [];
      const { zones, links } = zonesOf(rules, real);
      const covered = new Set([
        ...zones.map((z) => z.slice(0, z.indexOf('|'))),
        ...links.map((l) => l.slice(l.indexOf('|') + 1)),
      ]);
      for (const zone of named.map((n) => n.slice(1, -1)).filter((n) => known.has(n)))
        expect(covered, `${country}: ${zone}`).toContain(zone);
      expect(zones.length, country).toBeGreaterThan(0);
    }
  });
});
