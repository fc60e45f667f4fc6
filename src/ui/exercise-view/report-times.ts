/**
 * The after-action report's times, to the minute, the way the exercise clock, the participants'
 * window and the facilitator's log show them: the seconds are cut (`2026-01-30T11:37:40` reads
 * `2026-01-30T11:37`), so an event has the same minute in the room and in the report. Cutting
 * (not rounding) also never names a local time the clocks skip (01:59:45 before a spring change
 * stays 01:59). The offset is kept; the report's data keeps the exact times.
 */
const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):\d{2}(?:\.\d+)?(.*)$/;

export function minuteStamp(text: string): string {
  const m = STAMP.exec(text);
  return m === null ? text : `${m[1]}${m[2]}`;
}
