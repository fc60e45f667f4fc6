/**
 * The scenario's `timeZone:`: an IANA name checked against the zone data of the Temporal
 * polyfill (the host's Intl data, the same in Node and Chromium), and its rules over the run
 * resolved into the model's plain `TimeZone` (core/zone.ts does the arithmetic).
 */
import { Temporal } from 'temporal-polyfill';
import type { TimeZone } from '../core/model.ts';
import { formatLocal } from '../core/civil.ts';
import { formatOffset, instantsOf, offsetAt } from '../core/zone.ts';
import { formatDuration, MS_PER_DAY } from '../core/time.ts';
import { closest } from './suggest.ts';
import type { Parsed } from './units.ts';

const EXAMPLES = 'Europe/London, America/New_York, Asia/Kolkata';

/**
 * Where zone names and rules worked out earlier may be kept beyond this process (the command
 * line keeps them beside its build, src/cli/derived-store.ts, for one build and one Node, hence
 * one set of zone data): a name or span found there needs no Intl (whose first use costs
 * ~15 ms). Only what this module worked out is kept, and only what was valid.
 */
export interface ZoneStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

let store: ZoneStore | null = null;

export function setZoneStore(s: ZoneStore | null): void {
  store = s;
}

/** A TimeZone as resolveTimeZone makes it, read back from a store (anything else is not trusted). */
function isTimeZone(value: unknown): value is TimeZone {
  const z = value as TimeZone | null;
  return (
    z !== null &&
    typeof z === 'object' &&
    typeof z.name === 'string' &&
    typeof z.offset === 'number' &&
    Array.isArray(z.changes) &&
    (z.changes as readonly unknown[]).every((c) => {
      const change = c as TimeZone['changes'][number] | null;
      return typeof change?.at === 'number' && typeof change.offset === 'number';
    })
  );
}

/** Every zone name the host knows (empty where Intl cannot list them). */
function knownZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

/** The canonical spelling of a zone name, or why it is not one. */
export function parseTimeZoneName(input: unknown): Parsed<string> {
  const text = typeof input === 'string' ? input.trim() : '';
  const hint = (near: string | null) =>
    near !== null
      ? `did you mean ${near}? (an IANA time zone name)`
      : `use an IANA time zone name, e.g. ${EXAMPLES}; leave timeZone out for a fixed clock`;
  if (text === '') return { ok: false, message: 'expected a time zone name', hint: hint(null) };
  const key = `name:${text}`;
  const known = store?.get(key);
  if (typeof known === 'string') return { ok: true, value: known };
  try {
    const id = Temporal.PlainDateTime.from('2026-01-01T00:00').toZonedDateTime(text).timeZoneId;
    store?.set(key, id);
    return { ok: true, value: id };
  } catch {
    return {
      ok: false,
      message: `unknown time zone ${JSON.stringify(text)}`,
      hint: hint(closest(text, knownZones())),
    };
  }
}

/**
 * The zone's offset and its changes around a run from the local start `startLocal` (epoch ms
 * as if UTC) for `horizon`: from three days before (the engine reads the date before the start,
 * and core/zone.ts looks a day either side of a local time) to two days after.
 */
export function resolveTimeZone(name: string, startLocal: number, horizon: number): TimeZone {
  const key = `rules:${name}:${startLocal}:${horizon}`;
  const known = store?.get(key);
  if (isTimeZone(known)) return known;
  const zone = zoneRules(name, startLocal, horizon);
  store?.set(key, zone);
  return zone;
}

function zoneRules(name: string, startLocal: number, horizon: number): TimeZone {
  const nanos = (ms: number) => BigInt(ms) * 1_000_000n;
  const from = startLocal - 3 * MS_PER_DAY;
  const to = startLocal + horizon + 2 * MS_PER_DAY;
  let zdt = Temporal.Instant.fromEpochNanoseconds(nanos(from)).toZonedDateTimeISO(name);
  const offset = zdt.offsetNanoseconds / 1e6;
  const changes: { at: number; offset: number }[] = [];
  for (;;) {
    const next = zdt.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds > to) break;
    changes.push({ at: next.epochMilliseconds, offset: next.offsetNanoseconds / 1e6 });
    zdt = next;
  }
  return { name: zdt.timeZoneId, offset, changes };
}

/** A local date-time that does not read once on the zone's clocks, and what to write instead. */
export interface Misreading {
  readonly kind: 'skipped' | 'twice';
  readonly message: string;
  readonly hint: string;
}

/**
 * Whether `local` (epoch ms as if UTC, written `text`) exists once in the zone: null if it
 * does; otherwise the reason, with the two readings a person may have meant.
 */
export function misreading(zone: TimeZone, local: number, text: string): Misreading | null {
  const readings = instantsOf(zone, local);
  if (readings.length === 1) return null;
  if (readings.length === 0) {
    // The clocks jump over it. Read at the offset before the jump, that moment shows later on
    // the clocks; read at the offset after it, earlier.
    const before = offsetAt(zone, local - MS_PER_DAY);
    const after = offsetAt(zone, local + MS_PER_DAY);
    const later = formatLocal(local - before + after);
    const earlier = formatLocal(local - after + before);
    const gap = (after - before) / 60_000;
    return {
      kind: 'skipped',
      message: `${text} does not exist in ${zone.name}: the clocks go forward ${gap} min that night and never show it`,
      hint: `write ${later} (${text} at UTC${formatOffset(before)}, as the clocks show it after the change) or ${earlier} (${text} at UTC${formatOffset(after)}, before it)`,
    };
  }
  const first = formatOffset(local - readings[0]!);
  const second = formatOffset(local - readings[1]!);
  const apart = formatDuration(readings[1]! - readings[0]!);
  return {
    kind: 'twice',
    message: `${text} happens twice in ${zone.name} (the clocks go back that night): it is read as the first, UTC${first}`,
    hint: `to say which, add the offset: ${text}${first} (the first) or ${text}${second} (the second, ${apart} later)`,
  };
}
