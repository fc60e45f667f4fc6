/**
 * Reading the scenario file's data defensively, for the form sections: the data is whatever
 * the person has typed so far (a list where a mapping belongs, a number where text belongs),
 * so every reader returns something renderable and never throws.
 */

export type Rec = Readonly<Record<string, unknown>>;

/** The value as a mapping, or null when it is not one. */
export const record = (value: unknown): Rec | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Rec) : null;

/** The value as a list (empty when it is not one). */
export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Text for an input: strings as they are, numbers and booleans as written, anything else empty. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The items of the list at `key` of `value` that are mappings, with their index in the list. */
export function items(value: unknown, key: string): { index: number; item: Rec }[] {
  return list(record(value)?.[key]).flatMap((entry, index) => {
    const item = record(entry);
    return item ? [{ index, item }] : [];
  });
}

/** `base` followed by the first free number: `step-3` when step-1 and step-2 are taken. */
export function freshId(base: string, taken: Iterable<string>, from = 1): string {
  const used = new Set(taken);
  for (let n = Math.max(1, from); ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The value of a committed input: trimmed; empty means "remove the key" for optional fields. */
export const committed = (event: Event): string =>
  (event.target as HTMLInputElement | HTMLSelectElement).value.trim();
