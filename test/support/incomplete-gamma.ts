/**
 * The regularised lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a), by its series
 * x^a e^(-x) Σ x^n / Γ(a + n + 1) (converges for every x; enough for x up to a few hundred),
 * for the equilibrium distribution of a Weibull life in the tests.
 */
import { gamma } from '../../src/core/gamma.ts';

export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 10_000 && term > sum * 1e-17; n++) {
    term *= x / (a + n);
    sum += term;
  }
  return Math.min(1, Math.exp(a * Math.log(x) - x - Math.log(gamma(a))) * sum);
}
