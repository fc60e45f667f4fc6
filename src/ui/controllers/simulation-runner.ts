/**
 * Runs simulations in a module worker (src/workers/simulate.worker.ts), one at a time: a new
 * run makes the one in flight moot (its answer is dropped; a worker busy with it for more than
 * a moment is ended and a fresh one started, so a long run never delays the next; one not yet
 * begun, e.g. while the worker loads, is skipped by the worker), and Cancel ends the worker. Progress comes as the simulated time reached.
 */
import type { RunRequest, RunViews } from '../../analysis/run-data.ts';
import type { BudgetRefusal } from '../../core/event-budget.ts';
import type { Scenario } from '../../core/model.ts';
import {
  earlyRunName,
  isEarlyRequest,
  type EarlyAnswer,
  type EarlyFingerprint,
  type EarlyRun,
  type EarlyRunAnswer,
  type EarlyTimes,
  type RunAnswer,
  type SimulateRequest,
  type SimulateResponse,
} from '../../workers/simulate-protocol.ts';

export type RunOutcome =
  | {
      readonly kind: 'done';
      readonly data: RunViews;
      /** The run's fingerprint; the worker's early run's comes a moment after its answer. */
      readonly fingerprint: string | Promise<string>;
    }
  /** Over the event budget: refused before running, or stopped at the ceiling. */
  | { readonly kind: 'refused'; readonly message: string; readonly refusal: BudgetRefusal }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'cancelled' }
  /** A newer run was asked for before this one ended. */
  | { readonly kind: 'superseded' };

/** The early run a worker was asked for, and its answer (posted by the worker as soon as it ends). */
interface EarlyRunState {
  readonly run: EarlyRun;
  readonly outcome: Promise<RunOutcome>;
}

/** A worker started before the app (see `startSimulationWorker`), taken by the first runner of its name. */
let early: { name: string; worker: Worker; run: EarlyRunState | null } | null = null;

/** `label`: the worker's name (with an early run in it, see `earlyRunName`). */
function newWorker(label: string): Worker {
  return new Worker(new URL('../../workers/simulate.worker.ts', import.meta.url), {
    type: 'module',
    name: label,
  });
}

/**
 * Starts the page's simulation worker before the app's modules are evaluated (src/main.ts), so
 * that its script is fetched and compiled while the app starts and reads the scenario; with
 * `run`, the worker also starts that run of a bundled scenario at once (src/workers/early-run.ts).
 */
export function startSimulationWorker(name = 'simulate', run?: EarlyRun): void {
  if (early !== null) return;
  performance.mark('cs-worker-started'); // for the bench: the page asked for its worker
  // The run goes in the worker's name, which it reads as it starts: a message sent now would
  // reach it only once this (busy) thread has heard that its script has loaded (~100 ms later).
  const worker = newWorker(run ? earlyRunName(name, run) : name);
  early = { name, worker, run: run ? { run, outcome: earlyOutcome(worker) } : null };
}

/**
 * The early run's answer, heard from the moment the worker starts (a message that arrives before
 * anyone listens is lost); a worker that fails first gives the failure. A run's fingerprint comes
 * in a message of its own just after (`EarlyFingerprint`); a worker that fails before it rejects it.
 */
