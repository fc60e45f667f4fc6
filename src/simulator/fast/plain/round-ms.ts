/**
 * `Math.round(x)`, the same number for every x, cheaper on a random x. V8 lowers Math.round to
 * a round-up and a compare-and-subtract whose branch goes either way at random when x is a
 * random draw (a life, a duration): a mispredicted branch at each draw, ~20 ns of a ~50 ns
 * exponential life. `Math.floor(x + 0.5)` has no such branch and is Math.round exactly for
 * 0.5 <= x < 2^52: there x + 0.5 is exact, or rounds up only to the integer Math.round gives
 * too. Outside it (below 0.5: 0.49999999999999994 + 0.5 rounds to 1; from 2^52: x + 0.5 is
 * not exact; NaN, -0) Math.round itself answers: a branch almost always taken the same way.
 */
const TWO_52 = 4503599627370496;

export const roundMs = (x: number): number =>
  x >= 0.5 && x < TWO_52 ? Math.floor(x + 0.5) : Math.round(x);
