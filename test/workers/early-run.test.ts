import { describe, expect, it } from 'vitest';
import { runData, type RunData } from '../../src/analysis/run-data.ts';
import { plainBundledScenario, PLAIN_SEED } from '../../src/ui/app/early-start.ts';
import { earlyTimes, startEarlyRun, takeEarlyRun } from '../../src/workers/early-run.ts';
import {
  earlyRunName,
  earlyRunOf,
  type SimulateRequest,
} from '../../src/workers/simulate-protocol.ts';
import { bundled } from '../support/bundled.ts';

const bank = bundled('bank-money-transfer');
/** The page's first request for the bank opened plainly (app.ts's rerun). */
const request = (change: Partial<SimulateRequest> = {}): SimulateRequest => ({
  id: 1,
  scenario: bank,
  seed: PLAIN_SEED,
  injects: [],
  effect: true,
  prebuilt: 'bank-money-transfer',
  ...change,
});

describe("the simulation worker's early run", () => {
  it("answers the page's first request with the very run that request asks for", async () => {
    startEarlyRun({ id: 'bank-money-transfer', seed: PLAIN_SEED }, (r) => runData(r));
    const early = takeEarlyRun<RunData>(request());
    expect(early).not.toBeNull();
    const outcome = await early!;
    if (!outcome.ok) throw outcome.error;
    expect(outcome.value).toStrictEqual(runData(request()));
    // when the worker was ready, and the run began and ended, in that order (for the page's marks)
    const times = earlyTimes()!;
    expect(times.ready).toBeLessThanOrEqual(times.start);
    expect(times.start).toBeLessThanOrEqual(times.end);
  });

  it('is given once: a second request for it runs as usual', async () => {
    startEarlyRun({ id: 'bank-money-transfer', seed: PLAIN_SEED }, () => 'early');
    expect(await takeEarlyRun(request())).toEqual({ ok: true, value: 'early' });
    expect(takeEarlyRun(request())).toBeNull();
  });

  it('is not the answer to another run: another scenario, seed, injects, budget, or a scenario not as the build read it', async () => {
    startEarlyRun({ id: 'bank-money-transfer', seed: PLAIN_SEED }, () => 'early');
    expect(takeEarlyRun(request({ prebuilt: 'hospital-records' }))).toBeNull();
    const { prebuilt: _, ...notPrebuilt } = request();
    expect(takeEarlyRun(notPrebuilt)).toBeNull();
    expect(takeEarlyRun(request({ seed: '7' }))).toBeNull();
    expect(takeEarlyRun(request({ maxEvents: 10 }))).toBeNull();
    expect(takeEarlyRun(request({ effect: false }))).toBeNull();
    const inject = {
      at: 0,
      component: 'core-db',
      kind: 'fail',
    } as unknown as SimulateRequest['injects'][number];
    expect(takeEarlyRun(request({ injects: [inject] }))).toBeNull();
    // still there for the request it is for
    expect(await takeEarlyRun(request())).toEqual({ ok: true, value: 'early' });
  });

  it("keeps a run's failure as its outcome (the page hears it as from any run)", async () => {
    const failure = new Error('over the budget');
    startEarlyRun({ id: 'bank-money-transfer', seed: PLAIN_SEED }, () => {
      throw failure;
    });
    expect(await takeEarlyRun(request())).toEqual({ ok: false, error: failure });
  });

  it('starts nothing for a scenario the build did not read', () => {
    startEarlyRun({ id: 'no-such-scenario', seed: PLAIN_SEED }, () => 'early');
    expect(takeEarlyRun(request({ prebuilt: 'no-such-scenario' }))).toBeNull();
  });
});

describe("the early run, asked for in the worker's name", () => {
  it('is read back from the name, whatever the id and seed', () => {
    const name = earlyRunName('simulate', { id: 'bank-money-transfer', seed: '1' });
    expect(name).toBe('simulate: early run of bank-money-transfer seed 1');
    expect(earlyRunOf(name)).toEqual({ id: 'bank-money-transfer', seed: '1' });
    const odd = { id: 'a b: early run of c', seed: 'x seed y%' };
    expect(earlyRunOf(earlyRunName('simulate', odd))).toEqual(odd);
  });

  it('is none in a plain name or a mangled one', () => {
    expect(earlyRunOf('simulate')).toBeNull();
    expect(earlyRunOf('simulate: early run of bank')).toBeNull();
    expect(earlyRunOf('simulate: early run of %E0%A4%A seed 1')).toBeNull();
  });
});

describe('an address the early run is started for', () => {
  it('names a bundled scenario (the bank by default) and nothing else', () => {
    expect(plainBundledScenario('')).toBe('bank-money-transfer');
    expect(plainBundledScenario('?scenario=hospital-records')).toBe('hospital-records');
    expect(plainBundledScenario('?scenario=bank-money-transfer&seed=7')).toBeNull();
    expect(plainBundledScenario('?scenario=bank-money-transfer&t=2026-01-07T15:30')).toBeNull();
    expect(plainBundledScenario('?scenario=file:mine.yaml')).toBeNull();
    expect(plainBundledScenario('?scenario=generated-50')).toBeNull();
    expect(plainBundledScenario('?view=participant&channel=x')).toBeNull();
  });
});
