/**
 * One run of a plain model (plain-model.ts) without a trace: the general fast run
 * (simulate-fast.ts) cut down to what such a model can do. The same queue entries go on the
 * same PlainQueue in the same order, with the same (time, priority, insertion) order, so every
 * random stream is drawn in the same order and every state is reached at the same instants:
 * failures at EXTERNAL priority, the detection timer and plan steps at TIMER priority, durations
 * drawn when a plan starts, the next life drawn when a component is operational again. At the
 * end of each instant (as settle() runs) capacities follow the changed components (plain-capacities.ts) and the
 * services whose root flipped, or whose demand moved on, record what ServiceRun would
 * (plain-services.ts) into the same MetricsSink. Engine events are counted as the general run
 * counts them, and the same ceiling and progress calls apply.
 * test/simulator/fast/plain-differential.test.ts proves it equal to the general run.
 */
import { PROGRESS_EVERY } from '../../../core/engine.ts';
import type { ServiceMetrics } from '../../../core/metrics.ts';
import * as distributions from '../../../core/distributions.ts';
import * as sampling from '../../../core/sampling.ts';
import { dataLossOnFailure } from '../../data-loss.ts';
import type { FastResult } from '../fast-result.ts';
import type { SinkFigures } from '../sink-figures.ts';
import type { PlanRun } from '../plan-run.ts';
import * as lifecycle from './plain-capacities.ts';
import { PlainCapacities } from './plain-capacities.ts';
import { plainModelOf, type PlainModel } from './plain-model.ts';
import { PlainQueue } from './plain-queue.ts';
import { PlainServices } from './plain-services.ts';
import { roundMs } from './round-ms.ts';

// Read once: tsx's CommonJS output reads an imported binding through a getter at every use.
const { sampleDuration, sampleTimeToFailure, sampleTimeToFirstFailure } = sampling;
const { exponential } = distributions;
const { UP, DOWN, RECOVERING } = lifecycle;

/** Queue kinds, and the priorities of core/engine.ts (lower first at the same instant). */
const FAILURE = 0;
const DETECTION = 1;
const STEP = 2;
const EXTERNAL = 0;
const TIMER = 1;
/** Packs a component index with a step index (as plans.ts). */
const SUB = 1024;

export class PlainRunner {
  readonly #m: PlainModel;
  readonly #services: PlainServices;
  /** The components: where each is in its lifecycle, its capacity, those to recompute. */
  readonly #components: PlainCapacities;
  /** The plan run of each component (null without a plan). */
  readonly #plans: readonly (PlanRun | null)[];

  constructor(model: PlainModel) {
    this.#m = model;
    this.#services = new PlainServices(model);
    this.#components = new PlainCapacities(model);
    this.#plans = model.layout.planRuns;
  }

  readonly #queue = new PlainQueue();
  /**
   * The instant being processed, read by the event handlers below from here rather than passed:
   * a number passed to a call the compiler does not inline is boxed (a heap object per call).
   */
  #now = -1.5;

