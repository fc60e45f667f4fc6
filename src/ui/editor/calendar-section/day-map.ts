/**
 * Day maps in the file (`agreedHours`, `weekdays`): read them into seven Monday-first slots,
 * and write seven slots back compactly, identical consecutive days as one key (`mon-fri`).
 */
import { DAY_NAMES, parseDayKey } from '../../../scenario/day-keys.ts';

export type Slots<T> = readonly (T | undefined)[];

/** The seven slots of a day map (undefined = not listed); keys that do not parse are skipped. */
export function readDayMap(raw: unknown): unknown[] {
  const slots: unknown[] = Array.from({ length: 7 }, () => undefined);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return slots;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const days = parseDayKey(key);
    if (days.ok) for (const day of days.value) slots[day] = value;
  }
  return slots;
}

/** The keys of the map, each with the days (0 = Monday) it covers. */
export function dayKeysOf(raw: unknown): { key: string; days: number[] }[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return Object.keys(raw).map((key) => {
    const days = parseDayKey(key);
    return { key, days: days.ok ? days.value : [] };
  });
}

/**
 * Seven slots as a day map: runs of equal consecutive days become `mon-fri`, a lone day `sat`,
 * all seven equal `daily`; undefined slots are left out.
 */
export function compactDayMap<T>(slots: Slots<T>): Record<string, T> {
  const out: Record<string, T> = {};
  const first = slots[0];
  if (first !== undefined && slots.length === 7 && slots.every((s) => s === first)) {
    out['daily'] = first;
    return out;
  }
  let from = 0;
  while (from < 7) {
    const value = slots[from];
    let to = from;
    while (to + 1 < 7 && slots[to + 1] === value) to++;
    if (value !== undefined) {
      const name = (d: number) => DAY_NAMES[d] ?? '';
      out[from === to ? name(from) : `${name(from)}-${name(to)}`] = value;
    }
    from = to + 1;
  }
  return out;
}
