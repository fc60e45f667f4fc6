/**
 * The recovery plans of a fast run's components, as component-runtime.ts runs them with a
 * recovery-plan actor: a plan starts when its component enters `recovering` and is aborted
 * when it leaves it; its steps are timers on the run's queue, their durations drawn from the
 * component's own `recovery` stream, and its completion sends RECOVERED to the component.
 */
import type { Uniform } from '../../core/random.ts';
import { sampleDuration } from '../../core/sampling.ts';
import type { TraceEvent } from '../../core/trace.ts';
import type { CompiledScenario } from './compiled.ts';
import type { Allocator } from './arena.ts';
import type { Layout } from './layout.ts';
import type { PlanRun } from './plan-run.ts';
import type { TimerQueue } from './timer-queue.ts';

/** Queue kind of a step's end, and what packs a component index with a step index. */
export const STEP = 2;
export const SUB = 1024;
const TIMER = 1;

export interface PlanHooks {
  readonly now: () => number;
  readonly record: ((e: TraceEvent) => void) | null;
  /** The plan of component `i` completed. */
  readonly completed: (i: number) => void;
}

export class Plans {
  readonly #c: CompiledScenario;
  readonly #q: TimerQueue;
  readonly #h: PlanHooks;
  readonly #draws: readonly (Uniform | null)[];
  /** The plan running for each component, if any. */
  readonly #runs: (PlanRun | null)[];
  readonly #plansOf: readonly (PlanRun | null)[];
  readonly #incidents: Int32Array;

  /** `layout`: each component's `recovery` stream and plan run (null without a plan). */
  constructor(
    c: CompiledScenario,
    layout: Layout,
    queue: TimerQueue,
    alloc: Allocator,
    hooks: PlanHooks,
  ) {
    const n = c.components.length;
    this.#c = c;
    this.#q = queue;
    this.#h = hooks;
    this.#draws = layout.recoveryDraws;
    this.#plansOf = layout.planRuns;
    this.#runs = new Array<PlanRun | null>(n).fill(null);
    this.#incidents = alloc.i32(n);
  }

  start(i: number): void {
    const run = this.#plansOf[i];
    if (!run) return;
    const { plan, durations } = run;
    const incident = ++this.#incidents[i]!;
    const draws = this.#draws[i]!;
    for (let k = 0; k < durations.length; k++)
      durations[k] = sampleDuration(plan.steps[k]!.duration, draws);
    run.restart();
    this.#runs[i] = run;
    const t = this.#h.now();
    const component = this.#c.components[i]!.id;
    this.#h.record?.({ t, type: 'plan-started', plan: plan.id, component, incident });
    this.#advance(i, run);
  }

  /** Starts the plan's ready steps, then completes it if every step is done. */
  #advance(i: number, run: PlanRun): void {
    const { plan, durations, ids } = run;
    const record = this.#h.record;
    const ready = run.startReady();
    for (let j = 0; j < ready.length; j++) {
      const k = ready[j]!;
      const duration = durations[k]!;
      const now = this.#h.now();
      if (record !== null) {
        const step = plan.steps[k]!;
        record({
          t: now,
          type: 'step-started',
          plan: plan.id,
          component: this.#c.components[i]!.id,
          incident: this.#incidents[i]!,
          step: step.id,
          owner: step.owner,
          duration,
        });
      }
      if (Number.isFinite(duration))
        ids[k] = this.#q.push(now + Math.max(0, duration), TIMER, STEP, i * SUB + k);
    }
    if (!run.complete) return;
    this.#runs[i] = null;
    const t = this.#h.now();
    const component = this.#c.components[i]!.id;
    record?.({
      t,
      type: 'plan-completed',
      plan: plan.id,
      component,
      incident: this.#incidents[i]!,
    });
    this.#h.completed(i);
  }

  /** A step's timer fired (`arg` packs the component and the step). */
  stepDone(arg: number): void {
    const i = Math.floor(arg / SUB);
    const k = arg % SUB;
    const run = this.#runs[i];
    if (!run) return;
    run.finish(k);
    this.#h.record?.({
      t: this.#h.now(),
      type: 'step-finished',
      plan: this.#c.plans[i]!.id,
      component: this.#c.components[i]!.id,
      incident: this.#incidents[i]!,
      step: run.plan.steps[k]!.id,
    });
    this.#advance(i, run);
  }

  abort(i: number): void {
    const run = this.#runs[i];
    if (!run) return;
    this.#runs[i] = null;
    const ids = run.ids;
    for (let k = 0; k < run.durations.length; k++) if (run.isRunning(k)) this.#q.cancel(ids[k]!);
    this.#h.record?.({
      t: this.#h.now(),
      type: 'plan-aborted',
      plan: this.#c.plans[i]!.id,
      component: this.#c.components[i]!.id,
      incident: this.#incidents[i]!,
    });
  }
}
