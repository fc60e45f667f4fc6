/**
 * The bank's per-run cost as a Monte Carlo study pays it: `runStudy` inline (one thread, the
 * scenario compiled once, random failures only as `npm run montecarlo` runs it, each run's
 * metrics added to the aggregate). Prints ms per run (wall and CPU) and runs/s, and what that
 * means for the target of 1,000,000 bank runs in 60 s on 2 worker threads: at most 0.12 ms of
 * CPU per run, the threads' own overhead aside.
 */
import type { Scenario } from '../core/model.ts';
import { integer as f } from '../analysis/figure-text.ts';
import { runStudy } from '../analysis/montecarlo/index.ts';
import { measure } from './bench-clock.ts';

const TARGET_MS = 0.12;

export function benchBankStudy(bank: Scenario, minMs = 3000): void {
  runStudy(bank, { runs: 2000, masterSeed: 'warmup' });
  let runs = 0;
  let wall = 0;
  let cpu = 0;
  // Chunks of 2,000 runs until minMs have passed (a study's chunks are of this order).
  for (let chunk = 0; wall < minMs; chunk++) {
    const chunkTime = measure(() =>
      runStudy(bank, {
        runs: 1_000_000,
        masterSeed: 'bench',
        from: chunk * 2000,
        to: (chunk + 1) * 2000,
      }),
    );
    wall += chunkTime.wall * 1000;
    cpu += chunkTime.cpu * 1000;
    runs += 2000;
  }
  const perRun = cpu / runs;
  const million = (1_000_000 * perRun) / 2 / 1000;
  console.log(
    [
      `Bank money transfer as a Monte Carlo study runs it (runStudy inline, ${f(runs)} runs, measure and aggregate included)`,
      `  ${(wall / runs).toFixed(4)} ms per run wall, ${perRun.toFixed(4)} ms per run CPU; ${f((runs / wall) * 1000)} runs/s`,
      `  1,000,000 runs on 2 threads at this CPU cost: ~${million.toFixed(0)} s (target <= 60 s: <= ${TARGET_MS} ms per run per core) ${perRun <= TARGET_MS ? 'met' : 'missed'}`,
    ].join('\n'),
  );
}
