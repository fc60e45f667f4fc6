/**
 * The Node pool on real worker threads (not the in-process fakes of pool.test.ts): the
 * aggregate of a study cut into chunks across two threads is the golden one recorded before
 * any speed work (test/speed/golden-aggregates.json), byte for byte, and a warm pool gives the
 * same bytes set after set.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { scenarioFile } from '../support/bundled.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeStudyPool } from '../../src/workers/montecarlo-node-worker.ts';
import type { StudyPool } from '../../src/analysis/montecarlo/pool.ts';

const golden = JSON.parse(
  readFileSync(new URL('../speed/golden-aggregates.json', import.meta.url), 'utf8'),
) as Record<string, string>;

const file = scenarioFile;

const sha = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Two sets in a row of the reference model's and the bank's studies give the recorded aggregates. */
async function expectGoldenSets(warm: StudyPool): Promise<void> {
  const reference = file('test/bench/reference-model.yaml');
  const bank = file('scenarios/bank-money-transfer.yaml');
  for (let set = 0; set < 2; set++) {
    const [ref, bank400] = await warm.run([
      { scenario: reference, runs: 1000, masterSeed: 'golden' },
      { scenario: bank, runs: 400, masterSeed: 'golden' },
    ]);
    expect(sha(ref)).toBe(golden['reference model, 1,000 runs']);
    expect(sha(bank400)).toBe(golden['bank, 400 runs']);
  }
}

describe('a study on two worker threads', () => {
  const pool = nodeStudyPool({ workers: 2 });
  afterAll(async () => (await pool).terminate());

  it('starts both threads when warmed, before any study', async () => {
    const warm = await pool;
    warm.warm();
    expect(warm.size).toBe(2);
  });

  it('gives the golden aggregates of the reference model and the bank, set after set', async () => {
    const warm = await pool;
    await expectGoldenSets(warm);
    expect(warm.size).toBe(2);
  }, 120_000);
});

describe('a study on this thread and one worker thread (as npm run montecarlo runs it)', () => {
  const pool = nodeStudyPool({ workers: 2, mainThreadWorks: true });
  afterAll(async () => (await pool).terminate());

  it('starts one thread only: the other worker is this thread', async () => {
    const warm = await pool;
    warm.warm();
    expect(warm.size).toBe(2);
    expect(warm.eventLoops()).toHaveLength(1);
  });

  it('gives the golden aggregates of the reference model and the bank, set after set', async () => {
    const warm = await pool;
    await expectGoldenSets(warm);
  }, 120_000);
});