  /** The run under `seed`; null when it needs more events than `ceiling`. */
  run(
    seed: string,
    ceiling: number,
    onProgress: ((t: number) => void) | undefined,
  ): FastResult | null {
    const processed = this.#simulate(seed, ceiling, onProgress, false);
    if (processed < 0) return null;
    const { scenario } = this.#m.c;
    const metrics: ServiceMetrics[] = [];
    for (const s of this.#services.sinks) metrics.push(s.finish(scenario));
    return { trace: null, metrics, engineEvents: processed };
  }

  /**
   * The run under `seed` for a Monte Carlo study: each service's figures (what the study's
   * aggregate reads of ServiceMetrics, the same numbers), in the sinks' own objects, filled
   * again by the next run; null when it needs more events than `ceiling`. Saves a run's
   * ~45 Outage objects, their lists and their overlap walks, and the ServiceMetrics.
   */
  runFigures(seed: string, ceiling: number): readonly SinkFigures[] | null {
    if (this.#simulate(seed, ceiling, undefined, true) < 0) return null;
    const { scenario } = this.#m.c;
    const { sinks } = this.#services;
    const figures = this.#figures;
    for (let k = 0; k < sinks.length; k++) figures[k] = sinks[k]!.finishFigures(scenario);
    return figures;
  }

  readonly #figures: SinkFigures[] = [];

  /** Simulates the run under `seed` into the sinks; the events processed, or -1 past `ceiling`. */
  #simulate(
    seed: string,
    ceiling: number,
    onProgress: ((t: number) => void) | undefined,
    lean: boolean,
  ): number {
    const { c, layout, detection } = this.#m;
    const services = this.#services;
    const components = this.#components;
    const { capacities } = components;
    const queue = this.#queue;
    queue.clear();
    layout.streams.seed(seed);
    services.reset(lean);
    components.reset();
    this.#firstLives();
    services.now = 0;
    services.update(true, capacities);

    const breakpoints = c.breakpoints;
    const nb = breakpoints.length;
    const horizon = c.scenario.horizon;
    let b = 0;
    let processed = 0;
    /** A breakpoint was passed since the last settle (every service may have moved on). */
    let moved = false;
    for (;;) {
      // Peeked here, not carried over from the last instant: a time carried around the loop
      // from a peek before it (a call made once a run, so not inlined: its number untyped)
      // would keep the loop's time boxed, a heap number per event.
      const queued = queue.peekTime();
      const demand = b < nb ? breakpoints[b]! : Infinity;
      const next = queued <= demand ? queued : demand;
      if (!(next < horizon)) break;
      if (processed >= ceiling) return -1;
      const now = next;
      this.#now = now;
      processed++;
      if (onProgress !== undefined && processed % PROGRESS_EVERY === 0) onProgress(now);
      if (queued <= demand) {
        queue.pop();
        const { kind, arg } = queue;
        if (kind === FAILURE) {
          this.#fail(arg);
          const delay = detection[arg]!;
          if (Number.isFinite(delay)) {
            // Detection at once, with nothing else due now: run inline, as the timer would run
            // next (saves a push and a pop, a third of a failure's queue work).
            if (delay <= 0 && queue.peekTime() > now) {
              if (processed >= ceiling) return -1;
              processed++;
              if (onProgress !== undefined && processed % PROGRESS_EVERY === 0) onProgress(now);
              this.#detect(arg, queue);
            } else queue.push(now + Math.max(0, delay), TIMER, DETECTION, arg);
          }
        } else if (kind === DETECTION) this.#detect(arg, queue);
        else this.#stepDone(Math.floor(arg / SUB), arg % SUB, queue);
      } else {
        b++;
        moved = true;
      }
      const nextQueued = queue.peekTime();
      const nextDemand = b < nb ? breakpoints[b]! : Infinity;
      // The end of an instant: what settle() does, for what changed.
      if ((nextQueued <= nextDemand ? nextQueued : nextDemand) !== now) {
        if (components.pendingCount > 0) components.refresh(services);
        services.now = now;
        services.update(moved, capacities);
        moved = false;
      }
    }
    services.close(horizon);
    return processed;
  }

  /** FAIL: the component's capacity share drops to 0, its data may be lost, its failure was due. */
  #fail(i: number): void {
    const t = this.#now;
    this.#components.life[i] = DOWN;
    this.#components.mark(i);
    const { c, failCause, holdsData, layout } = this.#m;
    if (holdsData[i] === 0 || failCause === 'corruption') return;
    const lost = dataLossOnFailure(c.components[i]!, t, failCause);
    if (lost === null) return;
    const of = layout.servicesOf[i]!;
    for (let j = 0; j < of.length; j++) this.#services.sinks[of[j]!]!.lostData(t, lost);
  }

