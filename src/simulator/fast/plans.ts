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
import type { TeamDesk } from '../team-desk.ts';
import { fastTeams } from './teams.ts';

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
  /** The run's recovery teams (null: no step needs a declared one) and each step's team. */
  readonly desk: TeamDesk | null;
  readonly #stepTeams: readonly (Int32Array | null)[] | null;

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
    this.#stepTeams = c.teams?.stepTeams ?? null;
    this.desk = fastTeams(c, layout, queue, {
      now: hooks.now,
      record: hooks.record,
      label: (key) => this.#label(key),
      grant: (key) => this.#grant(Math.floor(key / SUB), key % SUB),
    });
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
    const record = this.#h.record;
    if (record !== null) {
      const component = this.#c.components[i]!.id;
      record({ t: this.#h.now(), type: 'plan-started', plan: plan.id, component, incident });
    }
    this.desk?.planStarted(i);
    this.#advance(i, run);
  }

  /**
   * Starts the plan's ready steps (a step a declared team does asks the team instead), then
   * completes it if every step is done.
   */
  #advance(i: number, run: PlanRun): void {
    const { plan } = run;
    const record = this.#h.record;
    const ready = run.startReady();
    const teams = this.#stepTeams === null ? null : this.#stepTeams[i]!;
    for (let j = 0; j < ready.length; j++) {
      const k = ready[j]!;
      if (teams !== null && teams[k]! >= 0) {
        run.awaitTeam(k);
        this.desk!.request(teams[k]!, i * SUB + k, i);
        continue;
      }
      this.#startStep(i, run, k);
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

  /** Its team gave step `k` of component `i`'s plan a person. */
  #grant(i: number, k: number): void {
    const run = this.#runs[i];
    if (!run || !run.isWaitingForTeam(k)) return;
    run.grant(k);
    this.#startStep(i, run, k);
  }

  #label(key: number): { plan: string; component: string; incident: number; step: string } {
    const i = Math.floor(key / SUB);
    return {
      plan: this.#c.plans[i]!.id,
      component: this.#c.components[i]!.id,
      incident: this.#incidents[i]!,
      step: this.#c.plans[i]!.steps[key % SUB]!.id,
    };
  }

  /** Records step `k`'s start and schedules its end. */
  #startStep(i: number, run: PlanRun, k: number): void {
    const { plan, durations, ids } = run;
    const record = this.#h.record;
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

  /** A step's timer fired (`arg` packs the component and the step). */
  stepDone(arg: number): void {
    const i = Math.floor(arg / SUB);
    const k = arg % SUB;
    const run = this.#runs[i];
    if (!run) return;
    run.finish(k);
    const team = this.#stepTeams === null ? -1 : this.#stepTeams[i]![k]!;
    if (team >= 0) this.desk!.release(team);
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
    const teams = this.#stepTeams === null ? null : this.#stepTeams[i]!;
    if (teams !== null)
      // Its waiting steps leave their teams' queues; the people on its running steps are freed.
      for (let k = 0; k < teams.length; k++) {
        if (teams[k]! < 0) continue;
        if (run.isRunning(k)) this.desk!.release(teams[k]!);
        else if (run.isWaitingForTeam(k)) this.desk!.withdraw(teams[k]!, i * SUB + k);
      }
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
