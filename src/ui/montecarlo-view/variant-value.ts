/**
 * The value typed in "Make a variant": for a step's duration, the duration as the scenario
 * writes it (`30m-1h` stays a range, `45m` stays fixed, a triangular one reads
 * `min 2h, likely 3h, max 6h`); for every other parameter, a number as `values.ts` reads it.
 */
import type { ScenarioEdit } from '../../analysis/advisor/types.ts';
import { parameterEdit, type ParameterInfo } from '../../analysis/sensitivity/index.ts';
import type { DurationDistribution, Scenario } from '../../core/model.ts';
import { formatDurationRange, parseDurationRangeText } from '../../scenario/duration-range-text.ts';
import { formatValue, parseValue } from './values.ts';

function stepDuration(info: ParameterInfo, scenario: Scenario): DurationDistribution | null {
  const p = info.parameter;
  if (p.kind !== 'step-duration') return null;
  const step = scenario.plans.find((x) => x.id === p.plan)?.steps.find((s) => s.id === p.step);
  return step?.duration ?? null;
}

/** The parameter's value in `scenario`, as the field shows it. */
export function variantValueText(info: ParameterInfo, scenario: Scenario): string {
  const duration = stepDuration(info, scenario);
  return duration ? formatDurationRange(duration) : formatValue(info, info.current);
}

/** The edit that gives the parameter the typed value, with the value as it reads, or why not. */
export function variantEdit(
  info: ParameterInfo,
  text: string,
  scenario: Scenario,
): { edit: ScenarioEdit; shown: string } | { error: string } {
  const p = info.parameter;
  if (p.kind === 'step-duration') {
    const d = parseDurationRangeText(text);
    if (!d.ok) return { error: `${info.label}: ${d.message}; ${d.hint}.` };
    const high = d.value.type === 'fixed' ? d.value.value : d.value.max;
    if (high <= 0)
      return { error: `${info.label}: type a duration longer than zero, e.g. 30m or 30m-1h.` };
    return {
      edit: { kind: 'set-step-duration', plan: p.plan, step: p.step, duration: d.value },
      shown: formatDurationRange(d.value),
    };
  }
  const value = parseValue(info, text);
  if ('error' in value) return value;
  return { edit: parameterEdit(p, value.value, scenario), shown: formatValue(info, value.value) };
}
