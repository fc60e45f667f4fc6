import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/core/metrics.ts';
import type { Scenario } from '../../src/core/model.ts';
import { diffScenarios } from '../../src/scenario/diff.ts';
import { holidayNote, withoutIntervals, yearsOf } from '../../src/scenario/holiday-calendar.ts';
import { readHolidaySet } from '../../src/scenario/holiday-sets.ts';
import { closedSpan } from '../../src/scenario/holidays.ts';
import { parseScenario, type LoadResult } from '../../src/scenario/index.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../src/simulator/simulate.ts';

const H = 3_600_000;
const DAY = 24 * H;

/**
 * One service on one app server, 09:00-17:00 on weekdays, from Monday 30 March 2026 for a
 * year (to 30 March 2027). The server fails at 10:00 on each date in `outages` and its
 * rebuild takes exactly 2 h: each outage is 10:00-12:00.
 */
function office(calendar: string, outages: readonly string[] = [], extra = ''): string {
  const injects = outages.map((d) => `  - { at: ${d}T10:00, action: fail, component: app }`);
  return [
    'schema: continuity-scenario/2',
    'name: Office',
    'start: 2026-03-30T00:00',
    'horizon: 365d',
    'calendar:',
    '  agreedHours: { mon-fri: "09:00-17:00" }',
    ...calendar.split('\n').map((l) => `  ${l}`),
    'services:',
    '  - id: office',
    '    requires: app',
    '    objectives: { availability: 99%, rto: 4h, rpo: 1h, mtpd: 8h, mbco: 50% }',
    '    impact: { costPerHour: 1000 }',
    '    demand: { tpm: 10 }',
    extra,
    'components:',
    '  - { id: app, kind: server, recovery: rebuild }',
    'plans:',
    '  - id: rebuild',
    '    steps:',
    '      - { id: rebuild, duration: 2h }',
    outages.length > 0 ? 'injects:' : 'injects: []',
    ...injects,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

function scenarioOf(result: LoadResult): Scenario {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.scenario;
}

const parsed = (text: string) => scenarioOf(parseScenario(text, 'office.yaml'));

/** The calendar's dated days as `date: hours (note)` lines. */
function dated(scenario: Scenario, origin?: 'holiday'): string[] {
  const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
  return scenario.calendar.exceptions
    .filter((e) => e.origin === origin)
    .map((e) => {
      const hours = e.windows.map((w) => `${hhmm(w.from)}-${hhmm(w.to)}`).join(', ') || 'closed';
      return `${e.date}: ${hours}${e.note === null ? '' : ` (${e.note})`}`;
    })
    .sort();
}

const GOOD_FRIDAYS_AND_EASTER_MONDAYS = ['2026-04-03', '2026-04-06', '2027-03-26', '2027-03-29'];

describe('calendar: { holidays } closes the agreed hours on public holidays', () => {
  it('GB-ENG closes Good Friday and Easter Monday of 2026 and of 2027, the two years the run touches', () => {
    // Easter Sunday is 5 April 2026 and 28 March 2027 (hand-computed from the Gregorian
    // computus): Good Friday two days before, Easter Monday the day after.
    const scenario = parsed(office('holidays: GB-ENG'));
    const closed = dated(scenario, 'holiday');
    for (const [date, name] of [
      ['2026-04-03', 'Good Friday'],
      ['2026-04-06', 'Easter Monday'],
      ['2027-03-26', 'Good Friday'],
      ['2027-03-29', 'Easter Monday'],
    ])
      expect(closed).toContain(`${date}: closed (${name} (GB-ENG))`);
    // Every English bank holiday of both whole years, and nothing else (no Mother's Day,
    // an observance); Boxing Day 2026 is a Saturday, so the Monday after is its substitute.
    expect(closed).toEqual([
      "2026-01-01: closed (New Year's Day (GB-ENG))",
      '2026-04-03: closed (Good Friday (GB-ENG))',
      '2026-04-06: closed (Easter Monday (GB-ENG))',
      '2026-05-04: closed (Early May bank holiday (GB-ENG))',
      '2026-05-25: closed (Spring bank holiday (GB-ENG))',
      '2026-08-31: closed (Summer bank holiday (GB-ENG))',
      '2026-12-25: closed (Christmas Day (GB-ENG))',
      '2026-12-26: closed (Boxing Day (GB-ENG))',
      '2026-12-28: closed (Boxing Day (substitute day) (GB-ENG))',
      "2027-01-01: closed (New Year's Day (GB-ENG))",
      '2027-03-26: closed (Good Friday (GB-ENG))',
      '2027-03-29: closed (Easter Monday (GB-ENG))',
      '2027-05-03: closed (Early May bank holiday (GB-ENG))',
      '2027-05-31: closed (Spring bank holiday (GB-ENG))',
      '2027-08-30: closed (Summer bank holiday (GB-ENG))',
      '2027-12-25: closed (Christmas Day (GB-ENG))',
      '2027-12-26: closed (Boxing Day (GB-ENG))',
      '2027-12-27: closed (Christmas Day (substitute day) (GB-ENG))',
      '2027-12-28: closed (Boxing Day (substitute day) (GB-ENG))',
    ]);
  });

  it('an outage 10:00-12:00 on each of those four days costs 0 minutes of agreed hours; the same outage on Thursday 2 April costs 120', () => {
    const outages = [...GOOD_FRIDAYS_AND_EASTER_MONDAYS, '2026-04-02'];
    const withHolidays = parsed(office('holidays: GB-ENG', outages));
    const without = parsed(office('exceptions: []', outages));
    const m = computeMetrics(withHolidays, simulate(withHolidays, 'hand'))[0]!;
    expect(m.outages.map((o) => [o.durationMinutes, o.minutesInAgreedHours])).toEqual([
      [120, 120], // Thursday 2 April 2026, an ordinary day
      [120, 0], // Good Friday 2026
      [120, 0], // Easter Monday 2026
      [120, 0], // Good Friday 2027
      [120, 0], // Easter Monday 2027
    ]);
    expect(m.downtimeInAgreedHoursMinutes).toBe(120);
    // Without the holiday set each of the five outages falls in agreed hours.
    expect(
      computeMetrics(without, simulate(without, 'hand'))[0]!.downtimeInAgreedHoursMinutes,
    ).toBe(600);
    // The fast path reads the same calendar: the same metrics.
    expect(simulateFast(withHolidays, 'hand').metrics).toEqual([m]);
  });

  it('an exception on a holiday overrides it: open on Good Friday, a short day on Easter Monday', () => {
    const scenario = parsed(
      office(
        [
          'holidays: GB-ENG',
          'exceptions:',
          '  - { date: 2026-04-03, hours: "09:00-17:00", note: Audit day }',
          '  - { date: 2026-04-06, hours: "09:00-12:00" }',
        ].join('\n'),
        ['2026-04-03', '2026-04-06'],
      ),
    );
    expect(dated(scenario)).toEqual([
      '2026-04-03: 09:00-17:00 (Audit day)',
      '2026-04-06: 09:00-12:00',
    ]);
    const holidays = dated(scenario, 'holiday');
    expect(holidays.some((d) => d.startsWith('2026-04-03') || d.startsWith('2026-04-06'))).toBe(
      false,
    );
    expect(holidays).toContain('2027-03-26: closed (Good Friday (GB-ENG))');
    // Open all day on Good Friday: 120 min; open until 12:00 on Easter Monday: 10:00-12:00, 120 min.
    const m = computeMetrics(scenario, simulate(scenario, 'hand'))[0]!;
    expect(m.outages.map((o) => o.minutesInAgreedHours)).toEqual([120, 120]);
  });

  it('combines two sets: each holiday once, named with every set that has it; a part-day holiday closes the rest of its day', () => {
    const scenario = parsed(office('holidays: [DE-HE, gb-eng]'));
    const closed = dated(scenario, 'holiday').filter((d) => d < '2027');
    expect(closed).toEqual([
      "2026-01-01: closed (New Year's Day (DE-HE, GB-ENG))",
      '2026-04-03: closed (Good Friday (DE-HE, GB-ENG))',
      '2026-04-06: closed (Easter Monday (DE-HE, GB-ENG))',
      '2026-05-01: closed (Labour Day (DE-HE))',
      '2026-05-04: closed (Early May bank holiday (GB-ENG))',
      '2026-05-14: closed (Ascension Day (DE-HE))',
      '2026-05-25: closed (Whit Monday (DE-HE); Spring bank holiday (GB-ENG))',
      '2026-06-04: closed (Corpus Christi (DE-HE))',
      '2026-08-31: closed (Summer bank holiday (GB-ENG))',
      '2026-10-03: closed (National Holiday (DE-HE))',
      // A bank holiday from 14:00 (type bank): 09:00-17:00 becomes 09:00-14:00.
      '2026-12-24: 09:00-14:00 (Christmas Eve from 14:00 (DE-HE))',
      '2026-12-25: closed (Christmas Day (DE-HE, GB-ENG))',
      '2026-12-26: closed (Boxing Day (DE-HE, GB-ENG))',
      '2026-12-28: closed (Boxing Day (substitute day) (GB-ENG))',
      "2026-12-31: 09:00-14:00 (New Year's Eve from 14:00 (DE-HE))",
    ]);
  });

  it("a service's own calendar has its own holidays; the scenario's do not reach it", () => {
    const text = office(
      'holidays: GB-ENG',
      [],
      '    calendar: { agreedHours: { daily: "00:00-24:00" }, holidays: US-NY }',
    );
    const scenario = parsed(text);
    const own = scenario.services[0]!.calendar.exceptions.filter((e) => e.origin === 'holiday');
    expect(own.find((e) => e.date === '2026-07-03')).toEqual({
      date: '2026-07-03',
      windows: [],
      note: 'Independence Day (substitute day) (US-NY)',
      origin: 'holiday',
    });
    expect(own.some((e) => e.date === '2026-04-06')).toBe(false);
  });

  it('leaves the calendar as it was without holidays (no field added to the model)', () => {
    const scenario = parsed(office('exceptions: [{ date: 2026-04-03, closed: true }]'));
    expect(scenario.calendar.exceptions).toEqual([{ date: '2026-04-03', windows: [], note: null }]);
  });
});

describe('unknown holiday sets are refused with the place and a hint', () => {
  const errorsOf = (holidays: string) => {
    const result = parseScenario(office(`holidays: ${holidays}`), 'office.yaml');
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors;
  };

  it('an unknown country: the line of holidays:, and the closest code', () => {
    expect(errorsOf('UK')).toEqual([
      {
        severity: 'error',
        path: 'calendar.holidays',
        line: 7,
        column: 13,
        message: 'unknown holiday set "UK": no country has that code',
        hint: 'did you mean GB (United Kingdom)?',
      },
    ]);
    expect(errorsOf('England')[0]?.hint).toBe('did you mean GB-ENG (England)?');
  });

  it('an unknown region: the item in the list, the closest region and the regions of the country', () => {
    expect(errorsOf('[DE-HE, GB-ENGL]')).toEqual([
      {
        severity: 'error',
        path: 'calendar.holidays[1]',
        line: 7,
        column: 21,
        message: 'United Kingdom (GB) has no region ENGL',
        hint: 'did you mean GB-ENG? the regions of GB: GB-ALD Alderney, GB-ENG England, GB-NIR Northern Ireland, GB-SCT Scotland, GB-WLS Wales; or GB for the whole country',
      },
    ]);
    expect(errorsOf('DE-Hessen')[0]?.hint).toMatch(
      /^did you mean DE-HE\? the regions of DE: DE-BB Brandenburg, DE-BE Berlin, /,
    );
  });

  it('not a name at all: what a set looks like', () => {
    expect(errorsOf('42')[0]).toMatchObject({
      path: 'calendar.holidays',
      message: 'expected a holiday set name or a list of them, got 42',
    });
    expect(errorsOf('"GB--ENG"')[0]).toMatchObject({
      message: '"GB--ENG" is not a holiday set name',
    });
  });

  it('readHolidaySet accepts any case and "." between the parts, and gives the canonical code', () => {
    for (const typed of ['gb-eng', 'GB.ENG', ' Gb-Eng '])
      expect(readHolidaySet(typed)).toMatchObject({ ok: true, value: { code: 'GB-ENG' } });
    expect(readHolidaySet('de-by-a')).toMatchObject({
      ok: true,
      value: { code: 'DE-BY-A', country: 'DE', state: 'BY', region: 'A' },
    });
    expect(readHolidaySet('ck-aitutaki')).toMatchObject({
      ok: true,
      value: { code: 'CK-Aitutaki' },
    });
  });
});

describe('a holiday as closures of local days', () => {
  it('closedSpan(date, duration): a whole day, a day from 14:00, several days, a DST hour, an evening start', () => {
    expect(closedSpan('2026-04-03 00:00:00', DAY)).toEqual({
      day: Date.UTC(2026, 3, 3),
      from: 0,
      to: DAY,
    });
    expect(closedSpan('2026-12-24 14:00:00', 10 * H)).toMatchObject({ from: 14 * H, to: DAY });
    expect(closedSpan('2026-08-01 00:00:00', 72 * H)).toMatchObject({ from: 0, to: 3 * DAY });
    // 26 October 2025 in Austria has 25 hours; 31 March 2024 in Albania 23.
    expect(closedSpan('2025-10-26 00:00:00', 25 * H)).toMatchObject({ from: 0, to: DAY });
    expect(closedSpan('2024-03-31 00:00:00', 23 * H)).toMatchObject({ from: 0, to: DAY });
    // Eid from sunset the evening before for 3 days (72 h, or 71 across a DST change):
    // its three civil days, not the evening before.
    expect(closedSpan('2026-03-20 00:00:00 -0600', 72 * H)).toMatchObject({ from: 0, to: 3 * DAY });
    expect(closedSpan('2025-03-30 00:00:00 -0600', 71 * H)).toMatchObject({ from: 0, to: 3 * DAY });
    expect(closedSpan('not a date', DAY)).toBeNull();
  });

  it('yearsOf(start, horizon): the years a run touches, a day either side to spare', () => {
    expect(yearsOf(Date.UTC(2026, 0, 5), 365 * DAY)).toEqual({ first: 2026, last: 2027 });
    expect(yearsOf(Date.UTC(2026, 5, 1), 30 * DAY)).toEqual({ first: 2026, last: 2026 });
    // The last hour of 2026: 1 January 2027 is kept (read in another offset it may be in the run).
    expect(yearsOf(Date.UTC(2026, 11, 31, 23), H)).toEqual({ first: 2026, last: 2027 });
  });

  it('withoutIntervals(windows, closed) cuts the closed hours out of the day', () => {
    const day = [
      { from: 9 * H, to: 12 * H },
      { from: 13 * H, to: 17 * H },
    ];
    expect(withoutIntervals(day, [{ start: 14 * H, end: DAY }])).toEqual([
      { from: 9 * H, to: 12 * H },
      { from: 13 * H, to: 14 * H },
    ]);
    expect(withoutIntervals(day, [{ start: 0, end: DAY }])).toEqual([]);
    expect(withoutIntervals(day, [{ start: 10 * H, end: 11 * H }])).toEqual([
      { from: 9 * H, to: 10 * H },
      { from: 11 * H, to: 12 * H },
      { from: 13 * H, to: 17 * H },
    ]);
  });

  it('holidayNote lists each name once with its sets', () => {
    const c = (name: string, set: string, from = 0) => ({
      date: '2026-12-24',
      from,
      to: DAY,
      name,
      set,
    });
    expect(
      holidayNote([c('Christmas Eve', 'DE-HE', 14 * H), c('Christmas Eve', 'AT', 14 * H)]),
    ).toBe('Christmas Eve from 14:00 (DE-HE, AT)');
  });
});

describe('holidays in variants, version diffs and both readers', () => {
  it('a variant can change the holiday sets; the diff names each day that changes as a holiday', () => {
    const text = `${office('holidays: GB-ENG')}
variants:
  - name: scotland
    changes:
      calendar: { holidays: GB-SCT }`;
    const result = parseScenario(text, 'office.yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const variant = result.variants.find((v) => v.name === 'scotland')!.scenario;
    const lines = diffScenarios(result.scenario, variant)
      .map((c) => c.text)
      .filter((t) => t.includes('2026'));
    // The days both sets close (Good Friday, Christmas...) are no change, nor is 2 January
    // 2026 (a Scottish holiday before the run starts on 30 March).
    expect(lines).toEqual([
      'Agreed hours, holiday on 2026-04-06 removed: closed (Easter Monday (GB-ENG))',
      'Agreed hours, holiday on 2026-08-03 added: closed (Summer bank holiday (GB-SCT))',
      'Agreed hours, holiday on 2026-08-31 removed: closed (Summer bank holiday (GB-ENG))',
      'Agreed hours, holiday on 2026-11-30 added: closed (St Andrew’s Day (GB-SCT))',
    ]);
  });

  it('opening on a holiday reads as an exception replacing it', () => {
    const before = parsed(office('holidays: GB-ENG'));
    const after = parsed(
      office('holidays: GB-ENG\nexceptions: [{ date: 2026-04-03, hours: "09:00-12:00" }]'),
    );
    expect(diffScenarios(before, after).map((c) => c.text)).toEqual([
      'Agreed hours, exception on 2026-04-03: closed (Good Friday (GB-ENG)) → 09:00-12:00',
    ]);
  });

  it('the fast reader and the yaml library give the same result for holiday sets, good and bad', () => {
    for (const holidays of [
      'GB-ENG',
      '[DE-HE, GB-ENG]',
      '\n    - de-he\n    - UK',
      'US-XX',
      '{ a: 1 }',
    ])
      expect(parseScenario(office(`holidays: ${holidays}`), 'office.yaml')).toStrictEqual(
        parseScenario(office(`holidays: ${holidays}`), 'office.yaml', { reader: 'yaml' }),
      );
  });
});
