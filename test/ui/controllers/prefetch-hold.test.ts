/**
 * While Monte Carlo studies run on the pool, the idle prefetch of the other tabs' code waits:
 * it would evaluate their modules on the page's main thread, beside the busy workers. It goes
 * on when the studies end, however they end (done, failed, cancelled).
 */
import type { ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import type { PoolWorker } from '../../../src/analysis/montecarlo/pool-protocol.ts';
import { MonteCarloController } from '../../../src/ui/controllers/montecarlo-controller.ts';
import {
  holdPrefetch,
  prefetchHeld,
  whenPrefetchFree,
} from '../../../src/ui/state/prefetch-hold.ts';
import { inlineWorker } from '../../../src/workers/montecarlo-serve.ts';
import { fixture } from '../../analysis/montecarlo/study-fixture.ts';

const host: ReactiveControllerHost = {
  addController: () => {},
  removeController: () => {},
  requestUpdate: () => {},
  get updateComplete() {
    return Promise.resolve(true);
  },
};

/** Resolves once the controller's status is no longer `running`. */
async function settled(controller: MonteCarloController): Promise<void> {
  for (let i = 0; i < 10_000 && controller.status.kind === 'running'; i++)
    await new Promise((r) => setTimeout(r, 1));
}

describe('holding the idle prefetch', () => {
  it('calls what waits once the last hold is released, once; a second release does nothing', () => {
    const calls: string[] = [];
    whenPrefetchFree(() => calls.push('free at once'));
    const a = holdPrefetch();
    const b = holdPrefetch();
    whenPrefetchFree(() => calls.push('after both'));
    a();
    a();
    expect(prefetchHeld()).toBe(true);
    expect(calls).toEqual(['free at once']);
    b();
    expect(prefetchHeld()).toBe(false);
    expect(calls).toEqual(['free at once', 'after both']);
  });

  it('is held while the controller’s studies run, and free when they are done', async () => {
    const controller = new MonteCarloController(host, 1, inlineWorker);
    controller.run([{ scenario: fixture, runs: 20, masterSeed: 'hold' }]);
    expect(prefetchHeld()).toBe(true);
    await settled(controller);
    expect(controller.status.kind).toBe('done');
    expect(prefetchHeld()).toBe(false);
  });

  it('is free again after a cancel or a failure', async () => {
    const controller = new MonteCarloController(host, 1, inlineWorker);
    controller.run([{ scenario: fixture, runs: 20, masterSeed: 'hold' }]);
    controller.cancel();
    await new Promise((r) => setTimeout(r, 5));
    expect(prefetchHeld()).toBe(false);
    const failing = new MonteCarloController(host, 1, (): PoolWorker => {
      throw new Error('no workers here');
    });
    failing.run([{ scenario: fixture, runs: 20, masterSeed: 'hold' }]);
    await settled(failing);
    expect(failing.status.kind).toBe('error');
    expect(prefetchHeld()).toBe(false);
  });
});
