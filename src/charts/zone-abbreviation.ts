/**
 * What people call a zone's time at an instant: `BST` and `GMT` in London, `EDT` and `EST` in
 * New York, `IST` in Kolkata. The names come from the host's Intl data, which differs between
 * browsers and versions, so they are for people to read only: never in a trace, a fingerprint,
 * an export or anything compared between Node and a browser (those carry the UTC offset).
 */
import type { TimeZone } from '../core/model.ts';
import { offsetAt } from '../core/zone.ts';
import { formatOffset } from '../core/zone.ts';

/**
 * The locales asked, in turn, for a letter abbreviation: each knows its own country's (en-GB
 * BST, en-US EDT, en-IE IST for Dublin, en-AU AEST, en-IN IST for Kolkata, ...).
 */
const LOCALES = ['en-GB', 'en-US', 'en-IE', 'en-AU', 'en-NZ', 'en-CA', 'en-IN', 'en-ZA', 'en-SG'];

const formats = new Map<string, Intl.DateTimeFormat>();
const names = new Map<string, string>();

function formatFor(locale: string, zone: string): Intl.DateTimeFormat {
  const key = `${locale}|${zone}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    formats.set(key, format);
  }
  return format;
}

/** A name that is only an offset (`GMT+1`, `GMT-05:00`, `UTC+5:30`) is no abbreviation. */
const isOffsetName = (name: string): boolean => /^(GMT|UTC)[+\-−]/.test(name);

function abbreviationFromIntl(zone: string, utc: number): string | null {
  for (const locale of LOCALES) {
    try {
      const part = formatFor(locale, zone)
        .formatToParts(new Date(utc))
        .find((p) => p.type === 'timeZoneName')?.value;
      if (part !== undefined && part !== '' && !isOffsetName(part)) return part;
    } catch {
      return null; // a zone this host does not know: the offset says it
    }
  }
  return null;
}

/**
 * The abbreviation of the time of zone `zone` (an IANA name) at UTC instant `utc`, where its
 * offset is `offset` (ms): `BST`, or `UTC+05:45` where no locale has a letter one. Per zone and
 * offset, asked of Intl once.
 */
export function abbreviationOf(zone: string, utc: number, offset: number): string {
  const key = `${zone}|${offset}`;
  let name = names.get(key);
  if (name === undefined) {
    name = abbreviationFromIntl(zone, utc) ?? `UTC${formatOffset(offset)}`;
    names.set(key, name);
  }
  return name;
}

/** The abbreviation of the zone's time at UTC instant `utc` (`BST`). */
export const zoneAbbreviation = (zone: TimeZone, utc: number): string =>
  abbreviationOf(zone.name, utc, offsetAt(zone, utc));
