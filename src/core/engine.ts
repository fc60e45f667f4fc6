/**
 * The discrete-event engine: a virtual clock and a queue of callbacks. Only `step()` moves
 * time. The engine also provides an XState-compatible clock, so actors created with
 * `createActor(machine, { clock: engine.clock })` schedule their delays on simulated time.
 */
import { EventQueue, type QueueEntry } from './event-queue.ts';
import type { Duration, SimTime } from './time.ts';

/** Lower runs first among events at the same instant. */
export const Priority = {
  /** Scripted injects and random failures. */
  external: 0,
  /** Actor timers (detection delays, plan steps, overload limits). */
  timer: 1,
  /** Demand profile breakpoints. */
  demand: 2,
} as const;

type Callback = () => void;

/** How often (in events) a run reports its progress. */
export const PROGRESS_EVERY = 4096;

export interface RunOptions {
  readonly until: number;
  /** The most events the run may process (event-budget.ts); past it `run` stops. */
  readonly ceiling?: number;
  /** Hears the simulated time reached, every PROGRESS_EVERY events. */
  readonly onProgress?: (now: number) => void;
}
export type Scheduled = QueueEntry<Callback>;

/** The subset of XState's `Clock` the engine implements. */
export interface EngineClock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): Scheduled | null;
  clearTimeout(id: Scheduled | null): void;
}

export class Engine {
  readonly #queue = new EventQueue<Callback>();
  #now = 0;
  #processed = 0;
  readonly #instantEnd: Callback[] = [];
  readonly #eventEnd: Callback[] = [];

  readonly clock: EngineClock = {
    setTimeout: (fn, timeout) => {
      // XState asks for a timer for every `after` delay; an infinite one never fires.
      if (!Number.isFinite(timeout)) return null;
      return this.#queue.push(this.#now + Math.max(0, timeout), Priority.timer, () => fn());
    },
    clearTimeout: (id) => {
      if (id) this.#queue.cancel(id);
    },
  };

  get now(): SimTime {
    return this.#now as SimTime;
  }

  /** Events processed so far. */
  get processed(): number {
    return this.#processed;
  }

  /** Schedules `fn` at absolute time `at` (never in the past). */
  at(at: number, priority: number, fn: Callback): Scheduled {
    return this.#queue.push(Math.max(at, this.#now), priority, fn);
  }

  after(delay: Duration, priority: number, fn: Callback): Scheduled {
    return this.at(this.#now + delay, priority, fn);
  }

  cancel(entry: Scheduled): void {
    this.#queue.cancel(entry);
  }

  /** Time of the next event, or Infinity when the queue is empty. */
  peekTime(): number {
    return this.#queue.peek()?.time ?? Infinity;
  }

  /** Registers a callback run when the last event of an instant has been processed. */
  onInstantEnd(fn: Callback): void {
    this.#instantEnd.push(fn);
  }

  /** Registers a callback run after every event, before the instant's end (if it ends). */
  onEventEnd(fn: Callback): void {
    this.#eventEnd.push(fn);
  }

  /** Processes the next event, advancing the clock to its time. Returns false when idle. */
  step(): boolean {
    const entry = this.#queue.pop();
    if (!entry) return false;
    this.#now = entry.time;
    this.#processed++;
    entry.payload();
    for (const fn of this.#eventEnd) fn();
    if (this.peekTime() !== this.#now) for (const fn of this.#instantEnd) fn();
    return true;
  }

  /**
   * Runs every event scheduled strictly before `until`, then sets the clock to `until`; with a
   * `ceiling`, stops instead (returning false) when the run needs more events than that.
   * `onProgress` hears the clock every PROGRESS_EVERY events.
   */
  run({ until, ceiling = Infinity, onProgress }: RunOptions): boolean {
    while (this.peekTime() < until) {
      if (this.#processed >= ceiling) return false;
      this.step();
      if (onProgress && this.#processed % PROGRESS_EVERY === 0) onProgress(this.#now);
    }
    if (until > this.#now && Number.isFinite(until)) this.#now = until;
    return true;
  }
}
