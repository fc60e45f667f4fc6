/**
 * The minimum business continuity objective (MBCO), judged against what the business asks
 * for at each moment (its demand), never against installed capacity: adding capacity can
 * only ever help a service hold it.
 */
import type { Mbco } from './model.ts';

/** The least the service must serve (tpm) at `demand` to hold its MBCO. */
export function mbcoFloor(mbco: Mbco, demand: number): number {
  return mbco.kind === 'share' ? mbco.share * demand : Math.min(mbco.tpm, demand);
}

/** The MBCO as a scenario file writes it: `50%` or `600 tpm`. */
export function mbcoText(mbco: Mbco): string {
  return mbco.kind === 'share'
    ? `${Number((mbco.share * 100).toFixed(6))}%`
    : `${Number(mbco.tpm.toFixed(6))} tpm`;
}

/** The MBCO in words: `50% of the demand` or `600 tpm (all of the demand below that)`. */
export function mbcoWords(mbco: Mbco): string {
  return mbco.kind === 'share'
    ? `${mbcoText(mbco)} of the demand`
    : `${mbcoText(mbco)} (all of the demand below that)`;
}
