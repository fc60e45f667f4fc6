/**
 * Temporal itself as the oracle for core/zone.ts: the same questions (what offset, what local
 * time, which instants read a local time) answered by the polyfill's zone rules, with no code
 * of ours between. Local times are epoch ms as if UTC, as in core/civil.ts.
 */
import { Temporal } from 'temporal-polyfill';

/** A change of a zone's offset at UTC instant `at`, from `before` to `after` (ms). */
export interface Transition {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

const plainOf = (local: number): Temporal.PlainDateTime =>
  Temporal.Instant.fromEpochMilliseconds(local).toZonedDateTimeISO('UTC').toPlainDateTime();
const localOfPlain = (p: Temporal.PlainDateTime): number =>
  p.toZonedDateTime('UTC').epochMilliseconds;
const zonedAt = (zone: string, utc: number): Temporal.ZonedDateTime =>
  Temporal.Instant.fromEpochMilliseconds(utc).toZonedDateTimeISO(zone);

/** The offset in force at `utc`. */
export const offsetOf = (zone: string, utc: number): number =>
  zonedAt(zone, utc).offsetNanoseconds / 1e6;

/** The local time the zone's clocks show at `utc`. */
export const localOf = (zone: string, utc: number): number =>
  localOfPlain(zonedAt(zone, utc).toPlainDateTime());

/** The instants whose clocks show `local`, earliest first (`getPossibleInstantsFor`). */
export function readingsOf(zone: string, local: number): number[] {
  const plain = plainOf(local);
  const both = (['earlier', 'later'] as const).map((disambiguation) =>
    plain.toZonedDateTime(zone, { disambiguation }),
  );
  const exact = both.filter((z) => localOfPlain(z.toPlainDateTime()) === local);
  return [...new Set(exact.map((z) => z.epochMilliseconds))].sort((a, b) => a - b);
}

/** Temporal's default reading of `local` (`compatible`). */
export const compatibleOf = (zone: string, local: number): number =>
  plainOf(local).toZonedDateTime(zone).epochMilliseconds;

/** The first instant the clocks show `local`, or in a gap, the transition that skips it. */
export function firstOf(zone: string, local: number): number {
  const readings = readingsOf(zone, local);
  if (readings.length > 0) return readings[0]!;
  // Read at the offset before the jump, `local` is the jump itself or a moment after it.
  const later = plainOf(local).toZonedDateTime(zone, { disambiguation: 'later' });
  return zonedAt(zone, later.epochMilliseconds + 1).getTimeZoneTransition('previous')!
    .epochMilliseconds;
}

/** `YYYY-MM-DDTHH:MM±HH:MM` (with `:SS` when the seconds are not zero) at `utc`. */
export function zonedTextOf(zone: string, utc: number): string {
  const z = zonedAt(zone, utc);
  const p = z.toPlainDateTime();
  const seconds = p.second !== 0;
  return `${p.toString({ smallestUnit: seconds ? 'second' : 'minute', roundingMode: 'floor' })}${z.offset}`;
}

const transitionCache = new Map<string, Transition[]>();

/** The zone's transitions in [from, to], in order. */
export function transitionsOf(zone: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let z = zonedAt(zone, from);
  for (;;) {
    const next = z.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds > to) return out;
    out.push({
      at: next.epochMilliseconds,
      before: z.offsetNanoseconds / 1e6,
      after: next.offsetNanoseconds / 1e6,
    });
    z = next;
  }
}

/** Every transition of the zone from 2000 to 2040 (worked out once per zone). */
export function transitions2000to2040(zone: string): Transition[] {
  let known = transitionCache.get(zone);
  if (known === undefined)
    transitionCache.set(
      zone,
      (known = transitionsOf(zone, Date.UTC(1999, 11, 25), Date.UTC(2041, 0, 5))),
    );
  return known;
}

/** The local date of `local`, for its weekday (`dayOfWeek`: Monday = 1). */
export const plainDateOf = (local: number): Temporal.PlainDate => plainOf(local).toPlainDate();
