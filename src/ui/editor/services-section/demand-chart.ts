/**
 * Draws each service's hourly demand curve into its `svg[data-demand-of]` (renderDemandCurve):
 * the file's factors, the agreed hours and capacity of the last valid scenario. A drag (or a
 * key) commits the whole curve, rounded to 2 decimals.
 */
import { renderDemandCurve } from '../../../charts/demand-curve.ts';
import type { Scenario, Service } from '../../../core/model.ts';
import { evaluate } from '../../../core/topology.ts';
import { valueAt } from '../calendar-section/form-field.ts';

/** The 24 factors the file gives (missing or not numbers: 0; no list at all: the default 1). */
export function hourlyOf(raw: unknown): number[] {
  if (!Array.isArray(raw)) return Array.from({ length: 24 }, () => 1);
  return Array.from({ length: 24 }, (_, h) => {
    const v: unknown = raw[h];
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  });
}

export const roundFactors = (hourly: readonly number[]): number[] =>
  hourly.map((f) => Math.round(f * 100) / 100);

/** The agreed windows of the service's first open day, in minutes of the day. */
export function agreedMinutes(service: Service | undefined): { from: number; to: number }[] {
  const day = service?.calendar.weekly.find((w) => w.length > 0) ?? [];
  return day.map((w) => ({ from: w.from / 60_000, to: w.to / 60_000 }));
}

/** The service's capacity with every component working (null when nothing limits it). */
export function fullCapacity(
  service: Service | undefined,
  scenario: Scenario | null,
): number | null {
  if (!service || !scenario) return null;
  const capacities = new Map(scenario.components.map((c) => [c.id, c.capacity ?? Infinity]));
  const { capacity } = evaluate(service.requires, (id) => capacities.get(id) ?? Infinity);
  return Number.isFinite(capacity) ? capacity : null;
}

export function drawDemandCurves(
  root: ParentNode,
  data: unknown,
  scenario: Scenario | null,
  commit: (index: number, hourly: number[]) => void,
): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-demand-of]')) {
    const width = svg.parentElement?.clientWidth ?? 0;
    if (width === 0) continue;
    const index = Number(svg.getAttribute('data-demand-of'));
    const demand = valueAt(data, ['services', index, 'demand']);
    const tpm = valueAt(demand, ['tpm']);
    const id = valueAt(data, ['services', index, 'id']);
    const service = scenario?.services.find((s) => s.id === id);
    const { height } = renderDemandCurve(
      svg,
      {
        hourly: hourlyOf(valueAt(demand, ['hourly'])),
        tpm: typeof tpm === 'number' && Number.isFinite(tpm) ? tpm : 0,
        agreed: agreedMinutes(service),
        capacity: fullCapacity(service, scenario),
      },
      {
        width: Math.min(width, 900),
        height: 240,
        onCommit: (hourly) => commit(index, roundFactors(hourly)),
      },
    );
    svg.setAttribute('height', String(height));
  }
}
