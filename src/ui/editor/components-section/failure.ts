/**
 * The failure model of a component as the form shows it, and the value written when the
 * person picks another model (keeping the time scale they already gave). Pure.
 */
import { asRecord, asText } from './read.ts';

export const FAILURE_TYPES = ['none', 'exponential', 'weibull', 'lognormal'] as const;
export type FailureType = (typeof FAILURE_TYPES)[number];

export interface FailureParam {
  readonly key: string;
  readonly label: string;
  /** `duration`: text such as `2500h`; `number`: a plain number. */
  readonly unit: 'duration' | 'number';
  readonly fallback: string | number;
}

export const FAILURE_LABELS: Record<FailureType, string> = {
  none: 'None',
  exponential: 'Exponential',
  weibull: 'Weibull',
  lognormal: 'Lognormal',
};

/** What each model means, under the select. */
export const FAILURE_NOTES: Record<FailureType, string> = {
  none: 'Never fails by itself; only injects or its dependencies bring it down.',
  exponential: 'Constant failure rate; MTBF is the mean time between failures.',
  weibull: 'Shape above 1: wears out; below 1: early failures. Scale: characteristic life.',
  lognormal: 'Median time to failure; sigma is the spread (1 is wide).',
};

export const FAILURE_PARAMS: Record<FailureType, readonly FailureParam[]> = {
  none: [],
  exponential: [{ key: 'mtbf', label: 'MTBF', unit: 'duration', fallback: '2500h' }],
  weibull: [
    { key: 'shape', label: 'Shape', unit: 'number', fallback: 1.5 },
    { key: 'scale', label: 'Scale', unit: 'duration', fallback: '4000h' },
  ],
  lognormal: [
    { key: 'median', label: 'Median', unit: 'duration', fallback: '500h' },
    { key: 'sigma', label: 'Sigma', unit: 'number', fallback: 1 },
  ],
};

/** The parameter that carries the time scale of each model. */
const TIME_KEY: Partial<Record<FailureType, string>> = {
  exponential: 'mtbf',
  weibull: 'scale',
  lognormal: 'median',
};

export interface FailureView {
  /** `unknown`: something the form cannot show (fix it in the text). */
  readonly type: FailureType | 'unknown';
  readonly params: Readonly<Record<string, unknown>>;
}

/** Reads `failure:` (missing means none). */
export function readFailure(value: unknown): FailureView {
  if (value === undefined || value === null || value === 'none')
    return { type: 'none', params: {} };
  const record = asRecord(value);
  const type = FAILURE_TYPES.find((t) => t !== 'none' && record !== null && t in record);
  if (type === undefined) return { type: 'unknown', params: {} };
  return { type, params: asRecord(record?.[type]) ?? {} };
}

/** A short summary for the collapsed row: `Weibull 1.5, 4000h`. */
export function describeFailure(value: unknown): string {
  const { type, params } = readFailure(value);
  if (type === 'unknown') return 'failure: not understood';
  if (type === 'none') return 'no failures';
  const name = type === 'exponential' ? 'MTBF' : type === 'weibull' ? 'Weibull' : 'Lognormal';
  return `${name} ${FAILURE_PARAMS[type].map((p) => asText(params[p.key]) || '?').join(', ')}`;
}

/**
 * The `failure` value for model `to`, keeping the time scale of the current model (an
 * exponential MTBF of 2500h becomes a Weibull scale of 2500h); undefined for none.
 */
export function switchFailure(current: unknown, to: FailureType): unknown {
  if (to === 'none') return undefined;
  const { type, params } = readFailure(current);
  if (type === to) return current;
  const fromKey = type === 'none' || type === 'unknown' ? undefined : TIME_KEY[type];
  const time = fromKey === undefined ? '' : asText(params[fromKey]).trim();
  const next: Record<string, unknown> = {};
  for (const param of FAILURE_PARAMS[to])
    next[param.key] = param.key === TIME_KEY[to] && time !== '' ? time : param.fallback;
  return { [to]: next };
}
