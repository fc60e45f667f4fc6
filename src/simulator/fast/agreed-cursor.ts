/**
 * A service's agreed hours read in time order, as the fast path's metrics sink reads them
 * (metrics-sink.ts): the intervals of a run come in time order and so do its outages, so the
 * first agreed interval that matters is found from where the last search ended (the agreed
 * index's bucket, else a gallop from the cursor), not by a search from the start. The overlap
 * itself is core/agreed-overlap.ts `overlapFrom`: `overlapLength`'s terms in its order, so the
 * same sums.
 */
import { firstEndingAfter, overlapFrom, type AgreedOverlap } from '../../core/agreed-overlap.ts';
import { agreedIndexOf, type AgreedIndex } from './agreed-index.ts';
import type { ServiceTiming } from './compiled-timing.ts';

export class AgreedCursor implements AgreedOverlap {
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;
  readonly #index: AgreedIndex;
  /** First agreed interval that may end after the next interval's start. */
  #cursor = 0;
  /** Where the last overlap search ended: outages come in time order, so the next is near. */
  #hint = 0;

  constructor({ agreedStarts, agreedEnds }: Pick<ServiceTiming, 'agreedStarts' | 'agreedEnds'>) {
    this.#starts = agreedStarts;
    this.#ends = agreedEnds;
    this.#index = agreedIndexOf(agreedEnds);
  }

  /** A new run: back to the start of time. */
  restart(): void {
    this.#cursor = 0;
    this.#hint = 0;
  }

  /**
   * The overlap (ms) of the run's next interval [start, end) with the agreed hours: intervals
   * come in time order, so the first agreed interval ending after `start` is the later of the
   * cursor and the index's answer (galloped to from the cursor when the index has none).
   */
  inside(start: number, end: number): number {
    const ends = this.#ends;
    const first = this.#index.firstEndingAfter(start);
    const i =
      first < 0 ? firstEndingAfter(ends, this.#cursor, start) : Math.max(this.#cursor, first);
    this.#cursor = i;
    return overlapFrom(this.#starts, ends, i, start, end);
  }

  /** `overlapLength` over the agreed hours, searched for from a hint instead of from the start. */
  overlap(from: number, to: number): number {
    const ends = this.#ends;
    // The first agreed interval ending after `from`, as overlapLength's search finds it.
    let i = this.#index.firstEndingAfter(from);
    if (i < 0) {
      i = this.#hint;
      while (i > 0 && ends[i - 1]! > from) i--;
      i = firstEndingAfter(ends, i, from);
    }
    this.#hint = i;
    return overlapFrom(this.#starts, ends, i, from, to);
  }
}
