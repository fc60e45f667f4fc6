/**
 * The countries whose holiday data a scenario text needs: every set named under a `holidays:` key
 * anywhere in it (the calendar, variants), read as holiday-sets.ts reads them. The browser loads
 * these countries' data before it parses the scenario. A name that is not a valid set is left to
 * the parser, which reports it.
 */
import { readHolidaySet } from './holiday-sets.ts';
import { readText } from './read-text.ts';

function collect(value: unknown, out: Set<string>, depth: number): void {
  if (depth > 64 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'holidays') {
      for (const name of Array.isArray(inner) ? inner : [inner]) {
        if (typeof name !== 'string') continue;
        const read = readHolidaySet(name);
        if (read.ok) out.add(read.value.country);
      }
    } else collect(inner, out, depth + 1);
  }
}

/** The country codes (sorted, each once) of the holiday sets a scenario text names. */
export function holidayCountriesOf(text: string, fileName?: string): string[] {
  // Most scenarios name no holidays: no need to read them twice.
  if (!text.includes('holidays')) return [];
  const read = readText(text, fileName);
  if (!read.ok) return [];
  const out = new Set<string>();
  collect(read.value, out, 0);
  return [...out].sort();
}
