/**
 * Runs for the zone properties (test/core/zone-*.test.ts): scenario clocks in zones chosen for
 * their awkward changes, started anywhere in 2000-2040 or near one of their changes, and the
 * times and local times worth looking at in each.
 */
import fc from 'fast-check';
import { days, MS_PER_DAY as D } from '../../src/core/time.ts';
import { resolveTimeZone } from '../../src/scenario/time-zone.ts';
import * as temporal from './zone-oracle.ts';

export const MIN = 60_000;
export const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'America/Sao_Paulo',
  'Atlantic/Azores',
  'Pacific/Apia',
  'Asia/Kolkata',
  'Africa/Casablanca',
  'Antarctica/Troll',
  'Antarctica/Casey',
] as const;

/** A scenario clock with the zone's rules resolved as the scenario reader resolves them. */
export function clockOf(zone: string, start: number, horizon: number) {
  return { startEpoch: start, timeZone: resolveTimeZone(zone, start, horizon) };
}

export const FROM_2000 = Date.UTC(2000, 0, 1);
export const TO_2040 = Date.UTC(2040, 11, 31);

export interface Run {
  readonly zone: string;
  /** The local start, whole minutes. */
  readonly start: number;
  readonly horizon: number;
}

/** A local start anywhere in 2000-2040, or (twice as often) within 3 days of one of the zone's changes. */
export function startIn(zone: string): fc.Arbitrary<number> {
  const anywhere = fc.integer({ min: FROM_2000 / MIN, max: TO_2040 / MIN }).map((m) => m * MIN);
  const changes = temporal.transitions2000to2040(zone).filter((c) => c.at >= FROM_2000);
  if (changes.length === 0) return anywhere;
  const near = fc
    .tuple(fc.constantFrom(...changes), fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }))
    .map(([c, m]) => (Math.floor((c.at + c.before) / MIN) + m) * MIN);
  return fc.oneof(anywhere, near, near);
}

/** Runs of up to `maxHorizon` (elapsed), weighted towards short ones. */
export const runs = (maxHorizon: number): fc.Arbitrary<Run> =>
  fc.constantFrom(...ZONES).chain((zone) =>
    fc.record({
      zone: fc.constant(zone),
      start: startIn(zone),
      horizon: fc.oneof(
        fc.integer({ min: 1, max: Math.min(maxHorizon, days(3)) / MIN }).map((m) => m * MIN),
        fc.integer({ min: 1, max: maxHorizon }),
      ),
    }),
  );

/** Everything the oracle knows of a run: its start instant and the changes around it. */
export function oracleOf(run: Run) {
  const start = temporal.compatibleOf(run.zone, run.start);
  const changes = temporal.transitionsOf(run.zone, start - 3 * D, start + run.horizon + 3 * D);
  return { start, changes };
}

/** Times of the run to look at: `fractions` of it, and around every change inside it. */
export function probeTimes(
  run: Run,
  start: number,
  changes: temporal.Transition[],
  fractions: number[],
) {
  const out = fractions.map((f) => Math.floor(f * run.horizon));
  for (const c of changes)
    for (const d of [-30 * MIN, -1, 0, 1, 30 * MIN]) {
      const t = c.at - start + d;
      if (t >= 0 && t <= run.horizon) out.push(t);
    }
  return out;
}

/**
 * Local times to look at: near the probe times, and at the edges of every gap and overlap; all
 * within a day of the run's local times, as far as the engine reads them (the days of agreed
 * hours and surges, the midnight before the start).
 */
export function probeLocals(
  run: Run,
  times: number[],
  start: number,
  changes: temporal.Transition[],
  shifts: number[],
) {
  const out = times.map(
    (t, i) => temporal.localOf(run.zone, start + t) + (shifts[i % shifts.length] ?? 0),
  );
  for (const c of changes)
    for (const edge of [c.at + c.before, c.at + c.after])
      for (const d of [-1, 0, 1, 15 * MIN]) out.push(edge + d);
  const first = temporal.localOf(run.zone, start) - D;
  const last = temporal.localOf(run.zone, start + run.horizon) + D;
  return out.filter((l) => l >= first && l <= last);
}

export const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
  minLength: 4,
  maxLength: 12,
});
export const shifts = fc.array(
  fc.integer({ min: -3 * 60, max: 3 * 60 }).map((m) => m * MIN),
  { minLength: 1, maxLength: 6 },
);
