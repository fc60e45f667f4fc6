/**
 * A step's duration as one line of text, the way the scenario format writes it: `45m` (fixed),
 * `30m-1h` (uniform between the two), and for a triangular one, which the format writes as a
 * mapping, `min 2h, likely 3h, max 6h`. Reading the text back uses the format's own parser
 * (`parseDurationRange`), so a range typed in a form stays a range.
 */
import type { DurationDistribution } from '../core/model.ts';
import { formatDuration, ms } from '../core/time.ts';
import { parseDuration, parseDurationRange, type Parsed } from './units.ts';

export function formatDurationRange(d: DurationDistribution): string {
  switch (d.type) {
    case 'fixed':
      return formatDuration(d.value);
    case 'uniform':
      return `${formatDuration(d.min)}-${formatDuration(d.max)}`;
    case 'triangular':
      return `min ${formatDuration(d.min)}, likely ${formatDuration(d.likely)}, max ${formatDuration(d.max)}`;
  }
}

const TRIANGULAR = /^\s*min\s+(\S+?)\s*,?\s+likely\s+(\S+?)\s*,?\s+max\s+(\S+?)\s*$/i;
const HINT = 'type 45m, a range such as 30m-1h, or min 2h, likely 3h, max 6h';

/** `45m`, `30m-1h` or `min 2h, likely 3h, max 6h` as a distribution, or what is wrong. */
export function parseDurationRangeText(text: string): Parsed<DurationDistribution> {
  const tri = TRIANGULAR.exec(text);
  if (tri) {
    const [min, likely, max] = [tri[1], tri[2], tri[3]].map(parseDuration);
    for (const [name, p] of [
      ['min', min],
      ['likely', likely],
      ['max', max],
    ] as const)
      if (!p?.ok) return { ok: false, message: `${name}: ${p?.message ?? 'missing'}`, hint: HINT };
    const [a, b, c] = [min, likely, max].map((p) => (p?.ok ? p.value : 0)) as [
      number,
      number,
      number,
    ];
    if (!(a <= b && b <= c))
      return {
        ok: false,
        message: `the most likely duration must lie between min and max (got ${text.trim()})`,
        hint: 'e.g. min 2h, likely 3h, max 6h',
      };
    return { ok: true, value: { type: 'triangular', min: ms(a), likely: ms(b), max: ms(c) } };
  }
  const parsed = parseDurationRange(text.trim().replace(/\s*-\s*/, '-'));
  if (!parsed.ok) return { ...parsed, hint: HINT };
  const d = parsed.value;
  return {
    ok: true,
    value:
      d.type === 'fixed'
        ? { type: 'fixed', value: ms(d.value) }
        : { type: 'uniform', min: ms(d.min), max: ms(d.max) },
  };
}
