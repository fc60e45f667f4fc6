import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { runStudy, StudyAggregate } from '../../../src/analysis/montecarlo/index.ts';
import { packStudy } from '../../../src/analysis/montecarlo/packed-study.ts';
import { runStudies, StudyPool } from '../../../src/analysis/montecarlo/pool.ts';
import type { StudyJob } from '../../../src/analysis/montecarlo/study-job.ts';
import type { Scenario } from '../../../src/core/model.ts';
import type { Duration } from '../../../src/core/time.ts';
import type {
  FromWorker,
  PoolWorker,
  ToWorker,
} from '../../../src/analysis/montecarlo/pool-protocol.ts';
import { inlineWorker, serveStudies } from '../../../src/workers/montecarlo-serve.ts';
import { fixture } from './study-fixture.ts';

interface Fake extends PoolWorker {
  readonly received: ToWorker[];
  /** Answers in the order the worker sent them. */
  readonly sent: FromWorker[];
  /** Answers in the order the pool got them. */
  readonly delivered: FromWorker[];
  terminated: boolean;
  /** Fails as a worker that crashed would. */
  crash(message: string): void;
}

/**
 * A worker in this thread that serves the protocol with serveStudies, as a real one would,
 * but answers asynchronously after random delays, so answers arrive out of order (a chunk's
 * `done` after its study's aggregate, one worker's answers interleaved with another's), which
 * a real port never does: the pool must not depend on it. Messages are copied, as
 * postMessage copies them.
 */
function fakeWorker(random: () => number): Fake {
  let toPool: (m: FromWorker) => void = () => {};
  let onError: (e: Error) => void = () => {};
  let serve: (m: ToWorker) => void = () => {};
  serveStudies(
    (m) => {
      const copy = structuredClone(m);
      fake.sent.push(copy);
      setTimeout(
        () => {
          if (fake.terminated) return;
          fake.delivered.push(copy);
          toPool(copy);
        },
        Math.floor(random() * 4),
      );
    },
    (handler) => (serve = handler),
  );
  const fake: Fake = {
    received: [],
    sent: [],
    delivered: [],
    terminated: false,
    post(m) {
      const copy = structuredClone(m);
      fake.received.push(copy);
      setTimeout(() => fake.terminated || serve(copy), 0);
    },
    onMessage: (cb) => (toPool = cb),
    onError: (cb) => (onError = cb),
    terminate: () => (fake.terminated = true),
    crash: (message) => setTimeout(() => fake.terminated || onError(new Error(message)), 0),
  };
  return fake;
}

/** Spawns fake workers with a seeded random order of answers, and keeps them for inspection. */
function fakes(seed: string) {
  const random = seedrandom(seed);
  const spawned: Fake[] = [];
  return {
    spawned,
    spawn: (): Fake => {
      const f = fakeWorker(random);
      spawned.push(f);
      return f;
    },
  };
}

const text = (a: StudyAggregate): string => JSON.stringify(a);
const variant: Scenario = { ...fixture, name: 'fixture, slower repair' };
/** The fixture with its first service's RTO doubled: its runs are the fixture's (shared-runs.ts). */
const longerRto = ((): Scenario => {
  const [pay, ...others] = fixture.services;
  const rto = ((pay!.objectives.rto as number) * 2) as Duration;
  return {
    ...fixture,
    services: [{ ...pay!, objectives: { ...pay!.objectives, rto } }, ...others],
  };
})();