  /** The failure is detected: recovering, its plan started (plans.ts start, then advance). */
  #detect(i: number, queue: PlainQueue): void {
    const t = this.#now;
    this.#components.life[i] = RECOVERING;
    const run = this.#plans[i];
    if (!run) return;
    const { plan, durations } = run;
    const draws = this.#m.layout.recoveryDraws[i]!;
    for (let k = 0; k < durations.length; k++)
      durations[k] = sampleDuration(plan.steps[k]!.duration, draws);
    if (this.#m.oneStep[i] === 1) {
      // One step, started now: what startReady would say (plain-model.ts asked it once).
      if (Number.isFinite(durations[0]!))
        queue.push(t + Math.max(0, durations[0]!), TIMER, STEP, i * SUB);
      return;
    }
    run.restart();
    this.#advance(i, run, queue);
  }

  #stepDone(i: number, k: number, queue: PlainQueue): void {
    // Its only step done: the plan is complete.
    if (this.#m.oneStep[i] === 1) return this.#recovered(i, queue);
    const run = this.#plans[i]!;
    run.finish(k);
    this.#advance(i, run, queue);
  }

  /** Starts the plan's ready steps; a complete plan makes the component operational again. */
  #advance(i: number, run: PlanRun, queue: PlainQueue): void {
    const t = this.#now;
    const ready = run.startReady();
    const { durations } = run;
    for (let j = 0; j < ready.length; j++) {
      const k = ready[j]!;
      const duration = durations[k]!;
      if (Number.isFinite(duration))
        queue.push(t + Math.max(0, duration), TIMER, STEP, i * SUB + k);
    }
    if (!run.complete) return;
    this.#recovered(i, queue);
  }

  /** RECOVERED: operational at its whole share, and a fresh life drawn. */
  #recovered(i: number, queue: PlainQueue): void {
    const t = this.#now;
    this.#components.life[i] = UP;
    this.#components.mark(i);
    const draws = this.#m.layout.failureDraws[i]!;
    const mean = this.#m.exponentialMean[i]!;
    // Two pushes, so that the exponential's life is never merged with the general sampler's
    // (an untyped call's result: the life would be boxed, a heap number per repair).
    if (mean === mean) {
      // An exponential life: sampleTimeToFailure's own call, without reading the model's object.
      const ttf = roundMs(exponential(draws, mean));
      if (Number.isFinite(ttf)) queue.push(Math.max(t + ttf, t), EXTERNAL, FAILURE, i);
    } else {
      const ttf = sampleTimeToFailure(this.#m.c.components[i]!.failure, draws);
      if (Number.isFinite(ttf)) queue.push(Math.max(t + ttf, t), EXTERNAL, FAILURE, i);
    }
  }

  /** Each component's first failure, drawn and queued (the run's start). */
  #firstLives(): void {
    const { c, layout, exponentialMean } = this.#m;
    const { components } = c;
    const failureDraws = layout.failureDraws;
    const queue = this.#queue;
    for (let i = 0; i < components.length; i++) {
      const mean = exponentialMean[i]!;
      // Two pushes, as in #recovered.
      if (mean === mean) {
        // An exponential first life: sampleTimeToFirstFailure's own (whatever the age at start).
        const ttf = roundMs(exponential(failureDraws[i]!, mean));
        if (Number.isFinite(ttf)) queue.push(Math.max(ttf, 0), EXTERNAL, FAILURE, i);
      } else {
        const { failure, ageAtStart } = components[i]!;
        const ttf = sampleTimeToFirstFailure(failure, ageAtStart, failureDraws[i]!);
        if (Number.isFinite(ttf)) queue.push(Math.max(ttf, 0), EXTERNAL, FAILURE, i);
      }
    }
  }
}

const runners = new WeakMap<PlainModel, PlainRunner>();

/** The plain runner of a compiled scenario (made once), or null when it is not plain. */
export function plainRunnerOf(c: Parameters<typeof plainModelOf>[0]): PlainRunner | null {
  const model = plainModelOf(c);
  if (model === null) return null;
  let runner = runners.get(model);
  if (runner === undefined) runners.set(model, (runner = new PlainRunner(model)));
  return runner;
}
