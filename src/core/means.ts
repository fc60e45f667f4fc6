/**
 * Means of the model's distributions, and the same distribution moved to a new mean with its
 * shape kept: the mean time between failures of a failure model (exponential: its mtbf;
 * Weibull: scale·Γ(1 + 1/shape); lognormal: median·e^(σ²/2); none: Infinity) and the mean
 * duration of a plan step (fixed: its value; uniform: the midpoint; triangular: a third of
 * min + likely + max). All in milliseconds.
 */
import { gamma } from './gamma.ts';
import type { DurationDistribution, FailureModel } from './model.ts';
import { ms } from './time.ts';

/** Mean time between failures; Infinity when the component never fails by itself. */
export function failureMean(model: FailureModel): number {
  switch (model.type) {
    case 'none':
      return Infinity;
    case 'exponential':
      return model.mtbf;
    case 'weibull':
      return model.scale * gamma(1 + 1 / model.shape);
    case 'lognormal':
      return model.median * Math.exp((model.sigma * model.sigma) / 2);
  }
}

/** The model with mean time between failures `mean`, its shape kept ('none' becomes exponential). */
export function withFailureMean(model: FailureModel, mean: number): FailureModel {
  switch (model.type) {
    case 'none':
    case 'exponential':
      return { type: 'exponential', mtbf: ms(mean) };
    case 'weibull':
      return { ...model, scale: ms(mean / gamma(1 + 1 / model.shape)) };
    case 'lognormal':
      return { ...model, median: ms(mean / Math.exp((model.sigma * model.sigma) / 2)) };
  }
}

export function durationMean(d: DurationDistribution): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.likely + d.max) / 3;
  }
}

/**
 * The distribution scaled so that its mean is `mean` (every bound times the same factor); a
 * distribution with mean 0 cannot be scaled and becomes a fixed `mean`.
 */
export function withDurationMean(d: DurationDistribution, mean: number): DurationDistribution {
  const current = durationMean(d);
  if (!(current > 0)) return { type: 'fixed', value: ms(mean) };
  const k = mean / current;
  switch (d.type) {
    case 'fixed':
      return { type: 'fixed', value: ms(mean) };
    case 'uniform':
      return { type: 'uniform', min: ms(d.min * k), max: ms(d.max * k) };
    case 'triangular':
      return {
        type: 'triangular',
        min: ms(d.min * k),
        likely: ms(d.likely * k),
        max: ms(d.max * k),
      };
  }
}
