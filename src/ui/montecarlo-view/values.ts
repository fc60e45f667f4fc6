/**
 * A parameter's value as people type and read it: durations as `2h30m`, capacities in tpm,
 * a team's size in people.
 */
import type { ParameterInfo } from '../../analysis/sensitivity/index.ts';
import { formatDuration, MS_PER_MINUTE } from '../../core/time.ts';
import { parseDuration } from '../../scenario/units.ts';

/**
 * Minutes as people write them, to a sensible precision: `75d5h` (hours past two days),
 * `1h23m` (minutes past ten minutes), `7m30s`; tpm as `900 tpm`.
 */
export function formatValue(info: Pick<ParameterInfo, 'unit'>, value: number): string {
  if (info.unit === 'tpm') return `${Math.round(value).toLocaleString('en')} tpm`;
  if (info.unit === 'people') {
    const n = Math.round(value);
    return `${n} ${n === 1 ? 'person' : 'people'}`;
  }
  const step = value >= 2 * 24 * 60 ? 60 : value >= 10 ? 1 : 1 / 60;
  return formatDuration(Math.round(value / step) * step * MS_PER_MINUTE);
}

/** A typed value in the parameter's unit (minutes, tpm or people), or what to type instead. */
export function parseValue(
  info: Pick<ParameterInfo, 'unit' | 'label'>,
  text: string,
): { value: number } | { error: string } {
  if (info.unit === 'people') {
    const n = Number(text.replace(/people|persons?/i, '').trim());
    return Number.isInteger(n) && n >= 1 && text.trim() !== ''
      ? { value: n }
      : {
          error: `${info.label}: type a whole number of people, at least 1, e.g. 2 (you typed "${text}").`,
        };
  }
  if (info.unit === 'tpm') {
    const n = Number(text.replace(/tpm/i, '').replace(/[ ,_]/g, ''));
    return Number.isFinite(n) && n >= 1 && text.trim() !== ''
      ? { value: Math.round(n) }
      : {
          error: `${info.label}: type a capacity of at least 1 transaction per minute, e.g. 900 (you typed "${text}").`,
        };
  }
  const d = parseDuration(text);
  if (!d.ok) return { error: `${info.label}: ${d.message}; ${d.hint}.` };
  if (d.value <= 0) return { error: `${info.label}: type a duration longer than zero, e.g. 30m.` };
  return { value: d.value / MS_PER_MINUTE };
}
