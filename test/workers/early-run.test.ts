import { describe, expect, it } from 'vitest';
import { runData } from '../../src/analysis/run-data.ts';
import { plainBundledScenario, PLAIN_SEED } from '../../src/ui/app/early-start.ts';
import { startEarlyRun } from '../../src/workers/early-run.ts';
import {
  earlyRequest,
  earlyRunName,
  earlyRunOf,
  isEarlyRequest,
} from '../../src/workers/simulate-protocol.ts';
import type { RunRequest } from '../../src/analysis/run-data.ts';
import type { Inject } from '../../src/core/model.ts';
import { bundled } from '../support/bundled.ts';

const bank = bundled('bank-money-transfer');
const run = { id: 'bank-money-transfer', seed: PLAIN_SEED };

describe("the simulation worker's early run", () => {
  it('is the run the page asks for first on a plain address, on the scenario as the build read it', async () => {
    const started = startEarlyRun(run, (r) => runData(r));
    expect(started).not.toBeNull();
    const { outcome, times } = await started!;
    if (!outcome.ok) throw outcome.error;
    // the page's request: the bank as the reader reads it, seed 1, no injects (app.ts's rerun)
    expect(outcome.value).toStrictEqual(
      runData({ scenario: bank, seed: '1', injects: [], effect: true }),
    );
    // when the worker was ready, and the run began and ended, in that order (the page's marks)
    expect(times.ready).toBeLessThanOrEqual(times.start);
    expect(times.start).toBeLessThanOrEqual(times.end);
  });

  it("keeps a run's failure as its outcome (the page hears it as from any run)", async () => {
    const failure = new Error('over the budget');
    const started = startEarlyRun(run, () => {
      throw failure;
    });
    expect((await started!).outcome).toEqual({ ok: false, error: failure });
  });

  it('starts nothing for a scenario the build did not read', () => {
    expect(startEarlyRun({ id: 'no-such-scenario', seed: '1' }, () => 'x')).toBeNull();
    expect(startEarlyRun({ id: 'toString', seed: '1' }, () => 'x')).toBeNull();
  });
});

describe('the request the early run answers', () => {
  const request = (change: Partial<RunRequest> = {}): RunRequest => ({
    ...earlyRequest(run, bank),
    ...change,
  });

  it('is the page first request on that scenario as the build read it, seed and no injects', () => {
    expect(earlyRequest(run, bank)).toEqual({
      scenario: bank,
      seed: '1',
      injects: [],
      effect: true,
    });
    expect(isEarlyRequest(run, request(), 'bank-money-transfer')).toBe(true);
  });

  it('is no other: another scenario, one changed or read on the page, a seed, injects, a budget', () => {
    expect(isEarlyRequest(run, request(), 'hospital-records')).toBe(false);
    expect(isEarlyRequest(run, request(), undefined)).toBe(false);
    expect(isEarlyRequest(run, request({ seed: '7' }), 'bank-money-transfer')).toBe(false);
    expect(isEarlyRequest(run, request({ maxEvents: 10 }), 'bank-money-transfer')).toBe(false);
    expect(isEarlyRequest(run, request({ effect: false }), 'bank-money-transfer')).toBe(false);
    const inject = { at: 0, component: 'db-1', kind: 'fail' } as unknown as Inject;
    expect(isEarlyRequest(run, request({ injects: [inject] }), 'bank-money-transfer')).toBe(false);
  });
});

describe("the early run, asked for in the worker's name", () => {
  it('is read back from the name, whatever the id and seed', () => {
    const name = earlyRunName('simulate', run);
    expect(name).toBe('simulate: early run of bank-money-transfer seed 1');
    expect(earlyRunOf(name)).toEqual(run);
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
