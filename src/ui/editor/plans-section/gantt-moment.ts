/**
 * The Gantt of a plan with its teams: a choice under the chart between the plan as written
 * (each step starts when ready) and the plan as the BIA simulates it with its teams when its
 * first component fails at the worst moment or at night (analysis/bia/plan-run-at.ts), and the
 * conversion of that run into the chart's `GanttRun`. Runs are kept per scenario and plan, so a
 * redraw does not simulate again.
 */
import { html, nothing } from 'lit';
import {
  planMoments,
  planRunAt,
  type PlanRunAt,
  type RunMoment,
} from '../../../analysis/bia/plan-run-at.ts';
import { whenOf } from '../../../analysis/event-log.ts';
import { proseWhen } from '../../../analysis/prose-time.ts';
import { runPath } from '../../../analysis/recovery-run.ts';
import type { GanttRun, StepWait } from '../../../charts/gantt.ts';
import type { Scenario } from '../../../core/model.ts';

export type GanttMode = 'written' | RunMoment;

const LABEL: Record<RunMoment, string> = {
  worst: 'the worst moment in agreed hours',
  night: "night, outside its teams' hours",
};

/** The run in the chart's terms: ms from the plan's start, team names, local clock times. */
export function ganttRunOf(scenario: Scenario, r: PlanRunAt): GanttRun {
  const { run } = r;
  const team = (id: string) => scenario.teams?.find((t) => t.id === id)?.name ?? id;
  const clock = (t: number) => whenOf(scenario, t).slice(11, 16);
  const plan = scenario.plans.find((p) => p.id === run.plan);
  const path = runPath(run, (id) => plan?.steps.find((s) => s.id === id)?.after ?? []);
  const rel = (t: number) => t - run.started;
  const waits = new Map<string, { kind: 'call-out' | 'waiting'; team: string; ms: number }>();
  for (const g of path.segments)
    if (g.kind !== 'work') {
      const key = `${g.kind}|${g.team}`;
      const w = waits.get(key) ?? { kind: g.kind, team: team(g.team), ms: 0 };
      waits.set(key, { ...w, ms: w.ms + g.to - g.from });
    }
  return {
    label: `Failure at ${proseWhen(r.at)} (${LABEL[r.when]})`,
    detection: run.started - r.t,
    steps: run.steps.map((s) => {
      const call = s.team
        ? r.callOuts.find((c) => c.team === s.team && c.t <= s.ready && s.ready < c.arrives)
        : undefined;
      const wait: StepWait | null =
        s.team === null
          ? null
          : {
              from: rel(s.ready),
              callOutTo: s.callOut ? rel(s.callOut.to) : null,
              to: rel(s.start),
              team: team(s.team),
              calledAt: call ? clock(call.t) : null,
              arrivesAt: call ? clock(call.arrives) : null,
            };
      return { step: s.step, start: rel(s.start), end: s.end === null ? null : rel(s.end), wait };
    }),
    critical: [...new Set(path.segments.map((g) => g.step))],
    length: path.length,
    waitsOnPath: [...waits.values()],
  };
}

/** The runs of the plans, kept for one scenario. */
export class GanttRuns {
  #scenario: Scenario | null = null;
  readonly #runs = new Map<string, GanttRun | null>();

  run(scenario: Scenario, plan: string, mode: GanttMode): GanttRun | null {
    if (mode === 'written') return null;
    if (scenario !== this.#scenario) {
      this.#scenario = scenario;
      this.#runs.clear();
    }
    const key = `${plan}|${mode}`;
    if (!this.#runs.has(key)) {
      const r = planRunAt(scenario, plan, mode);
      this.#runs.set(key, r ? ganttRunOf(scenario, r) : null);
    }
    return this.#runs.get(key) ?? null;
  }
}

/** The choice of what the chart shows; nothing for a plan without declared teams. */
export function ganttModeChoice(
  scenario: Scenario | null,
  plan: string,
  mode: GanttMode,
  choose: (mode: GanttMode) => void,
) {
  const moments = scenario ? planMoments(scenario, plan) : [];
  if (moments.length === 0) return nothing;
  return html`<label class="gantt-mode"
    >Show the plan
    <select @change=${(e: Event) => choose((e.target as HTMLSelectElement).value as GanttMode)}>
      <option value="written" ?selected=${mode === 'written'}>
        as written: each step starts when it is ready
      </option>
      ${moments.map(
        (m) =>
          html`<option value=${m} ?selected=${mode === m}>
            with its teams, failure at ${LABEL[m]}
          </option>`,
      )}
    </select></label
  >`;
}
