/**
 * The Monte Carlo tab's pool of workers: started by the first task, kept warm for the next ones
 * (a study, then a comparison, then another study), ended by Cancel (the next task starts fresh ones).
 * A tornado hands all its studies to the pool at once (a study asked for twice runs once), so
 * every worker has work until the end, and its rows are runTornado's in one thread, value for value.
 */
import type { ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import type { PoolWorker } from '../../../src/analysis/montecarlo/pool-protocol.ts';
import { runTornado, tornadoInputs } from '../../../src/analysis/sensitivity/index.ts';
import { MonteCarloSession } from '../../../src/ui/montecarlo-view/session.ts';
import type { ToWorker } from '../../../src/analysis/montecarlo/pool-protocol.ts';
import { inlineWorker } from '../../../src/workers/montecarlo-serve.ts';
import { bank, bankVariant } from '../../analysis/sensitivity/bank.ts';

/** A session on `workers` in-process workers, counting the workers started and what they were sent. */
function counted(workers: number) {
  const started: { received: ToWorker[]; ended: boolean }[] = [];
  let settled: (() => void) | null = null;
  const host: ReactiveControllerHost = {
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => {
      if (!session.running) settled?.();
    },
    get updateComplete() {
      return Promise.resolve(true);
    },
  };
  const session = new MonteCarloSession(host, workers, () => {
    const worker = inlineWorker();
    const seen = { received: [] as ToWorker[], ended: false };
    started.push(seen);
    return {
      ...worker,
      post: (m) => (seen.received.push(m), worker.post(m)),
      terminate: () => ((seen.ended = true), worker.terminate()),
    } satisfies PoolWorker;
  });
  /** Resolves when the task started by `start` has finished. */
  const run = (start: () => void): Promise<void> =>
    new Promise((resolve) => {
      settled = () => ((settled = null), resolve());
      start();
    });
  return { session, started, run };
}

describe('the Monte Carlo pool of the tab', () => {
  it('keeps the workers of the first task for the next ones', async () => {
    const { session, started, run } = counted(2);
    await run(() => session.study(bank, 'bank', 40, 'warm'));
    expect(started).toHaveLength(2);
    const variants = [{ name: 'one-database', scenario: bankVariant('one-database') }];
    await run(() => session.compare(bank, variants, 30, 'warm'));
    await run(() => session.study(bank, 'bank', 40, 'again'));
    expect(started.map((w) => w.ended)).toEqual([false, false]);
    expect(session.controller.status.kind).toBe('done');
    expect(session.results.compare?.workers).toBe(2);
  });

  it('hands all of a tornado’s studies to the pool at once, and gives runTornado’s rows', async () => {
    const { session, started, run } = counted(2);
    const runs = 6;
    await run(() => session.tornado(bank, 'transfers', 'availability', 0.5, runs, 'tornado'));
    const inputs = tornadoInputs(bank, 'transfers');
    const scenarios = [bank, ...inputs.flatMap((i) => [i.lowScenario, i.highScenario])];
    // A scenario the same as another (a team of one halved is still one) is run once.
    const studies = new Set(scenarios.map((s) => JSON.stringify(s))).size;
    expect(studies).toBe(scenarios.length - 2);
    // One set of studies (one release at its end), every distinct study's chunks in it, and
    // both workers busy with chunks until the last studies.
    for (const { received } of started) {
      expect(received.filter((m) => m.type === 'release')).toHaveLength(1);
      expect(received.at(-1)?.type).toBe('release');
    }
    const jobs = (k: number) =>
      new Set(started[k]!.received.flatMap((m) => (m.type === 'chunk' ? [m.job] : [])));
    const measured = (k: number) =>
      started[k]!.received.flatMap((m) => (m.type === 'chunk' ? (m.also ?? []) : [])).map(
        (a) => a.job,
      );
    // The six studies of the objectives (RTO, RPO, MTPD low and high) are measured from the
    // baseline's runs (shared-runs.ts): their runs are not simulated again.
    expect(new Set([...jobs(0), ...jobs(1)]).size).toBe(studies - 6);
    expect(new Set([...jobs(0), ...jobs(1), ...measured(0), ...measured(1)]).size).toBe(studies);
    // (the last simulated study is the one before the six)
    expect(Math.max(...jobs(0))).toBeGreaterThan(studies - 6 - 4);
    expect(Math.max(...jobs(1))).toBeGreaterThan(studies - 6 - 4);
    const node = runTornado(bank, 'transfers', 'availability', { runs, masterSeed: 'tornado' });
    expect(JSON.stringify(session.results.tornado?.rows)).toBe(JSON.stringify(node));
  });

  it('ends the workers on Cancel, and starts fresh ones for the next task', async () => {
    const { session, started, run } = counted(2);
    session.study(bank, 'bank', 100_000, 'long');
    session.cancel();
    expect(session.controller.status.kind).toBe('cancelled');
    expect(started.map((w) => w.ended)).toEqual([true, true]);
    await run(() => session.study(bank, 'bank', 20, 'next'));
    expect(started.map((w) => w.ended)).toEqual([true, true, false, false]);
  });
});
