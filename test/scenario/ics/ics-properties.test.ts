import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readIcs } from '../../../src/scenario/ics/index.ts';
import { ics, options, preview } from './ics-helpers.ts';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5); // a Monday
const compact = (epoch: number) => new Date(epoch).toISOString().slice(0, 10).replace(/-/g, '');
const iso = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);
const isWeekday = (epoch: number) => new Date(epoch).getUTCDay() % 6 !== 0;

describe('iCalendar import: properties', () => {
  it('all-day closures become entries that cover exactly the weekdays they close, each once, in order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 80 }),
            length: fc.integer({ min: 1, max: 5 }),
          }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (events) => {
          const text = ics(
            ...events.flatMap((e, i) => [
              'BEGIN:VEVENT',
              `UID:e${i}`,
              `DTSTART;VALUE=DATE:${compact(START + e.day * DAY)}`,
              `DTEND;VALUE=DATE:${compact(START + (e.day + e.length) * DAY)}`,
              'SUMMARY:Closed',
              'END:VEVENT',
            ]),
          );
          const closed = new Set<string>();
          for (const e of events)
            for (let d = e.day; d < e.day + e.length; d++)
              if (isWeekday(START + d * DAY)) closed.add(iso(START + d * DAY));
          const p = preview(text, options('2026-01-05', 120));
          const covered: string[] = [];
          for (const row of p.rows) {
            expect(row.closed).toBe(true);
            const to = Date.parse(row.to ?? row.date);
            for (let d = Date.parse(row.date); d <= to; d += DAY) covered.push(iso(d));
          }
          // Covered once each, in date order, and only the closed weekdays (the weekend is closed anyway).
          expect(covered).toEqual([...closed].sort());
          expect(p.changed).toBe(closed.size);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a timed closure takes out exactly its overlap with the agreed hours, never more', () => {
    const minute = 60_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.integer({ min: 1, max: 24 * 60 }),
        (from, length) => {
          const to = Math.min(24 * 60, from + length);
          const at = (m: number) =>
            `${compact(START)}T${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}00`;
          const end = to === 24 * 60 ? `${compact(START + DAY)}T000000` : at(to);
          const p = preview(
            ics('BEGIN:VEVENT', 'UID:t', `DTSTART:${at(from)}`, `DTEND:${end}`, 'END:VEVENT'),
            options('2026-01-05', 7),
          );
          const overlap = Math.max(0, Math.min(to, 16 * 60) - Math.max(from, 9 * 60));
          const day = p.days[0];
          if (overlap === 0) {
            expect(p.days).toEqual([]);
            return;
          }
          const left = (day?.after ?? []).reduce((s, w) => s + (w.to - w.from) / minute, 0);
          expect(left).toBe(7 * 60 - overlap);
          for (const w of day?.after ?? []) {
            expect(w.from).toBeGreaterThanOrEqual(9 * 60 * minute);
            expect(w.to).toBeLessThanOrEqual(16 * 60 * minute);
            expect(w.to <= from * minute || w.from >= to * minute).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('readIcs never throws: any text is read, or refused at a line of the file', () => {
    const pieces = fc.constantFrom(
      'BEGIN:VCALENDAR',
      'END:VCALENDAR',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'DTSTART:20260105T090000',
      'DTSTART;VALUE=DATE:20261224',
      'DTEND:20260105T100000',
      'RRULE:FREQ=WEEKLY;COUNT=3',
      'RRULE:FREQ=',
      'EXDATE:20260112T090000',
      'RECURRENCE-ID:20260112T090000',
      'SUMMARY:x',
      ' folded',
      'garbage',
      'DTSTART;TZID="Europe/London":2026',
      '',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), (lines) => {
        const text = lines.join('\r\n');
        const r = readIcs(text);
        if (r.ok) return;
        expect(r.problem.message).not.toBe('');
        expect(r.problem.hint).not.toBe('');
        if (r.problem.line !== null) {
          expect(r.problem.line).toBeGreaterThanOrEqual(1);
          expect(r.problem.line).toBeLessThanOrEqual(Math.max(1, lines.length));
        }
      }),
      { numRuns: 500 },
    );
  });
});
