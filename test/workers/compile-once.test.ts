/**
 * A pool worker compiles a study's scenario once, not once per chunk (a study comes in dozens
 * of chunks), once per injects mode, and again only when the pool sends it a scenario anew; and
 * the aggregate is the one runStudy gives in one piece.
 */
import { describe, expect, it, vi } from 'vitest';
import * as compiledModule from '../../src/simulator/fast/compiled.ts';
import { runStudy } from '../../src/analysis/montecarlo/run-study.ts';
import { StudyPool } from '../../src/analysis/montecarlo/pool.ts';
import { inlineWorker } from '../../src/workers/montecarlo-serve.ts';
import { bundled } from '../support/bundled.ts';

vi.mock('../../src/simulator/fast/compiled.ts', async (original) => {
  const actual = await original<typeof compiledModule>();
  return { ...actual, compileScenario: vi.fn(actual.compileScenario) };
});
const compiles = vi.mocked(compiledModule.compileScenario);

describe('a Monte Carlo pool worker', () => {
  it("compiles a study's scenario once for all its chunks, per injects mode", async () => {
    const bank = bundled('bank-money-transfer');
    const expected = runStudy(bank, { runs: 600, masterSeed: 'once' }).toJSON();
    const pool = new StudyPool({ workers: 1, spawn: inlineWorker });
    compiles.mockClear();
    const [aggregate] = await pool.run([{ scenario: bank, runs: 600, masterSeed: 'once' }]);
    expect(aggregate!.toJSON()).toEqual(expected);
    expect(compiles).toHaveBeenCalledTimes(1); // the 600 runs came in several chunks
    compiles.mockClear();
    await pool.run([
      { scenario: bank, runs: 300, masterSeed: 'a', injects: 'none' },
      { scenario: bank, runs: 300, masterSeed: 'a', injects: 'scripted' },
    ]);
    expect(compiles).toHaveBeenCalledTimes(2);
    pool.terminate();
  });
});
