/**
 * Local times written with their UTC offset (`2026-10-25T01:30+01:00`, see
 * analysis/local-stamp.ts) as people read them: `2026-10-25 01:30 BST`, or `01:30 BST`. A time
 * without an offset reads as before (`2026-10-25 01:30`).
 */
import { parseLocal } from '../core/civil.ts';
import { abbreviationOf } from '../charts/zone-abbreviation.ts';

const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:([+-])(\d{2}):(\d{2}))?$/;

/** The local part of a stamp and the zone's abbreviation, if it has an offset and a zone. */
export function readStamp(
  text: string,
  zone: string | null | undefined,
): { local: string; abbreviation: string | null } {
  const m = STAMP.exec(text);
  if (m === null || m[2] === undefined || !zone)
    return { local: m?.[1] ?? text, abbreviation: null };
  const offset = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4])) * 60_000;
  const utc = parseLocal(m[1]!) - offset;
  return { local: m[1]!, abbreviation: abbreviationOf(zone, utc, offset) };
}

const withZone = (text: string, abbreviation: string | null): string =>
  abbreviation === null ? text : `${text} ${abbreviation}`;

/** `2026-10-25 01:30 BST` (date and time; the seconds too when not on the minute). */
export function stampWhen(text: string, zone: string | null | undefined): string {
  const { local, abbreviation } = readStamp(text, zone);
  return withZone(local.replace('T', ' '), abbreviation);
}

/** `01:30 BST`; with `exact` the seconds too when not on the minute (`16:29:53`). */
export function stampTime(text: string, zone: string | null | undefined, exact = false): string {
  const { local, abbreviation } = readStamp(text, zone);
  return withZone(exact ? local.slice(11) : local.slice(11, 16), abbreviation);
}
