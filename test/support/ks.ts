/**
 * The one-sample Kolmogorov-Smirnov test: how far a sample's empirical distribution strays
 * from a distribution function, and the distance a correct sampler stays below (at a small
 * significance, so a correct sampler fails about once in a thousand seeds, a wrong one always).
 */

/** D = sup |F_n(x) - F(x)| over the sample. */
export function ksStatistic(sample: readonly number[], cdf: (x: number) => number): number {
  const xs = [...sample].sort((a, b) => a - b);
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]!);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return d;
}

/** The asymptotic critical distance at significance `alpha` for `n` draws: √(-ln(α/2) / 2n). */
export const ksCritical = (n: number, alpha = 1e-3): number =>
  Math.sqrt(-Math.log(alpha / 2) / (2 * n));

/** `n` draws of `draw`. */
export const draws = (n: number, draw: () => number): number[] => Array.from({ length: n }, draw);
