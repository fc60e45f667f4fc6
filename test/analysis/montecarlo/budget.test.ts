import { describe, expect, it } from 'vitest';
import { runStudy } from '../../../src/analysis/montecarlo/index.ts';
import { StudyPool } from '../../../src/analysis/montecarlo/pool.ts';
import { EventBudgetError } from '../../../src/core/event-budget.ts';
import { days, minutes } from '../../../src/core/time.ts';
import { inlineWorker } from '../../../src/workers/montecarlo-serve.ts';
import { component, flatDemand, plan, scenario, service } from '../../support/model-builder.ts';
import { storm } from '../../support/storm.ts';

/** Overloaded ten times over: it fails after a minute, restarts in one, and so on (no failure expected). */
const overloaded = scenario({
  horizon: days(2),
  services: [service('s', { type: 'component', id: 'a' }, { demand: flatDemand(1000) })],
  components: [component('a', { capacity: 100, overloadFailAfter: minutes(1), recovery: 'r' })],
  plans: [plan('r', [['restart', 1]])],
});

describe('a Monte Carlo study and the event budget', () => {
  it('is refused before its first run when each run is over the budget', () => {
    const progress: number[] = [];
    expect(() =>
      runStudy(storm(), { runs: 5, masterSeed: 's', onProgress: (done) => progress.push(done) }),
    ).toThrow(/^Refused before running: .* as db-1 fails about every 3 min/);
    expect(progress).toEqual([]);
  });

  it('is refused by the pool before a worker starts', async () => {
    let spawned = 0;
    const pool = new StudyPool({ workers: 2, spawn: () => (spawned++, inlineWorker()) });
    const study = pool.run([{ scenario: storm(), runs: 100, masterSeed: 's' }]);
    await expect(study).rejects.toBeInstanceOf(EventBudgetError);
    await expect(study).rejects.toThrow(/db-1 fails about every 3 min/);
    expect(spawned).toBe(0);
    pool.terminate();
  });

  it('runs under a raised budget, and stops at the run that beats its estimate, naming it', async () => {
    expect(() => runStudy(overloaded, { runs: 3, masterSeed: 's', maxEvents: 1000 })).toThrow(
      /^Run 0 of the study \(npm run simulate -- FILE --seed s:run:0 --without-injects\): Stopped after 2,000 events/,
    );
    expect(runStudy(overloaded, { runs: 3, masterSeed: 's' }).runs).toBe(3);
    // Through the pool and its worker protocol, the error is still the budget's.
    const pool = new StudyPool({ workers: 1, spawn: inlineWorker });
    const study = pool.run([{ scenario: overloaded, runs: 3, masterSeed: 's', maxEvents: 1000 }]);
    await expect(study).rejects.toBeInstanceOf(EventBudgetError);
    await expect(study).rejects.toThrow(/^Run 0 of the study .*: Stopped after 2,000 events/);
    pool.terminate();
  });
});
