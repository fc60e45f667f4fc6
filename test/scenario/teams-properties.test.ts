import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreedIntervals } from '../../src/core/calendar.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { BASE_LINES } from './fixtures.ts';

const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A day's window from a pair of quarter hours, or none. */
const window = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 96 }))
  .map(([a, b]) => (a < b ? `${hhmm(a * 15)}-${hhmm(b * 15)}` : null));
const week = fc.array(window, { minLength: 7, maxLength: 7 });
const holidays = fc.subarray(['DE-HE', 'GB-ENG', 'US-NY', 'FR', 'AT'], { minLength: 0 });
const zone = fc.constantFrom(null, 'Europe/Berlin', 'America/New_York');

function scenarioText(days: (string | null)[], sets: string[], tz: string | null): string {
  const hours = days
    .map((w, d) => (w === null ? null : `${DAY_KEYS[d]}: "${w}"`))
    .filter((x) => x !== null)
    .join(', ');
  const lines = [...BASE_LINES];
  if (sets.length > 0) lines.splice(7, 0, `  holidays: [${sets.join(', ')}]`);
  if (tz !== null) lines.splice(3, 0, `timeZone: ${tz}`);
  const at = lines.indexOf('services:');
  lines.splice(
    at,
    0,
    'teams:',
    `  - { id: dba, hours: { ${hours} }, callOut: 30m-1h }`,
    '  - { id: desk, hours: always }',
  );
  return `${lines.join('\n')}\n`;
}

const weekdayOf = (date: string) => (new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7;

describe('team hours, for any weekly hours, holiday sets and time zone', () => {
  it("days off only take hours away: every day's exception lies inside the team's week, on a holiday or closed day", () => {
    fc.assert(
      fc.property(week, holidays, zone, (days, sets, tz) => {
        const text = scenarioText(days, sets, tz);
        const r = parseScenario(text);
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        const dba = r.scenario.teams?.[0];
        const business = new Map(r.scenario.calendar.exceptions.map((e) => [e.date, e]));
        for (const e of dba?.hours.exceptions ?? []) {
          const inWeek = dba?.hours.weekly[weekdayOf(e.date)] ?? [];
          for (const w of e.windows)
            expect(inWeek.some((x) => x.from <= w.from && w.to <= x.to)).toBe(true);
          // A holiday of the business (laid in from its sets), or its closed day.
          const day = business.get(e.date);
          expect(day?.origin === 'holiday' || day?.windows.length === 0).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a team with hours: always is at work for the whole run, across holidays and clock changes', () => {
    fc.assert(
      fc.property(holidays, zone, (sets, tz) => {
        const r = parseScenario(scenarioText([null, null, null, null, null, null, null], sets, tz));
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        const desk = r.scenario.teams?.[1];
        if (desk === undefined) throw new Error('no desk');
        expect(agreedIntervals(desk.hours, r.scenario, r.scenario.horizon)).toEqual([
          { start: 0, end: r.scenario.horizon },
        ]);
      }),
      { numRuns: 15 },
    );
  });

  it('the fast reader and the yaml library give the same result', () => {
    fc.assert(
      fc.property(week, holidays, zone, (days, sets, tz) => {
        const text = scenarioText(days, sets, tz);
        expect(parseScenario(text)).toStrictEqual(
          parseScenario(text, undefined, { reader: 'yaml' }),
        );
      }),
      { numRuns: 25 },
    );
  });
});
