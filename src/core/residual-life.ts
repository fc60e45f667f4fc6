/**
 * The remaining life of a component that is not new when the scenario starts, for the
 * failure models whose rate changes with age (an exponential life is memoryless: its
 * remaining life is a fresh one). Two questions, each sampled exactly:
 *
 * - In steady state (it has been failing and being repaired as good as new for a long time),
 *   the time from an arbitrary moment to the next failure is the renewal process's forward
 *   recurrence time, with density S(t)/mean. It is a uniform share of a length-biased life
 *   (the life that covers an arbitrary moment is picked in proportion to its length):
 *   Weibull(k, λ): λ·G^(1/k) with G ~ Gamma(1 + 1/k); lognormal(m, σ): lognormal(m·e^σ², σ).
 * - At a known age a (it has run that long without failing), the remaining life is drawn
 *   conditioned on T > a, by inverting the conditional survival S(a + r)/S(a).
 */
import { exponential, gammaVariate, lognormal } from './distributions.ts';
import { normalUpperQuantile, normalUpperTail } from './normal.ts';
import type { Uniform } from './random.ts';

/** A uniform in (0, 1]. */
const open = (u: Uniform): number => 1 - u();

/** Time to the next failure of a Weibull(shape, scale) renewal process seen at an arbitrary moment. */
export function weibullForwardRecurrence(u: Uniform, shape: number, scale: number): number {
  const lengthBiased = scale * Math.pow(gammaVariate(u, 1 + 1 / shape), 1 / shape);
  return u() * lengthBiased;
}

/** Time to the next failure of a lognormal(median, sigma) renewal process seen at an arbitrary moment. */
export function lognormalForwardRecurrence(u: Uniform, median: number, sigma: number): number {
  const lengthBiased = lognormal(u, median * Math.exp(sigma * sigma), sigma);
  return u() * lengthBiased;
}

/**
 * Remaining Weibull life at `age`: with H = (age/scale)^shape the hazard accumulated so far and
 * E a unit exponential, the failure comes when the hazard reaches H + E, at scale·(H + E)^(1/shape).
 * One uniform, as a new life takes; at age 0 the very same draw as `weibull`.
 */
export function weibullRemainingLife(
  u: Uniform,
  shape: number,
  scale: number,
  age: number,
): number {
  const h = age > 0 ? Math.pow(age / scale, shape) : 0;
  const e = exponential(u, 1);
  if (e > h) return scale * Math.pow(h + e, 1 / shape) - age;
  // A short remaining life of an old component, without cancelling: age·((1 + E/H)^(1/shape) - 1).
  return age * Math.expm1(Math.log1p(e / h) / shape);
}

/** Beyond this the tail probability of the age is too small to scale a uniform by (subnormal). */
const SMALLEST_TAIL = 1e-280;

/**
 * Remaining lognormal life at `age`: the normal score of the failure is drawn from the upper
 * tail beyond the age's score z_a, as Q⁻¹(U·Q(z_a)). One uniform; at age 0, `lognormal` itself.
 */
export function lognormalRemainingLife(
  u: Uniform,
  median: number,
  sigma: number,
  age: number,
): number {
  if (age <= 0) return lognormal(u, median, sigma);
  const za = Math.log(age / median) / sigma;
  const tail = normalUpperTail(za);
  // Ages past median·e^(35σ), far beyond any real component: an approximation, the hazard at
  // that age (z_a/(σ·age), Mills' ratio) held constant.
  if (tail < SMALLEST_TAIL) return exponential(u, (sigma * age) / za);
  const z = normalUpperQuantile(open(u) * tail);
  return Math.max(0, age * Math.expm1(sigma * (z - za)));
}
