/**
 * How figures are written wherever people read them (the app's views, the continuity plan
 * document, the CLIs): minutes as `3 h 05 min`, money with its currency and no cents, whole
 * numbers with thousands separators. One place, so the document and the screen name the same
 * figure the same way.
 */

const integerFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** Minutes as `45 min` or `3 h 05 min`. */
export function minutesText(m: number): string {
  const total = Math.round(m);
  if (total < 0) return `−${minutesText(-total)}`;
  if (total < 60) return `${total} min`;
  const rest = total % 60;
  return rest
    ? `${Math.floor(total / 60)} h ${String(rest).padStart(2, '0')} min`
    : `${total / 60} h`;
}

/** One formatter per currency: making one costs ~0.1 ms, and a view writes dozens of sums. */
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function money(x: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    // Made before it is kept: a currency Intl refuses throws here each time, as it always did.
    format = new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(currency, format);
  }
  return format.format(x);
}

export const integer = (x: number): string => integerFormat.format(x);
