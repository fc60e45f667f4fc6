/** The RTO verdict of a BIA figure in words, for the table, the terminal and the CSV's readers. */
import type { ImpactFigures } from './types.ts';

export const OUTSIDE_HOURS = 'outside agreed hours (no business impact)';

export function rtoVerdict(
  f: Pick<ImpactFigures, 'outageMinutes' | 'rtoMet' | 'planSlowerThanRto' | 'rtoExceededByMinutes'>,
  minutes: (m: number) => string,
): string {
  if (f.outageMinutes === null) return '—';
  if (f.rtoMet === null) return 'still down, within the RTO so far';
  if (!f.rtoMet) return `breached +${minutes(f.rtoExceededByMinutes)}`;
  if (f.planSlowerThanRto)
    return `plan slower than the RTO (+${minutes(f.rtoExceededByMinutes)}), ${OUTSIDE_HOURS}`;
  return 'met';
}
