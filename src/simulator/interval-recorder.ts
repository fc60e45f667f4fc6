/**
 * The demand-versus-capacity intervals of a service, built as the run goes: an interval stays
 * open while the service's state, demand and capacity stay the same, and is handed on when it
 * closes. The actor path and the fast path both record through this.
 */
import type { ServiceState } from '../core/trace.ts';

export type IntervalSink = (
  start: number,
  end: number,
  state: ServiceState,
  demand: number,
  capacity: number | null,
) => void;

export class IntervalRecorder {
  readonly #sink: IntervalSink;
  /** Start of the open interval; < 0 when none is open. */
  #start = -1;
  #state: ServiceState = 'up';
  #demand = 0;
  #capacity: number | null = null;

  constructor(sink: IntervalSink) {
    this.#sink = sink;
  }

  /** State of the open interval ('up' before the first one). */
  get state(): ServiceState {
    return this.#state;
  }

  get isOpen(): boolean {
    return this.#start >= 0;
  }

  /** At `t` the service is in `state` with this demand and capacity: a change opens a new interval. */
  record(t: number, state: ServiceState, demand: number, capacity: number | null): void {
    if (
      this.#start >= 0 &&
      state === this.#state &&
      demand === this.#demand &&
      capacity === this.#capacity
    )
      return;
    this.#closeAt(t);
    this.#start = t;
    this.#state = state;
    this.#demand = demand;
    this.#capacity = capacity;
  }

  /** Closes the open interval at the horizon. */
  close(horizon: number): void {
    this.#closeAt(horizon);
    this.#start = -1;
  }

  #closeAt(t: number): void {
    if (this.#start >= 0 && t > this.#start)
      this.#sink(this.#start, t, this.#state, this.#demand, this.#capacity);
  }
}
