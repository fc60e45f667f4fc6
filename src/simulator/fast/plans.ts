/**
 * The recovery plans of a fast run's components, as component-runtime.ts runs them with a
 * recovery-plan actor: a plan starts when its component enters `recovering` and is aborted
 * when it leaves it; its steps are timers on the run's queue, their durations drawn from the
 * component's own `recovery` stream, and its completion sends RECOVERED to the component.
 */
import type { Uniform } from '../../core/random.ts';
import { sampleDuration } from '../../core/sampling.ts';
import type { TraceEvent } from '../../core/trace.ts';
import { fastStream } from './alea.ts';
import type { CompiledScenario } from './compiled.ts';
import { PlanRun } from './plan-run.ts';
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
  readonly #seed: string;
  readonly #draws: (Uniform | null)[];
  readonly #runs: (PlanRun | null)[];
  readonly #stepIds: (Int32Array | null)[];
  readonly #incidents: Int32Array;

  constructor(c: CompiledScenario, queue: TimerQueue, seed: string, hooks: PlanHooks) {
    const n = c.components.length;
    this.#c = c;
    this.#q = queue;
    this.#h = hooks;
    this.#seed = seed;
    this.#draws = new Array<Uniform | null>(n).fill(null);
    this.#runs = new Array<PlanRun | null>(n).fill(null);
    this.#stepIds = new Array<Int32Array | null>(n).fill(null);
    this.#incidents = new Int32Array(n);
  }

  start(i: number): void {
    const plan = this.#c.plans[i];
    if (!plan) return;
    const incident = ++this.#incidents[i]!;
    const id = this.#c.components[i]!.id;
    const draws = (this.#draws[i] ??= fastStream(this.#seed, id, 'recovery'));
    const steps = plan.steps.map((s) => ({
      id: s.id,
      owner: s.owner,
      after: s.after,
      duration: sampleDuration(s.duration, draws),
    }));
    const run = new PlanRun(steps, plan);
    this.#runs[i] = run;
    this.#stepIds[i] ??= new Int32Array(steps.length);
    this.#stepIds[i].fill(-1);
    const t = this.#h.now();
    this.#h.record?.({ t, type: 'plan-started', plan: plan.id, component: id, incident });
    this.#advance(i, run);
  }

  /** Starts the plan's ready steps, then completes it if every step is done. */
  #advance(i: number, run: PlanRun): void {
    const plan = this.#c.plans[i]!;
    const component = this.#c.components[i]!.id;
    const incident = this.#incidents[i]!;
    const ids = this.#stepIds[i]!;
    const record = this.#h.record;
    for (const k of run.startReady()) {
      const step = run.steps[k]!;
      const now = this.#h.now();
      record?.({
        t: now,
        type: 'step-started',
        plan: plan.id,
        component,
        incident,
        step: step.id,
        owner: step.owner,
        duration: step.duration,
      });
      if (Number.isFinite(step.duration))
        ids[k] = this.#q.push(now + Math.max(0, step.duration), TIMER, STEP, i * SUB + k);
    }
    if (!run.complete) return;
    this.#runs[i] = null;
    const t = this.#h.now();
    record?.({ t, type: 'plan-completed', plan: plan.id, component, incident });
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
      step: run.steps[k]!.id,
    });
    this.#advance(i, run);
  }

  abort(i: number): void {
    const run = this.#runs[i];
    if (!run) return;
    this.#runs[i] = null;
    const ids = this.#stepIds[i]!;
    for (let k = 0; k < run.steps.length; k++) if (run.isRunning(k)) this.#q.cancel(ids[k]!);
    this.#h.record?.({
      t: this.#h.now(),
      type: 'plan-aborted',
      plan: this.#c.plans[i]!.id,
      component: this.#c.components[i]!.id,
      incident: this.#incidents[i]!,
    });
  }
}