function earlyOutcome(worker: Worker): Promise<RunOutcome> {
  let fingerprinted: (fingerprint: string) => void = () => undefined;
  let unprinted: (error: Error) => void = () => undefined;
  const fingerprint = new Promise<string>((resolve, reject) => {
    fingerprinted = resolve;
    unprinted = reject;
  });
  fingerprint.catch(() => undefined); // nobody may ask (another run was wanted first)
  return new Promise((resolve) => {
    const onMessage = (
      event: MessageEvent<SimulateResponse | EarlyAnswer | EarlyFingerprint>,
    ): void => {
      const message = event.data;
      if (message.type === 'early-fingerprint') {
        stop();
        if (message.fingerprint !== null) fingerprinted(message.fingerprint);
        else unprinted(new Error(message.error ?? "the run's fingerprint could not be worked out"));
        return;
      }
      if (message.type !== 'early') return;
      if (message.answer.type !== 'done') stop();
      // For the e2e test, the bench and the performance panel: when the worker was ready and
      // ran it, on the page's timeline.
      markEarlyRun(message.times);
      resolve(earlyOutcomeOf(message.answer, fingerprint));
    };
    const onError = (event: ErrorEvent): void => {
      stop();
      resolve({ kind: 'error', message: workerFailed(event) });
      unprinted(new Error(workerFailed(event)));
    };
    const stop = (): void => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
}

/** The outcome the early run's answer gives, its fingerprint to come. */
function earlyOutcomeOf(answer: EarlyRunAnswer, fingerprint: Promise<string>): RunOutcome {
  if (answer.type === 'done') return { kind: 'done', data: answer.data, fingerprint };
  return outcomeOf(answer);
}

/** The bundled scenarios as the build read them, each object by its id (src/ui/app/prebuilt.ts). */
const prebuilt = new WeakMap<Scenario, string>();

/** Marks `scenario` as the bundled scenario `id` as the build read it (an early run may be its). */
export function markPrebuilt(scenario: Scenario, id: string): void {
  prebuilt.set(scenario, id);
}

/** A run the worker has been busy with for longer than this is ended when a newer one is asked for. */
const PATIENCE_MS = 150;

interface InFlight {
  readonly id: number;
  /** When the worker began this run (performance.now()), or null while it is queued. */
  started: number | null;
  readonly resolve: (outcome: RunOutcome) => void;
  readonly onProgress: ((t: number) => void) | undefined;
}

export class SimulationRunner {
  readonly #name: string;
  #worker: Worker | null = null;
  /** The early run of this runner's worker, until a request takes it (or another comes first). */
  #early: EarlyRunState | null = null;
  /** The early run's answer is yet to come, and the first request has not turned it down. */
  #earlyAwaited = false;
  #current: InFlight | null = null;
  #id = 0;

  constructor(name = 'simulate') {
    this.#name = name;
  }

  /**
   * Whether the worker's early run is on its way to the page: begun before the page asked (see
   * `startSimulationWorker`), not yet answered, and not passed over by a request for another run.
   */
  get earlyRunAwaited(): boolean {
    return this.#earlyAwaited;
  }

  /**
   * Starts the worker now, so that its script is fetched and compiled while the page still
   * reads the scenario (the first run then finds it ready).
   */
  warm(): void {
    this.#worker ??= this.#createWorker();
  }

  run(request: RunRequest, onProgress?: (t: number) => void): Promise<RunOutcome> {
    const previous = this.#current;
    if (previous) {
      this.#current = null;
      previous.resolve({ kind: 'superseded' });
      if (previous.started !== null && performance.now() - previous.started > PATIENCE_MS)
        this.#end();
    }
    const id = ++this.#id;
    return new Promise<RunOutcome>((resolve) => {
      let worker: Worker;
      try {
        worker = this.#worker ??= this.#createWorker();
        this.#current = { id, started: null, resolve, onProgress };
        // The first request, if it is the run the worker began early, takes that run's answer.
        const early = this.#early;
        this.#early = null;
        const taken =
          early !== null && isEarlyRequest(early.run, request, prebuilt.get(request.scenario));
        this.#earlyAwaited &&= taken;
        if (early !== null && taken) {
          performance.mark('cs-early-run-taken'); // for the e2e test
          void early.outcome.then((outcome) => this.#settle(id, outcome));
          return;
        }
        const message: SimulateRequest = { id, ...request };
        worker.postMessage(message);
      } catch (error) {
        this.#current = null;
        resolve({ kind: 'error', message: `could not start the simulation: ${describe(error)}` });
      }
    });
  }

  /** Ends the run in flight, if any. */
  cancel(): void {
    const current = this.#current;
    if (!current) return;
    this.#current = null;
    this.#end();
    current.resolve({ kind: 'cancelled' });
  }

  /** Ends the worker (the host element is gone). */
  dispose(): void {
    this.cancel();
    this.#end();
  }

  #end(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#early = null;
    this.#earlyAwaited = false;
  }

  /** Resolves request `id` with `outcome`, unless a newer request or a cancel came meanwhile. */
  #settle(id: number, outcome: RunOutcome): void {
    const current = this.#current;
    if (!current || current.id !== id) return;
    this.#current = null;
    current.resolve(outcome);
  }

  #createWorker(): Worker {
    let worker: Worker;
    if (early?.name === this.#name) {
      worker = early.worker;
      const run = early.run;
      this.#early = run;
      early = null;
      if (run) {
        this.#earlyAwaited = true;
        // Registered before any request's: the flag is down when that request hears the answer.
        void run.outcome.then(() => (this.#earlyAwaited = false));
      }
    } else worker = newWorker(this.#name);
    worker.addEventListener('message', (event: MessageEvent<SimulateResponse>) =>
      this.#onMessage(event.data),
    );
    worker.addEventListener('error', (event) => {
      // The worker did not load, or died (out of memory): the run in flight fails with it.
      event.preventDefault();
      if (this.#worker === worker) this.#worker = null;
      const current = this.#current;
      this.#current = null;
      current?.resolve({ kind: 'error', message: workerFailed(event) });
    });
    return worker;
  }

  #onMessage(message: SimulateResponse | EarlyAnswer): void {
    const current = this.#current;
    if (!current || message.type === 'early' || message.id !== current.id) return;
    if (message.type === 'started') {
      current.started = performance.now();
      return;
    }
    if (message.type === 'progress') {
      current.onProgress?.(message.t);
      return;
    }
    this.#current = null;
    current.resolve(outcomeOf(message));
  }
}

/** The outcome a worker's answer gives. */
function outcomeOf(answer: RunAnswer): RunOutcome {
  if (answer.type === 'done')
    return { kind: 'done', data: answer.data, fingerprint: answer.data.fingerprint };
  if (answer.type === 'refused')
    return { kind: 'refused', message: answer.message, refusal: answer.refusal };
  return { kind: 'error', message: answer.message };
}

const workerFailed = (event: ErrorEvent): string =>
  `the simulation worker failed${event.message ? `: ${event.message}` : ''}`;

function markEarlyRun(times: EarlyTimes): void {
  const at = (epoch: number): number => epoch - performance.timeOrigin;
  performance.mark('cs-worker-ready', { startTime: at(times.ready) });
  performance.mark('cs-early-run-start', { startTime: at(times.start) });
  performance.mark('cs-early-run-end', { startTime: at(times.end) });
  performance.mark('cs-early-run'); // its answer arrived
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
