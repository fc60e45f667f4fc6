/**
 * Sampling by inverse transform from a uniform stream, so each draw consumes exactly the
 * same number of uniforms whatever the parameters (lognormal uses two, Box-Muller).
 */
import type { Uniform } from './random.ts';

/** A uniform in (0, 1]: safe under a logarithm. */
const open = (u: Uniform): number => 1 - u();

export const fixed = (value: number): number => value;

export const uniform = (u: Uniform, min: number, max: number): number => min + (max - min) * u();

export function triangular(u: Uniform, min: number, likely: number, max: number): number {
  if (max <= min) return min;
  const p = u();
  const cut = (likely - min) / (max - min);
  return p < cut
    ? min + Math.sqrt(p * (max - min) * (likely - min))
    : max - Math.sqrt((1 - p) * (max - min) * (max - likely));
}

/** Exponential with the given mean. */
export const exponential = (u: Uniform, mean: number): number => -mean * Math.log(open(u));

/** Weibull with shape k and scale lambda. */
export const weibull = (u: Uniform, shape: number, scale: number): number =>
  scale * Math.pow(-Math.log(open(u)), 1 / shape);

/** Standard normal by Box-Muller (two uniforms per draw). */
export function standardNormal(u: Uniform): number {
  const r = Math.sqrt(-2 * Math.log(open(u)));
  return r * Math.cos(2 * Math.PI * u());
}

/** Lognormal with the given median (= e^mu) and sigma of the underlying normal. */
export const lognormal = (u: Uniform, median: number, sigma: number): number =>
  median * Math.exp(sigma * standardNormal(u));
