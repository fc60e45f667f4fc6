/**
 * The bench's bare loop (issue 17): the reference model (test/bench/reference-model.yaml) as the
 * plainest event loop this machine runs, to show how far the fast path is from it. Twenty
 * components in five lines, each line a 2-of-2 group in series with a 1-of-2 group; each component
 * fails after an exponential time (MTBF 2,000 h) and is repaired in exactly 4 h, then starts a
 * fresh life; a line's availability counts in the weekday 09:00-16:00 windows of one year from
 * Monday 5 January 2026, 00:00 (UTC). No objects, no strings, no allocation in the loop: typed
 * arrays, a linear scan for the next of 20 failure or repair times and a precomputed list of
 * window boundaries, and a 32-bit PRNG of its own (sfc32). Its events are the model's:
 * failures, repairs and window boundaries, each counted once.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const LINES = 5;
/** Components per line: a1, a2 (2-of-2), then b1, b2 (1-of-2). */
const PER_LINE = 4;
const COMPONENTS = LINES * PER_LINE;
export const MTBF_MS = 2000 * HOUR;
export const REPAIR_MS = 4 * HOUR;
export const HORIZON_MS = 365 * DAY;

/** Window boundaries over the year: opens at even indices, closes at odd ones (day 0 is a Monday). */
export const WINDOW_BOUNDARIES: Float64Array = (() => {
  const times: number[] = [];
  for (let d = 0; d * DAY < HORIZON_MS; d++)
    if (d % 7 < 5) times.push(d * DAY + 9 * HOUR, d * DAY + 16 * HOUR);
  return Float64Array.from(times.filter((t) => t < HORIZON_MS));
})();

/** Agreed (window) time in the year, in ms. */
export const AGREED_MS = WINDOW_BOUNDARIES.reduce((sum, t, k) => sum + (k % 2 === 0 ? -t : t), 0);

/**
 * A line's long-run availability: q = 4 / 2004 is a component's share of time under repair
 * (alternating renewal), the 2-of-2 group is up with both, the 1-of-2 group with either.
 */
export function analyticLineAvailability(): number {
  const q = REPAIR_MS / (MTBF_MS + REPAIR_MS);
  return (1 - q) * (1 - q) * (1 - q * q);
}

export interface BareRuns {
  readonly runs: number;
  /** Failures, repairs and window boundaries before the horizon, over all runs. */
  readonly failures: number;
  readonly repairs: number;
  readonly boundaries: number;
  /** Per line: the sum, and the sum of squares, of its availability in windows over the runs. */
  readonly availabilitySum: Float64Array;
  readonly availabilitySumSq: Float64Array;
}

/** `runs` years of the reference model, the PRNG seeded with `seed` (a 32-bit integer). */
export function bareReferenceRuns(runs: number, seed: number): BareRuns {
  // sfc32's state, in locals (Chris Doty-Humphrey's small fast counting PRNG).
  let a = seed | 0;
  let b = 0x9e3779b9 | 0;
  let c = 0x243f6a88 | 0;
  let d = 1;
  const uniform = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    // In (0, 1]: the logarithm below never sees 0.
    return ((t >>> 0) + 1) / 4294967296;
  };
  for (let i = 0; i < 12; i++) uniform();
  const next = new Float64Array(COMPONENTS);
  const up = new Uint8Array(COMPONENTS);
  const lineUp = new Uint8Array(LINES);
  const since = new Float64Array(LINES);
  const downMs = new Float64Array(LINES);
  const availabilitySum = new Float64Array(LINES);
  const availabilitySumSq = new Float64Array(LINES);
  const windows = WINDOW_BOUNDARIES;
  const nw = windows.length;
  let failures = 0;
  let repairs = 0;
  let boundaries = 0;
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < COMPONENTS; i++) {
      up[i] = 1;
      next[i] = -MTBF_MS * Math.log(uniform());
    }
    lineUp.fill(1);
    downMs.fill(0);
    let w = 0;
    let inWindow = false;
    for (;;) {
      let t = w < nw ? windows[w]! : Infinity;
      let who = -1;
      for (let i = 0; i < COMPONENTS; i++)
        if (next[i]! < t) {
          t = next[i]!;
          who = i;
        }
      if (!(t < HORIZON_MS)) break;
      if (who < 0) {
        // A window opens or closes: lines down count from now, or until now.
        boundaries++;
        w++;
        inWindow = !inWindow;
        for (let l = 0; l < LINES; l++)
          if (lineUp[l] === 0) {
            if (inWindow) since[l] = t;
            else downMs[l]! += t - since[l]!;
          }
        continue;
      }
      if (up[who] === 1) {
        failures++;
        up[who] = 0;
        next[who] = t + REPAIR_MS;
      } else {
        repairs++;
        up[who] = 1;
        next[who] = t - MTBF_MS * Math.log(uniform());
      }
      const l = (who / PER_LINE) | 0;
      const o = l * PER_LINE;
      const now = up[o]! & up[o + 1]! & (up[o + 2]! | up[o + 3]!);
      if (now === lineUp[l]) continue;
      lineUp[l] = now;
      if (!inWindow) continue;
      if (now === 0) since[l] = t;
      else downMs[l]! += t - since[l]!;
    }
    for (let l = 0; l < LINES; l++) {
      if (inWindow && lineUp[l] === 0) downMs[l]! += HORIZON_MS - since[l]!;
      const availability = 1 - downMs[l]! / AGREED_MS;
      availabilitySum[l]! += availability;
      availabilitySumSq[l]! += availability * availability;
    }
  }
  return { runs, failures, repairs, boundaries, availabilitySum, availabilitySumSq };
}
