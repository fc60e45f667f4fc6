/**
 * One per-run quantity of a study (downtime, cost, ...): its exact fixed-point moments for
 * the mean and its confidence interval, and its log-binned histogram for quantiles and the
 * distribution. Both merge exactly; neither grows with the number of runs.
 */
import { LogHistogram, type HistogramJson } from './log-histogram.ts';
import { Moments, type MomentsJson } from './moments.ts';

export interface MeasureJson {
  readonly moments: MomentsJson;
  readonly histogram: HistogramJson;
}

export class Measure {
  readonly moments: Moments;
  readonly histogram: LogHistogram;

  constructor(
    readonly scale: number,
    moments?: Moments,
    histogram?: LogHistogram,
  ) {
    this.moments = moments ?? new Moments(scale);
    this.histogram = histogram ?? new LogHistogram();
  }

  /** Adds run `run`'s value. */
  add(x: number, run?: number): void {
    this.moments.add(x);
    this.histogram.add(x, run);
  }

  merge(other: Measure): void {
    this.moments.merge(other.moments);
    this.histogram.merge(other.histogram);
  }

  toJSON(): MeasureJson {
    return { moments: this.moments.toJSON(), histogram: this.histogram.toJSON() };
  }

  static fromJSON(json: MeasureJson, scale: number): Measure {
    Measure.checkJSON(json, scale);
    return new Measure(
      scale,
      Moments.fromJSON(json.moments, scale),
      LogHistogram.fromJSON(json.histogram),
    );
  }

  /** Throws what fromJSON throws on a measure that is not valid. */
  static checkJSON(json: MeasureJson, scale: number): void {
    const total = LogHistogram.checkJSON(json.histogram);
    if (Moments.fromJSON(json.moments, scale).n !== total)
      throw new TypeError(
        'a measure counts a different number of runs in its moments and histogram',
      );
  }
}
