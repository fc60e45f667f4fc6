/** Draws of the model's distributions: times to failure and plan step durations. */
import { exponential, lognormal, triangular, uniform, weibull } from './distributions.ts';
import type { AgeAtStart, DurationDistribution, FailureModel } from './model.ts';
import type { Uniform } from './random.ts';
import {
  lognormalForwardRecurrence,
  lognormalRemainingLife,
  weibullForwardRecurrence,
  weibullRemainingLife,
} from './residual-life.ts';

/** Time to the next failure from a fresh start, in whole ms; Infinity when the model never fails. */
export function sampleTimeToFailure(model: FailureModel, u: Uniform): number {
  switch (model.type) {
    case 'none':
      return Infinity;
    case 'exponential':
      return Math.round(exponential(u, model.mtbf));
    case 'weibull':
      return Math.round(weibull(u, model.shape, model.scale));
    case 'lognormal':
      return Math.round(lognormal(u, model.median, model.sigma));
  }
}

/**
 * Time to the first failure of a component of this age at the scenario start, in whole ms
 * (every later failure follows a repair: `sampleTimeToFailure`). An exponential life, a new
 * component and age 0 take the very draws of `sampleTimeToFailure`.
 */
export function sampleTimeToFirstFailure(model: FailureModel, age: AgeAtStart, u: Uniform): number {
  if (age.type === 'new' || model.type === 'none' || model.type === 'exponential')
    return sampleTimeToFailure(model, u);
  if (model.type === 'weibull')
    return Math.round(
      age.type === 'steady-state'
        ? weibullForwardRecurrence(u, model.shape, model.scale)
        : weibullRemainingLife(u, model.shape, model.scale, age.age),
    );
  return Math.round(
    age.type === 'steady-state'
      ? lognormalForwardRecurrence(u, model.median, model.sigma)
      : lognormalRemainingLife(u, model.median, model.sigma, age.age),
  );
}

/** A duration drawn from its distribution, rounded to the millisecond. */
export function sampleDuration(d: DurationDistribution, u: Uniform): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return Math.round(uniform(u, d.min, d.max));
    case 'triangular':
      return Math.round(triangular(u, d.min, d.likely, d.max));
  }
}

/** The low, most-likely and high ends of a duration (for analysis without randomness). */
export function durationBounds(d: DurationDistribution): {
  low: number;
  likely: number;
  high: number;
} {
  switch (d.type) {
    case 'fixed':
      return { low: d.value, likely: d.value, high: d.value };
    case 'uniform':
      return { low: d.min, likely: (d.min + d.max) / 2, high: d.max };
    case 'triangular':
      return { low: d.min, likely: d.likely, high: d.max };
  }
}
