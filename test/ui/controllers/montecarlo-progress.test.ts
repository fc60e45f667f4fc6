/**
 * The Monte Carlo controller's progress: the host (the whole app) renders when a task starts and
 * when it ends, never for a progress tick; ticks go to progress listeners (the progress line), at
 * most a few times a second, with the status's runs done and time left up to date.
 */
import type { ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PoolWorker } from '../../../src/analysis/montecarlo/pool-protocol.ts';
import { MonteCarloController } from '../../../src/ui/controllers/montecarlo-controller.ts';
import type { FromWorker, ToWorker } from '../../../src/analysis/montecarlo/pool-protocol.ts';
import { bank } from '../../analysis/sensitivity/bank.ts';

/** A worker that only records what it is sent; the test speaks for it. */
function silentWorker() {
  const sent: ToWorker[] = [];
  let answer: (message: FromWorker) => void = () => {};
  const worker: PoolWorker = {
    post: (message) => void sent.push(message),
    onMessage: (cb) => void (answer = cb),
    onError: () => {},
    terminate: () => {},
  };
  return { worker, sent, answer: (m: FromWorker) => answer(m) };
}

function hostCounting() {
  const host = {
    updates: 0,
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => void host.updates++,
    get updateComplete() {
      return Promise.resolve(true);
    },
  } satisfies ReactiveControllerHost & { updates: number };
  return host;
}

describe('the Monte Carlo controller while studies run', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['performance'] }));
  afterEach(() => void vi.useRealTimers());

  it('tells progress listeners, not the host, as runs get done, at most every 150 ms', () => {
    const host = hostCounting();
    const fake = silentWorker();
    const controller = new MonteCarloController(host, 1, () => fake.worker);
    const ticks: number[] = [];
    controller.onProgress(() => {
      const status = controller.status;
      if (status.kind === 'running') ticks.push(status.done);
    });
    controller.run([{ scenario: bank, runs: 1000, masterSeed: 'ticks' }]);
    expect(host.updates).toBe(1); // running
    const chunk = fake.sent.find((m) => m.type === 'chunk');
    if (chunk?.type !== 'chunk') throw new Error('the pool sent no chunk');
    const size = chunk.to - chunk.from;
    expect(size).toBeGreaterThanOrEqual(15);
    // Eight ticks 200 ms apart, then seven 25 ms apart: all the first, one in 150 ms of the rest.
    for (let done = 1; done <= 8; done++) {
      vi.advanceTimersByTime(200);
      fake.answer({ type: 'progress', id: chunk.id, done });
    }
    for (let done = 9; done <= 15; done++) {
      vi.advanceTimersByTime(25);
      fake.answer({ type: 'progress', id: chunk.id, done });
    }
    expect(ticks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 14]);
    expect(host.updates).toBe(1);
    const status = controller.status;
    expect(status.kind === 'running' && status.done).toBe(15);
    // 15 runs in 1.775 s: 985 more at that rate take about 116.6 s.
    expect(status.kind === 'running' && status.etaMs).toBeCloseTo((1775 / 15) * 985, 6);

    controller.cancel();
    expect(host.updates).toBe(2); // cancelled
    expect(controller.status).toEqual({ kind: 'cancelled', done: 15, total: 1000 });
  });

  it('stops telling a listener once it has stopped listening', () => {
    const fake = silentWorker();
    const controller = new MonteCarloController(hostCounting(), 1, () => fake.worker);
    let told = 0;
    const stop = controller.onProgress(() => told++);
    controller.run([{ scenario: bank, runs: 1000, masterSeed: 'stop' }]);
    const chunk = fake.sent.find((m) => m.type === 'chunk');
    if (chunk?.type !== 'chunk') throw new Error('the pool sent no chunk');
    vi.advanceTimersByTime(200);
    fake.answer({ type: 'progress', id: chunk.id, done: 1 });
    stop();
    vi.advanceTimersByTime(200);
    fake.answer({ type: 'progress', id: chunk.id, done: 2 });
    expect(told).toBe(1);
    controller.cancel();
  });
});
