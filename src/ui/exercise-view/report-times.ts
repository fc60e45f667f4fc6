/**
 * The after-action report's times, to the minute: a stamp with seconds
 * (`2026-01-30T11:37:40`, or with its UTC offset) is rounded to the nearest minute
 * (`2026-01-30T11:38`), the offset kept. The report's data keeps the exact times.
 */
const STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(.*)$/;

export function minuteStamp(text: string): string {
  const m = STAMP.exec(text);
  if (m === null) return text;
  const [, y, mo, d, h, mi, s, rest] = m;
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), 0);
  const rounded = t + Math.round(Number(s) / 60) * 60_000;
  return new Date(rounded).toISOString().slice(0, 16) + rest;
}