describe('runStudies', () => {
  const job: StudyJob = { scenario: fixture, runs: 45, masterSeed: 'pool' };
  const alone = text(runStudy(fixture, { runs: 45, masterSeed: 'pool' }));

  it.each([1, 2, 3])(
    'with %i worker(s) gives the aggregate of one runStudy, byte for byte',
    async (workers) => {
      for (const seed of ['a', 'b']) {
        const { spawn, spawned } = fakes(`${workers}:${seed}`);
        const [result] = await runStudies([job], { workers, spawn, chunkSize: 4 });
        expect(text(result!)).toBe(alone);
        expect(spawned).toHaveLength(workers);
        expect(spawned.every((w) => w.terminated)).toBe(true);
      }
    },
  );

  it('gives the same aggregate with the default, shrinking chunks', async () => {
    const { spawn, spawned } = fakes('guided');
    const big: StudyJob = { scenario: fixture, runs: 400, masterSeed: 'pool' };
    const [result] = await runStudies([big], { workers: 3, spawn });
    expect(text(result!)).toBe(text(runStudy(fixture, { runs: 400, masterSeed: 'pool' })));
    const sizes = spawned.flatMap((w) =>
      w.received.flatMap((m) => (m.type === 'chunk' ? [m.to - m.from] : [])),
    );
    expect(sizes.length).toBeGreaterThan(6);
    expect(sizes.reduce((a, b) => a + b)).toBe(400);
  });

  it('runs several studies at once on the same workers, each giving its own aggregate', async () => {
    const jobs: StudyJob[] = [
      job,
      { scenario: variant, runs: 45, masterSeed: 'pool' },
      { scenario: fixture, runs: 30, masterSeed: 'other' },
      { scenario: variant, runs: 50, masterSeed: 'pool', range: [20, 37] },
      { scenario: fixture, runs: 10, masterSeed: 'empty', range: [4, 4] },
    ];
    const { spawn, spawned } = fakes('jobs');
    const progress: number[] = [];
    const results = await runStudies(jobs, {
      workers: 3,
      spawn,
      chunkSize: 5,
      onProgress: (done, total) => {
        expect(total).toBe(45 + 45 + 30 + 17);
        progress.push(done);
      },
    });
    const expected = jobs.map((j) =>
      runStudy(j.scenario, {
        runs: j.runs,
        masterSeed: j.masterSeed,
        from: j.range?.[0] ?? 0,
        to: j.range?.[1] ?? j.runs,
      }),
    );
    expect(results.map(text)).toEqual(expected.map(text));
    expect(progress.at(-1)).toBe(137);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // The answers did arrive out of order: some worker's study aggregate before a chunk of it.
    const early = spawned.filter((w) =>
      w.delivered.some(
        (m, k) =>
          m.type === 'packed' &&
          w.delivered
            .slice(k + 1)
            .some((d) => d.type === 'done' && w.sent.indexOf(d) < w.sent.indexOf(m)),
      ),
    );
    expect(early.length).toBeGreaterThan(0);
    // Every worker had chunks of several studies, and was sent each scenario once.
    for (const worker of spawned) {
      const chunks = worker.received.filter((m) => m.type === 'chunk');
      expect(new Set(chunks.map((c) => c.masterSeed)).size).toBeGreaterThan(1);
      const sent = chunks.filter((c) => c.scenario !== undefined).map((c) => c.key);
      expect(new Set(sent).size).toBe(sent.length);
      expect(new Set(chunks.map((c) => c.key))).toEqual(new Set(sent));
      expect(sent.length).toBeLessThanOrEqual(2);
    }
  });

  it('runs a study asked for twice once, and gives each its own copy of the aggregate', async () => {
    const copy = structuredClone(fixture); // the same content, another object (as a worker's)
    const jobs: StudyJob[] = [
      job,
      { scenario: variant, runs: 45, masterSeed: 'pool' },
      { scenario: copy, runs: 45, masterSeed: 'pool' },
      { scenario: fixture, runs: 45, masterSeed: 'other' },
      job,
    ];
    const { spawn, spawned } = fakes('twice');
    const totals = new Set<number>();
    const reported: number[] = [];
    const results = await runStudies(jobs, {
      workers: 2,
      spawn,
      chunkSize: 7,
      onProgress: (_, total) => totals.add(total),
      onJobDone: (k, aggregate) => {
        reported.push(k);
        expect(aggregate.runs).toBe(45);
      },
    });
    expect(results.map(text)).toEqual([
      alone,
      text(runStudy(variant, { runs: 45, masterSeed: 'pool' })),
      alone,
      text(runStudy(fixture, { runs: 45, masterSeed: 'other' })),
      alone,
    ]);
    expect(new Set(results).size).toBe(5);
    expect(reported.sort()).toEqual([0, 1, 2, 3, 4]);
    // Three studies' runs went to the workers, not five.
    const chunks = spawned.flatMap((w) =>
      w.received.flatMap((m) => (m.type === 'chunk' ? [m] : [])),
    );
    expect(chunks.reduce((n, c) => n + c.to - c.from, 0)).toBe(3 * 45);
    expect([...totals]).toEqual([3 * 45]);
  });

  it('says whose runs a study was measured on: an identical study, or one that differs only in an RTO', async () => {
    const jobs: StudyJob[] = [
      job,
      { ...job, scenario: longerRto },
      { ...job, scenario: structuredClone(fixture) },
      { ...job, scenario: variant },
    ];
    const measuredOn: (number | null)[] = [];
    const results = await runStudies(jobs, {
      workers: 2,
      spawn: fakes('whose').spawn,
      chunkSize: 9,
      onJobDone: (k, _, on) => (measuredOn[k] = on),
    });
    expect(measuredOn).toEqual([null, 0, 0, null]);
    expect(text(results[1]!)).toBe(text(runStudy(longerRto, { runs: 45, masterSeed: 'pool' })));
  });

  it('reports no study done once a callback has ended the set, not even one measured from the same runs', async () => {
    // One chunk; its `done` reaches the pool after the aggregates, so that one answer completes
    // the study and the study measured from its runs, one after the other.
    const spawn = (): PoolWorker => {
      const worker = inlineWorker();
      return {
        ...worker,
        onMessage: (cb) =>
          worker.onMessage((m) => setTimeout(() => cb(m), m.type === 'done' ? 5 : 0)),
      };
    };
    const controller = new AbortController();
    const heard: number[] = [];
    const running = runStudies([job, { ...job, scenario: longerRto }], {
      workers: 1,
      spawn,
      chunkSize: 45,
      signal: controller.signal,
      onJobDone: (k) => (heard.push(k), controller.abort()),
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(heard).toEqual([0]);
  });

  it('runs a study again when only its range, injects or budget differ', async () => {
    const jobs: StudyJob[] = [
      job,
      { ...job, range: [0, 44] },
      { ...job, injects: 'scripted' },
      { ...job, maxEvents: 1_000_000 },
    ];
    const { spawn, spawned } = fakes('differ');
    await runStudies(jobs, { workers: 2, spawn, chunkSize: 9 });
    const chunks = spawned.flatMap((w) =>
      w.received.flatMap((m) => (m.type === 'chunk' ? [m] : [])),
    );
    expect(chunks.reduce((n, c) => n + c.to - c.from, 0)).toBe(45 + 44 + 45 + 45);
  });

  it('reports each study as it completes, the first study first', async () => {
    const { spawn } = fakes('order');
    const order: number[] = [];
    await runStudies([job, { ...job, scenario: variant }], {
      workers: 1,
      spawn,
      chunkSize: 9,
      onJobDone: (k, aggregate) => {
        order.push(k);
        expect(aggregate.runs).toBe(45);
      },
    });
    expect(order).toEqual([0, 1]);
  });

  it('rejects with an AbortError and terminates every worker when aborted', async () => {
    const { spawn, spawned } = fakes('abort');
    const controller = new AbortController();
    const running = runStudies([job, { ...job, scenario: variant }], {
      workers: 3,
      spawn,
      chunkSize: 2,
      signal: controller.signal,
      onProgress: (done) => done >= 10 && controller.abort(),
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(spawned).toHaveLength(3);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('rejects at once, starting no worker, when the signal is already aborted', async () => {
    const { spawn, spawned } = fakes('aborted');
    const running = runStudies([job], { workers: 2, spawn, signal: AbortSignal.abort() });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(spawned).toHaveLength(0);
  });

  it('rejects with a clear message when a worker fails, and ends the others', async () => {
    const { spawn, spawned } = fakes('crash');
    const running = runStudies([job], {
      workers: 2,
      spawn: () => {
        const worker = spawn();
        if (spawned.length === 2) worker.crash('out of memory');
        return worker;
      },
      chunkSize: 3,
    });
    await expect(running).rejects.toThrow('a Monte Carlo worker failed: out of memory');
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('rejects with the message of an error thrown in a worker', async () => {
    const { spawn } = fakes('throw');
    const broken = { ...fixture, components: null } as unknown as Scenario;
    const running = runStudies([{ scenario: broken, runs: 4, masterSeed: 'x' }], {
      workers: 2,
      spawn,
    });
    await expect(running).rejects.toThrow(/^a Monte Carlo worker failed: .+/);
  });

  it('refuses a range outside the study before starting any worker', async () => {
    const { spawn, spawned } = fakes('range');
    const running = runStudies([{ ...job, range: [40, 50] }], { workers: 2, spawn });
    await expect(running).rejects.toThrow('study 0: the range [40, 50) is not inside [0, 45)');
    expect(spawned).toHaveLength(0);
  });
});

describe('the pool and its workers', () => {
  const jobs: StudyJob[] = [
    { scenario: fixture, runs: 300, masterSeed: 'a' },
    { scenario: variant, runs: 200, masterSeed: 'a' },
  ];

  it('gives each worker two chunks at a time, so it never waits for the pool between them', async () => {
    const { spawn, spawned } = fakes('depth');
    const held: number[] = [];
    const counting = (): PoolWorker => {
      const worker = spawn();
      const post = worker.post.bind(worker);
      return {
        ...worker,
        post: (m) => {
          post(m);
          const sent = worker.received.filter((r) => r.type === 'chunk').length;
          const done = worker.delivered.filter((d) => d.type === 'done').length;
          if (m.type === 'chunk') held.push(sent - done);
        },
      };
    };
    await runStudies(jobs, { workers: 2, spawn: counting });
    expect(Math.max(...held)).toBe(2);
    expect(held.filter((h) => h === 2).length).toBeGreaterThan(4);
    expect(spawned).toHaveLength(2);
  });

  it('has each worker send one aggregate per study it ran chunks of, after its last chunk of it', async () => {
    const { spawn, spawned } = fakes('flush');
    const results = await runStudies(jobs, { workers: 2, spawn, chunkSize: 20 });
    expect(results.map(text)).toEqual(
      jobs.map((j) => text(runStudy(j.scenario, { runs: j.runs, masterSeed: j.masterSeed }))),
    );
    for (const worker of spawned) {
      const chunks = worker.received.flatMap((m) => (m.type === 'chunk' ? [m] : []));
      const studies = new Set(chunks.map((c) => c.job));
      const aggregates = worker.sent.flatMap((m) => (m.type === 'packed' ? [m.job] : []));
      expect(aggregates.sort()).toEqual([...studies].sort());
      expect(worker.sent.filter((m) => m.type === 'done')).toHaveLength(chunks.length);
      for (const job of studies) {
        const flush = worker.received.findIndex((m) => m.type === 'flush' && m.job === job);
        const lastChunk = worker.received.findLastIndex((m) => m.type === 'chunk' && m.job === job);
        expect(flush).toBeGreaterThan(lastChunk);
      }
    }
  });

  it("rejects with a clear message when the workers' aggregates miss runs of a study", async () => {
    const { spawn } = fakes('lost');
    // A worker that forgets its runs: it answers every flush with an empty aggregate.
    const forgetful = (): PoolWorker => {
      const worker = spawn();
      let toPool: (m: FromWorker) => void = () => {};
      worker.onMessage((m) =>
        toPool(
          m.type === 'packed'
            ? {
                type: 'packed',
                job: m.job,
                part: packStudy(StudyAggregate.empty(fixture, 'a', 300, 'none')).packed,
              }
            : m,
        ),
      );
      return { ...worker, onMessage: (cb) => (toPool = cb) };
    };
    await expect(runStudies([jobs[0]!], { workers: 2, spawn: forgetful })).rejects.toThrow(
      /^the Monte Carlo workers lost runs: study 0 has \d+ runs of 300$/,
    );
  });
});

describe('StudyPool', () => {
  it('keeps its workers from one set of studies to the next, and releases the scenarios', async () => {
    const { spawn, spawned } = fakes('reuse');
    const pool = new StudyPool({ workers: 2, spawn, chunkSize: 10 });
    const job: StudyJob = { scenario: fixture, runs: 40, masterSeed: 'r' };
    const [first] = await pool.run([job]);
    const [second] = await pool.run([{ ...job, masterSeed: 's' }]);
    expect(spawned).toHaveLength(2);
    expect(pool.size).toBe(2);
    expect(text(first!)).toBe(text(runStudy(fixture, { runs: 40, masterSeed: 'r' })));
    expect(text(second!)).toBe(text(runStudy(fixture, { runs: 40, masterSeed: 's' })));
    for (const worker of spawned) {
      expect(worker.received.filter((m) => m.type === 'release')).toHaveLength(2);
      // The scenario is sent again after a release.
      expect(worker.received.filter((m) => m.type === 'chunk' && m.scenario)).toHaveLength(2);
    }
    await expect(Promise.all([pool.run([job]), pool.run([job])])).rejects.toThrow(
      'the pool is already running studies',
    );
    pool.terminate();
    expect(spawned.every((w) => w.terminated)).toBe(true);
    expect(pool.size).toBe(0);
  });

  it('starts fresh workers after an abort ended them', async () => {
    const { spawn, spawned } = fakes('restart');
    const pool = new StudyPool({ workers: 2, spawn, chunkSize: 5 });
    const job: StudyJob = { scenario: fixture, runs: 20, masterSeed: 'q' };
    const controller = new AbortController();
    const aborted = pool.run([job], { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect(pool.size).toBe(0);
    const [result] = await pool.run([job]);
    expect(spawned).toHaveLength(4);
    expect(text(result!)).toBe(text(runStudy(fixture, { runs: 20, masterSeed: 'q' })));
    pool.terminate();
  });
});
