import type { SavePoint, StoredScenario } from './records.ts';

/** Newest save point first; `number` breaks ties between save points made in the same ms. */
export const newestFirst = (a: SavePoint, b: SavePoint): number => b.number - a.number;

/** Most recently changed scenario first, then by name. */
export const recentFirst = (a: StoredScenario, b: StoredScenario): number =>
  b.updatedAt - a.updatedAt || a.name.localeCompare(b.name);

/** A moment as local `2026-05-03 14:02`, for the notes of automatic save points. */
export function localMinute(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  return `${date} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
