/**
 * Sampling by inverse transform from a uniform stream, so each draw consumes exactly the
 * same number of uniforms whatever the parameters (lognormal uses two, Box-Muller); only the
 * gamma variate, a rejection method, does not.
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

/**
 * Gamma(shape, 1) for shape >= 1, by Marsaglia and Tsang's method (2000): a normal and a
 * uniform per try, rejected less than 5 % of the time. Unlike the draws above, the number of
 * uniforms it takes varies from draw to draw (with the draws and the shape, never a scale).
 */
export function gammaVariate(u: Uniform, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(u);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const w = open(u);
    if (w < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
