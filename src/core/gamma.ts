/**
 * The Gamma function Γ(x), by Lanczos' approximation (g = 7, nine coefficients), with the
 * reflection formula below 1/2: relative error about 1e-15 for the arguments the model needs
 * (the mean of a Weibull is scale·Γ(1 + 1/shape)).
 */
const G = 7;
const P = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** Γ(x) for real x (NaN at 0 and the negative integers, where it has poles). */
export function gamma(x: number): number {
  if (Number.isInteger(x) && x <= 0) return NaN;
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const z = x - 1;
  let sum = P[0]!;
  for (let i = 1; i < P.length; i++) sum += P[i]! / (z + i);
  const t = z + G + 0.5;
  return Math.exp(HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t) * sum;
}
