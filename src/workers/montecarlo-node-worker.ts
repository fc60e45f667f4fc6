/**
 * The Node worker pool of `npm run montecarlo`: one worker_threads worker per core, each
 * running chunks of the study's run range with `runStudy` and sending back the chunk's
 * aggregate as JSON; the main thread merges them. Merging is exact and order-free, so the
 * result is byte-identical whatever the number of workers or the order chunks finish in.
 * This file is both the pool (imported on the main thread) and the worker (loaded by it).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Scenario } from '../core/model.ts';
import {
  chunkRange,
  runStudy,
  StudyAggregate,
  type RunRange,
  type StudyJson,
} from '../analysis/montecarlo/index.ts';

interface Setup {
  readonly kind: 'montecarlo';
  readonly scenario: Scenario;
  readonly runs: number;
  readonly masterSeed: string;
}
type ToWorker = { readonly from: number; readonly to: number } | null;
type FromWorker =
  | { readonly type: 'progress'; readonly runs: number }
  | { readonly type: 'done'; readonly aggregate: StudyJson };

export interface PoolOptions {
  readonly scenario: Scenario;
  readonly runs: number;
  readonly masterSeed: string;
  /** The runs to do (default: all of them). */
  readonly range?: RunRange;
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Starts a worker on this file. Under tsx (a `.ts` URL) the worker registers tsx's loader
 * first: Node 20 workers do not inherit the loader hooks of `--import tsx`.
 */
function spawn(setup: Setup): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: setup });
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(self)}); })`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/** Runs the range on `workers` threads (inline when 1) and merges the chunks' aggregates. */
export async function runPool(o: PoolOptions): Promise<StudyAggregate> {
  const [from, to] = o.range ?? [0, o.runs];
  const total = to - from;
  const study = { runs: o.runs, masterSeed: o.masterSeed, from, to };
  if (o.workers <= 1 || total === 0)
    return runStudy(o.scenario, {
      ...study,
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
  const size = Math.min(1000, Math.max(1, Math.ceil(total / (o.workers * 8))));
  const chunks = chunkRange([from, to], size);
  const result = StudyAggregate.empty(o.scenario, o.masterSeed, o.runs);
  const setup: Setup = { kind: 'montecarlo', scenario: o.scenario, ...study };
  let done = 0;
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = spawn(setup);
      const next = (): void => {
        const chunk = chunks.shift();
        worker.postMessage((chunk ? { from: chunk[0], to: chunk[1] } : null) satisfies ToWorker);
        if (!chunk) resolve();
      };
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'progress') {
          done += m.runs;
          o.onProgress?.(done, total);
        } else {
          result.merge(StudyAggregate.fromJSON(m.aggregate));
          next();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`a Monte Carlo worker stopped with code ${code}`));
      });
      next();
    });
  await Promise.all(Array.from({ length: Math.min(o.workers, chunks.length) }, one));
  return result;
}

function serve(port: NonNullable<typeof parentPort>, setup: Setup): void {
  port.on('message', (chunk: ToWorker) => {
    if (chunk === null) {
      port.close();
      return;
    }
    let reported = 0;
    const aggregate = runStudy(setup.scenario, {
      runs: setup.runs,
      masterSeed: setup.masterSeed,
      from: chunk.from,
      to: chunk.to,
      progressEvery: 20,
      onProgress: (d) => {
        port.postMessage({ type: 'progress', runs: d - reported } satisfies FromWorker);
        reported = d;
      },
    });
    port.postMessage({ type: 'done', aggregate: aggregate.toJSON() } satisfies FromWorker);
  });
}

const setup = workerData as Setup | null;
if (!isMainThread && parentPort && setup?.kind === 'montecarlo') serve(parentPort, setup);
