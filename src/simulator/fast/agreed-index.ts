/**
 * The first agreed interval ending after a time, in a step or two: the agreed hours' ends
 * (ascending) with, for each bucket of time (about as many buckets as intervals, each at least
 * an hour: a small table stays in the cache), the first interval ending after the bucket's start. The bucket's entry is only
 * where the search starts: it steps back while the interval before also ends after `t` and
 * forward while this one does not, so it finds the very index a search of the ends finds (the
 * metrics sink galloped to it, a gallop and a binary search per interval and per outage).
 */
const HOUR = 3_600_000;

export class AgreedIndex {
  readonly #ends: Float64Array;
  readonly #bucket: number;
  readonly #first: Int32Array;

  constructor(ends: Float64Array) {
    this.#ends = ends;
    const last = ends.length > 0 ? ends[ends.length - 1]! : 0;
    this.#bucket = Math.max(HOUR, Math.ceil(last / Math.max(1, ends.length)));
    const buckets = Number.isFinite(last) && last > 0 ? Math.floor(last / this.#bucket) + 1 : 0;
    this.#first = new Int32Array(buckets);
    for (let b = 0, k = 0; b < buckets; b++) {
      while (k < ends.length && ends[k]! <= b * this.#bucket) k++;
      this.#first[b] = k;
    }
  }

  /**
   * The first index whose end is after `t` (the number of intervals when none), or -1 when `t`
   * is negative or not a number (the caller searches as before).
   */
  firstEndingAfter(t: number): number {
    const b = Math.floor(t / this.#bucket);
    if (!(b >= 0)) return -1;
    const ends = this.#ends;
    const n = ends.length;
    let k = b < this.#first.length ? this.#first[b]! : n;
    while (k > 0 && ends[k - 1]! > t) k--;
    while (k < n && ends[k]! <= t) k++;
    return k;
  }
}

const indexes = new WeakMap<Float64Array, AgreedIndex>();

/** The index of these agreed ends (made once per compiled service). */
export function agreedIndexOf(ends: Float64Array): AgreedIndex {
  let index = indexes.get(ends);
  if (index === undefined) indexes.set(ends, (index = new AgreedIndex(ends)));
  return index;
}
