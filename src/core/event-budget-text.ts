/**
 * Figures for people, as the event budget's messages write them: "about 10.5 million",
 * "877,000", "8.8"; "1 min", "3.5 h", "20 years". No locale: the same text in Node and in
 * every browser.
 */
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './time.ts';

/** 1234567 -> "1,234,567". */
export function groupDigits(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A count to two significant digits: 8.76 -> "8.8", 877,123 -> "880,000", 10,519,200 -> "10.5 million". */
export function aboutCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n >= 1e9) return `${oneDecimal(n / 1e9)} billion`;
  if (n >= 1e6) return `${oneDecimal(n / 1e6)} million`;
  if (n === 0) return '0';
  const scale = 10 ** (Math.floor(Math.log10(n)) - 1);
  const rounded = Math.round(n / scale) * scale;
  return groupDigits(Number(rounded.toPrecision(2)));
}

/** A duration in the largest unit that keeps it readable: "1 min", "3.5 h", "12 days", "20 years". */
export function aboutDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'ever';
  const days = ms / MS_PER_DAY;
  if (days >= 365) return plural(oneDecimal(days / 365.25), 'year');
  if (days >= 1) return plural(oneDecimal(days), 'day');
  if (ms >= MS_PER_HOUR) return `${oneDecimal(ms / MS_PER_HOUR)} h`;
  if (ms >= MS_PER_MINUTE) return `${oneDecimal(ms / MS_PER_MINUTE)} min`;
  return `${oneDecimal(ms / 1000)} s`;
}

const oneDecimal = (x: number): string => String(Math.round(x * 10) / 10);
const plural = (n: string, unit: string): string => `${n} ${unit}${n === '1' ? '' : 's'}`;
