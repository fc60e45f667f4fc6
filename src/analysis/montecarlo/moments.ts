/**
 * Count, sum and sum of squares of a measure, in fixed point: each value is rounded to a whole
 * number of `1 / scale` units and summed as a BigInt, so sums are exact integers and merging
 * is exact, associative and commutative (float sums are not: their result depends on the
 * order). The only rounding is of each value to its unit (e.g. 1e-12 of availability, 1e-6
 * of a minute, 1e-4 of a currency unit), far below the metrics' own three decimals.
 */

export interface MomentsJson {
  readonly n: number;
  readonly sum: string;
  readonly sumSq: string;
  /** Quantised extremes (null when empty). */
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * Values of fewer than 40 bits of units (costs, minutes and shares of a year in their units)
 * are summed in numbers, then moved into the BigInts: saves three BigInt operations per value.
 * A value q is split as hi * 2^20 + lo, so q² = hi² * 2^40 + hi * lo * 2^21 + lo², and each of
 * the three products is below 2^40: BATCH of them add up below 2^52, exactly.
 */
const SPLIT = 2 ** 20;
const SMALL = 2 ** 40;
const BATCH = 2 ** 12;

export class Moments {
  n = 0;
  #sum = 0n;
  #sumSq = 0n;
  /**
   * Not yet in `#sum` and `#sumSq`: exact integer sums, as numbers, of `#pending` values: the
   * sum, and the sums of hi², hi * lo and lo². In a typed array: fields holding them would box
   * each new sum (a heap number per store, as they pass the small-integer range).
   */
  #pending = 0;
  readonly #parts = new Float64Array(4);
  min = Infinity;
  max = -Infinity;

  constructor(readonly scale: number) {}

  /** The exact sum of the values in units (a BigInt). */
  get sum(): bigint {
    this.#flush();
    return this.#sum;
  }

  set sum(value: bigint) {
    this.#flush();
    this.#sum = value;
  }

  /** The exact sum of their squares. */
  get sumSq(): bigint {
    this.#flush();
    return this.#sumSq;
  }

  set sumSq(value: bigint) {
    this.#flush();
    this.#sumSq = value;
  }

  add(x: number): void {
    const q = Math.round(x * this.scale);
    this.n += 1;
    if (q < SMALL && q > -SMALL) {
      const hi = Math.trunc(q / SPLIT);
      const lo = q - hi * SPLIT;
      const parts = this.#parts;
      parts[0] = parts[0]! + q;
      parts[1] = parts[1]! + hi * hi;
      parts[2] = parts[2]! + hi * lo;
      parts[3] = parts[3]! + lo * lo;
      if (++this.#pending === BATCH) this.#flush();
    } else {
      // BigInt(q) refuses a value that is not a whole number (NaN, Infinity), as it always did.
      const b = BigInt(q);
      this.#sum += b;
      this.#sumSq += b * b;
    }
    if (q < this.min) this.min = q;
    if (q > this.max) this.max = q;
  }

  #flush(): void {
    if (this.#pending === 0) return;
    const parts = this.#parts;
    this.#sum += BigInt(parts[0]!);
    this.#sumSq += (BigInt(parts[1]!) << 40n) + (BigInt(parts[2]!) << 21n) + BigInt(parts[3]!);
    this.#pending = 0;
    parts.fill(0);
  }

  merge(o: Moments): void {
    if (o.scale !== this.scale) throw new TypeError('cannot merge moments of different scales');
    this.n += o.n;
    this.sum += o.sum;
    this.sumSq += o.sumSq;
    this.min = Math.min(this.min, o.min);
    this.max = Math.max(this.max, o.max);
  }

  /** Mean in the measure's own units (NaN when empty). */
  mean(): number {
    return this.n === 0 ? NaN : Number(this.sum) / this.n / this.scale;
  }

  /** Sample variance, from exact integer sums (no cancellation); NaN below two values. */
  variance(): number {
    if (this.n < 2) return NaN;
    const n = BigInt(this.n);
    const num = n * this.sumSq - this.sum * this.sum;
    return Number(num) / (this.n * (this.n - 1)) / (this.scale * this.scale);
  }

  minValue(): number {
    return this.n === 0 ? NaN : this.min / this.scale;
  }

  maxValue(): number {
    return this.n === 0 ? NaN : this.max / this.scale;
  }

  toJSON(): MomentsJson {
    const empty = this.n === 0;
    return {
      n: this.n,
      sum: this.sum.toString(),
      sumSq: this.sumSq.toString(),
      min: empty ? null : this.min,
      max: empty ? null : this.max,
    };
  }

  static fromJSON(json: MomentsJson, scale: number): Moments {
    const m = new Moments(scale);
    m.n = json.n;
    m.sum = BigInt(json.sum);
    m.sumSq = BigInt(json.sumSq);
    m.min = json.min ?? Infinity;
    m.max = json.max ?? -Infinity;
    return m;
  }
}
