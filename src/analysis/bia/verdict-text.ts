/** The RTO verdict and the data lost of a BIA figure in words, for the table and the terminal. */
import { rtoVerdict } from '../../core/outage.ts';
import type { ImpactFigures } from './types.ts';

export const OUTSIDE_HOURS = 'outside agreed hours (no business impact)';

/** The metrics' verdict on the disruption's outage (core/outage.ts `rtoVerdict`), in words. */
export function rtoVerdictText(
  f: Pick<ImpactFigures, 'outageMinutes' | 'rtoMet' | 'planSlowerThanRto' | 'rtoExceededByMinutes'>,
  minutes: (m: number) => string,
): string {
  if (f.outageMinutes === null) return '—';
  switch (rtoVerdict(f)) {
    case 'breached':
      return `breached +${minutes(f.rtoExceededByMinutes)}`;
    case 'slower-outside-hours':
      return `plan slower than the RTO (+${minutes(f.rtoExceededByMinutes)}), ${OUTSIDE_HOURS}`;
    case 'open':
      return 'still down, within the RTO so far';
    case 'met':
      return 'met';
  }
}

/**
 * Data lost: what this run lost, and the worst case over the backup cycle when it is more
 * (the RPO is judged on the worst case): `1 min, up to 1 h > RPO`.
 */
export function dataLostText(
  f: Pick<ImpactFigures, 'dataLostMinutes' | 'dataLostInRunMinutes' | 'rpoMet'>,
  minutes: (m: number) => string,
): string {
  if (f.dataLostMinutes === null) return '—';
  const over = f.rpoMet ? '' : ' > RPO';
  const run = f.dataLostInRunMinutes ?? 0;
  return run >= f.dataLostMinutes
    ? `${minutes(f.dataLostMinutes)}${over}`
    : `${minutes(run)}, up to ${minutes(f.dataLostMinutes)}${over}`;
}
