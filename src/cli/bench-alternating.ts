/**
 * Two pieces of work timed in alternating batches (A B, B A, A B, ...) in one process, so that
 * both see the same moments of a busy machine: each batch's wall time, this thread's CPU and
 * the whole process's CPU (bench-thread-clock.ts). A ratio is then taken batch pair by batch
 * pair (the median of the rounds' ratios: one round slowed by another program's burst moves it
 * little) as well as over the totals.
 */
import { processCpuSeconds, threadCpuSeconds } from './bench-thread-clock.ts';

export interface Side {
  /** Runs per batch (a batch of each side should take a similar, short time: ~50-100 ms). */
  readonly batchRuns: number;
  /** Does runs [from, from + n) of this side. */
  readonly batch: (from: number, n: number) => void;
}

/** One batch: its runs, and its wall, thread-CPU and process-CPU seconds. */
export interface Batch {
  readonly runs: number;
  readonly wall: number;
  readonly thread: number;
  readonly process: number;
}

export type Clock = 'wall' | 'thread' | 'process';
export const CLOCKS: readonly Clock[] = ['wall', 'thread', 'process'];

function timeBatch(side: Side, from: number): Batch {
  const p0 = processCpuSeconds();
  const c0 = threadCpuSeconds();
  const t0 = performance.now();
  side.batch(from, side.batchRuns);
  const wall = (performance.now() - t0) / 1000;
  const thread = threadCpuSeconds() - c0;
  return { runs: side.batchRuns, wall, thread, process: processCpuSeconds() - p0 };
}

/**
 * Rounds of one batch of each side, the order swapped every round, until each side has had at
 * least `minSeconds` of wall time and `minRounds` rounds. Returns each side's batches, round by
 * round.
 */
export function alternate(a: Side, b: Side, minSeconds: number, minRounds = 6): [Batch[], Batch[]] {
  const out: [Batch[], Batch[]] = [[], []];
  const done = [0, 0];
  const wall = [0, 0];
  const sides = [a, b];
  for (let round = 0; round < minRounds || Math.min(wall[0]!, wall[1]!) < minSeconds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const batch = timeBatch(sides[k]!, done[k]!);
      done[k]! += batch.runs;
      wall[k]! += batch.wall;
      out[k]!.push(batch);
    }
  }
  return out;
}

/** Batches of one side alone until `minSeconds` of wall time. */
export function repeat(side: Side, minSeconds: number): Batch[] {
  const out: Batch[] = [];
  for (let done = 0, wall = 0; wall < minSeconds; done += side.batchRuns) {
    const batch = timeBatch(side, done);
    wall += batch.wall;
    out.push(batch);
  }
  return out;
}

/** The batches summed. */
export function totals(batches: readonly Batch[]): Batch {
  let runs = 0;
  let wall = 0;
  let thread = 0;
  let process = 0;
  for (const x of batches) {
    runs += x.runs;
    wall += x.wall;
    thread += x.thread;
    process += x.process;
  }
  return { runs, wall, thread, process };
}

/** Seconds per run of `b` over those of `a`, round by round, by `clock`: the median. */
export function medianRatio(a: readonly Batch[], b: readonly Batch[], clock: Clock): number {
  const ratios: number[] = [];
  for (let r = 0; r < Math.min(a.length, b.length); r++)
    ratios.push(b[r]![clock] / b[r]!.runs / (a[r]![clock] / a[r]!.runs));
  ratios.sort((x, y) => x - y);
  const m = ratios.length >> 1;
  return ratios.length % 2 === 1 ? ratios[m]! : (ratios[m - 1]! + ratios[m]!) / 2;
}
