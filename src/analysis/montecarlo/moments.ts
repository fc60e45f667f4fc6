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

export class Moments {
  n = 0;
  sum = 0n;
  sumSq = 0n;
  min = Infinity;
  max = -Infinity;

  constructor(readonly scale: number) {}

  add(x: number): void {
    const q = Math.round(x * this.scale);
    const b = BigInt(q);
    this.n += 1;
    this.sum += b;
    this.sumSq += b * b;
    if (q < this.min) this.min = q;
    if (q > this.max) this.max = q;
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
