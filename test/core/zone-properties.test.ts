/**
 * The zone arithmetic of core/zone.ts proved against Temporal itself (test/support/zone-oracle.ts)
 * in zones chosen for their awkward changes (test/support/zone-runs.ts): Lord Howe's 30-minute
 * daylight saving, clocks that change at midnight (Santiago, Havana, Beirut, São Paulo) or show
 * midnight twice (Havana, Azores), Apia's skipped day, Casablanca's Ramadan changes, Troll's
 * two-hour change, Casey's three-hour ones, and Kolkata, which never changes. First cases worked
 * out by hand; then the properties. (Agreed hours and demand: zone-wall-clock.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { days, hours, MS_PER_DAY as D, MS_PER_HOUR as H } from '../../src/core/time.ts';
import {
  dayStartAt,
  formatZonedAt,
  instantOf,
  instantsOf,
  localAt,
  nextOffsetChange,
  offsetAt,
  offsetChanges,
  readingsOf,
  simAt,
  startShiftedBy,
} from '../../src/core/zone.ts';
import * as temporal from '../support/zone-oracle.ts';
import {
  clockOf,
  fractions,
  MIN,
  oracleOf,
  probeLocals,
  probeTimes,
  runs,
  shifts,
} from '../support/zone-runs.ts';

describe('a local time the clocks skip (found by the properties)', () => {
  // New York, Sunday 8 March 2026: 02:00 EST becomes 03:00 EDT (07:00 UTC). The run starts
  // Saturday 00:00 EST (05:00 UTC), so the jump is 26 h in.
  const ny = clockOf('America/New_York', Date.UTC(2026, 2, 7), days(3));
  const sunday = (h: number, m = 0) => Date.UTC(2026, 2, 8, h, m);

  it('lays a skipped time at the jump, so simAt never goes back; written times stay Temporal-compatible', () => {
    expect(simAt(ny, sunday(1, 59)) / MIN).toBe(25 * 60 + 59);
    expect([sunday(2), sunday(2, 30), sunday(3)].map((l) => simAt(ny, l) / H)).toEqual([
      26, 26, 26,
    ]);
    expect(simAt(ny, sunday(3, 1)) / MIN).toBe(26 * 60 + 1);
    // A time written in a file (refused there if skipped) keeps Temporal's default reading.
    expect((instantOf(ny.timeZone, sunday(2, 30)) - Date.UTC(2026, 2, 7, 5)) / H).toBe(26.5);
  });
});

describe('a local midnight the clocks show twice', () => {
  // Havana, Sunday 1 November 2026: at 01:00 CDT (05:00 UTC) the clocks go back to 00:00 CST,
  // so midnight is shown at 04:00 and again at 05:00 UTC. The run starts Saturday 00:00 CDT
  // (04:00 UTC on 31 October).
  const havana = clockOf('America/Havana', Date.UTC(2026, 9, 31), days(3));

  it('begins the day at the first, so the Sunday lasts 25 h', () => {
    expect(dayStartAt(havana, hours(24.5)) / H).toBe(24); // 00:30 CDT, the first pass
    expect(dayStartAt(havana, hours(25.5)) / H).toBe(24); // 00:30 CST, the second pass
    expect(dayStartAt(havana, hours(48.5)) / H).toBe(24); // Sunday 23:30 CST
    expect(dayStartAt(havana, hours(49.5)) / H).toBe(49); // Monday 00:00 CST is 05:00 UTC
  });

  it('starts a window of the run there with the same clock (as BIA runs and exercises do)', () => {
    const window = { ...startShiftedBy(havana, hours(24)), timeZone: havana.timeZone };
    expect(window.start).toBe('2026-11-01T00:00');
    for (const x of [0, 0.5, 1, 1.5, 2, 30].map(hours))
      expect(localAt(window, x)).toBe(localAt(havana, hours(24) + x));
    expect(formatZonedAt(window, hours(1.5))).toBe('2026-11-01T00:30-05:00');
  });
});

describe('core/zone.ts against Temporal (property)', () => {
  it('reads offsets, local times and the instants of local times as Temporal does', () => {
    fc.assert(
      fc.property(runs(days(3 * 365)), fractions, shifts, (run, fs, ds) => {
        const s = clockOf(run.zone, run.start, run.horizon);
        const { start, changes } = oracleOf(run);
        const times = probeTimes(run, start, changes, fs);
        for (const t of times) {
          expect(offsetAt(s.timeZone, start + t)).toBe(temporal.offsetOf(run.zone, start + t));
          expect(localAt(s, t)).toBe(temporal.localOf(run.zone, start + t));
          expect(formatZonedAt(s, t)).toBe(temporal.zonedTextOf(run.zone, start + t));
        }
        for (const l of probeLocals(run, times, start, changes, ds)) {
          const readings = temporal.readingsOf(run.zone, l);
          expect(instantsOf(s.timeZone, l)).toEqual(readings);
          expect(readingsOf(s, l)).toEqual(readings.map((u) => u - start));
          expect(instantOf(s.timeZone, l)).toBe(temporal.compatibleOf(run.zone, l));
          expect(simAt(s, l)).toBe(temporal.firstOf(run.zone, l) - start);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('lists the changes of the run, and the next one after any time, as Temporal does', () => {
    fc.assert(
      fc.property(runs(days(3 * 365)), fractions, (run, fs) => {
        const s = clockOf(run.zone, run.start, run.horizon);
        const { start, changes } = oracleOf(run);
        const inRun = changes.filter((c) => c.at >= start - D && c.at < start + run.horizon + D);
        expect(offsetChanges(s, -D, run.horizon + D)).toEqual(
          inRun.map((c) => ({ t: c.at - start, before: c.before, after: c.after })),
        );
        for (const t of probeTimes(run, start, changes, fs)) {
          const next = changes.find((c) => c.at > start + t);
          if (next !== undefined && next.at <= start + run.horizon)
            expect(nextOffsetChange(s, t)).toBe(next.at - start);
          else expect(nextOffsetChange(s, t)).toBeGreaterThan(run.horizon);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('round trips and order (property)', () => {
  it('reads back every local time the clocks show once; simAt never decreases as local time grows', () => {
    fc.assert(
      fc.property(runs(days(60)), fractions, shifts, (run, fs, ds) => {
        const s = clockOf(run.zone, run.start, run.horizon);
        const { start, changes } = oracleOf(run);
        const locals = probeLocals(run, probeTimes(run, start, changes, fs), start, changes, ds);
        for (const l of locals)
          if (readingsOf(s, l).length === 1) expect(localAt(s, simAt(s, l))).toBe(l);
        const sorted = [...locals].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++)
          expect(simAt(s, sorted[i]!)).toBeGreaterThanOrEqual(simAt(s, sorted[i - 1]!));
      }),
      { numRuns: 60 },
    );
  });

  it('moves local time back only across a change that sets the clocks back', () => {
    fc.assert(
      fc.property(runs(days(60)), fractions, (run, fs) => {
        const s = clockOf(run.zone, run.start, run.horizon);
        const { start, changes } = oracleOf(run);
        const times = [...new Set(probeTimes(run, start, changes, fs))].sort((a, b) => a - b);
        for (let i = 1; i < times.length; i++) {
          const [a, b] = [times[i - 1]!, times[i]!];
          const back = offsetChanges(s, a + 1, b + 1).some((c) => c.after < c.before);
          if (!back) expect(localAt(s, b)).toBeGreaterThanOrEqual(localAt(s, a));
          if (localAt(s, b) < localAt(s, a)) expect(back).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives no reading only in a gap and two only in an overlap', () => {
    fc.assert(
      fc.property(runs(days(60)), fractions, shifts, (run, fs, ds) => {
        const s = clockOf(run.zone, run.start, run.horizon);
        const { start, changes } = oracleOf(run);
        for (const l of probeLocals(run, probeTimes(run, start, changes, fs), start, changes, ds)) {
          const within = (c: temporal.Transition, lo: number, hi: number) =>
            c.at + lo <= l && l < c.at + hi;
          const gap = changes.some((c) => c.after > c.before && within(c, c.before, c.after));
          const overlap = changes.some((c) => c.after < c.before && within(c, c.after, c.before));
          expect(readingsOf(s, l)).toHaveLength(gap ? 0 : overlap ? 2 : 1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('begins a window of the run at the first moment of a local date and keeps the scenario\u2019s clock', () => {
    fc.assert(
      fc.property(runs(days(60)), fractions, fractions, (run, at, after) => {
        const s = clockOf(run.zone, run.start, run.horizon);
        const { start } = oracleOf(run);
        for (const f of at) {
          const t = Math.floor(f * run.horizon);
          const shift = dayStartAt(s, t);
          const midnight = Math.floor(temporal.localOf(run.zone, start + t) / D) * D;
          expect(shift).toBe(temporal.firstOf(run.zone, midnight) - start);
          const window = { ...startShiftedBy(s, shift), timeZone: s.timeZone };
          for (const g of after) {
            const x = Math.floor(g * (run.horizon - shift));
            expect(localAt(window, x)).toBe(localAt(s, shift + x));
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
