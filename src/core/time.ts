/**
 * Simulated time. Everything in the engine is measured in milliseconds since the
 * scenario's start, in scenario-local time (no time zones, no daylight saving).
 */
export type SimTime = number & { readonly __unit: 'SimTime' };
/** A length of simulated time in milliseconds. */
export type Duration = number & { readonly __unit: 'Duration' };

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

export const simTime = (ms: number): SimTime => ms as SimTime;
export const ms = (value: number): Duration => value as Duration;
export const seconds = (n: number): Duration => (n * 1000) as Duration;
export const minutes = (n: number): Duration => (n * MS_PER_MINUTE) as Duration;
export const hours = (n: number): Duration => (n * MS_PER_HOUR) as Duration;
export const days = (n: number): Duration => (n * MS_PER_DAY) as Duration;

export const toMinutes = (d: number): number => d / MS_PER_MINUTE;
export const toHours = (d: number): number => d / MS_PER_HOUR;

/** Formats a duration the way people write it in scenario files: `1h30m`, `45m`, `2d4h`. */
export function formatDuration(d: number): string {
  if (!Number.isFinite(d)) return '∞';
  if (d === 0) return '0m';
  const sign = d < 0 ? '-' : '';
  let rest = Math.round(Math.abs(d) / 1000);
  const parts: string[] = [];
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ];
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return sign + (parts.length ? parts.join('') : '0s');
}
