/**
 * The Gantt under each plan: drawn from the last valid scenario, and kept as it was (with a
 * note) while the file does not validate, so the picture does not vanish while someone types.
 */
import type { GanttData } from '../../../charts/gantt.ts';
import type { Scenario } from '../../../core/model.ts';
import { planContext } from './plan-services.ts';

export interface GanttView {
  /** What to draw; null when the plan has never been valid. */
  readonly data: GanttData | null;
  /** True when `data` is from an earlier valid version of the file. */
  readonly stale: boolean;
}

export class GanttMemory {
  readonly #last = new Map<string, GanttData>();

  /**
   * The plan's Gantt: fresh when the scenario is current (the file has no errors) and has the
   * plan; else the plan as the last valid scenario had it, or as it was last drawn.
   */
  view(planId: string, scenario: Scenario | null, current: boolean): GanttView {
    const valid = scenario ? planContext(scenario, planId).gantt : null;
    if (valid) this.#last.set(planId, valid);
    if (current && valid) return { data: valid, stale: false };
    return { data: valid ?? this.#last.get(planId) ?? null, stale: true };
  }
}

export function ganttNote(view: GanttView): string | null {
  if (!view.stale) return null;
  return view.data
    ? 'The file has errors: the chart shows this plan as it was when the file was last valid.'
    : 'The chart appears once the file is valid.';
}
