/**
 * Seeds and run ranges of a Monte Carlo study. Run `i` of a study with master seed `S` is the
 * ordinary seeded run with seed `${S}:run:${i}`, so any run can be replayed on its own (e.g. on
 * the timeline) and a study gives the same runs however it is split into chunks, workers or
 * shards.
 */

/** The seed of run `index` of a study with master seed `masterSeed`. */
export const runSeed = (masterSeed: string, index: number): string => `${masterSeed}:run:${index}`;

/** Half-open range of run indices, [from, to). */
export type RunRange = readonly [from: number, to: number];

/** The K-th (1-based) of N disjoint, contiguous, near-equal ranges covering [0, runs). */
export function shardRange(k: number, n: number, runs: number): RunRange {
  return [Math.floor(((k - 1) * runs) / n), Math.floor((k * runs) / n)];
}

/** Splits [from, to) into consecutive chunks of at most `size` runs. */
export function chunkRange([from, to]: RunRange, size: number): RunRange[] {
  const chunks: RunRange[] = [];
  for (let a = from; a < to; a += size) chunks.push([a, Math.min(to, a + size)]);
  return chunks;
}

/**
 * Sorts ranges and joins adjacent ones (the canonical form an aggregate stores); throws a
 * RangeError naming the first pair that overlaps.
 */
export function unionRanges(ranges: readonly RunRange[]): RunRange[] {
  const sorted = [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a < last[1])
      throw new RangeError(
        `runs ${formatRange([a, b])} overlap runs ${formatRange(last)}: these runs would be counted twice`,
      );
    if (last && a === last[1]) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/** `0-4999` for [0, 5000). */
export const formatRange = ([a, b]: RunRange): string => (b - a === 1 ? `${a}` : `${a}-${b - 1}`);

/**
 * Runs [from, to) of a study of `runs` runs (by default all of them), checked: `runs` a whole
 * number ≥ 0 and the range whole numbers inside [0, runs); a RangeError otherwise, its message
 * after `context` (e.g. `study 3: `).
 */
export function checkRunRange(runs: number, range?: RunRange, context = ''): RunRange {
  const [from, to] = range ?? [0, runs];
  if (!Number.isInteger(runs) || runs < 0)
    throw new RangeError(`${context}runs must be a whole number ≥ 0, not ${runs}`);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > runs || from > to)
    throw new RangeError(`${context}the range [${from}, ${to}) is not inside [0, ${runs})`);
  return [from, to];
}
