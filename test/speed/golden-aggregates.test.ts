/**
 * Speed work never changes a result (issue 17): the aggregates of fixed studies, the fast path's
 * traced runs and the actor path's runs are compared, as SHA-256 of their JSON, with the figures
 * recorded before any speed commit (golden-aggregates.json). A change that alters a figure, the
 * order of a list or the float arithmetic of a sum fails here. When the model itself changes on
 * purpose (not for speed), regenerate the file: GOLDEN_WRITE=1 npx vitest run <this file>, and
 * say why in the commit.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { scenarioFile } from '../support/bundled.ts';
import { describe, expect, it } from 'vitest';
import { runStudy } from '../../src/analysis/montecarlo/index.ts';
import { syntheticScenario } from '../../src/core/synthetic.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';

const GOLDEN = new URL('./golden-aggregates.json', import.meta.url);

const file = scenarioFile;

const sha = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Each case: a name and what it computes. */
const cases: [string, () => unknown][] = [
  [
    'bank, 400 runs',
    () => runStudy(file('scenarios/bank-money-transfer.yaml'), { runs: 400, masterSeed: 'golden' }),
  ],
  [
    'bank with its scripted injects, 100 runs',
    () =>
      runStudy(file('scenarios/bank-money-transfer.yaml'), {
        runs: 100,
        masterSeed: 'golden',
        injects: 'scripted',
      }),
  ],
  [
    'ecommerce, 300 runs',
    () => runStudy(file('scenarios/ecommerce-checkout.yaml'), { runs: 300, masterSeed: 'golden' }),
  ],
  [
    'hospital, 300 runs',
    () => runStudy(file('scenarios/hospital-records.yaml'), { runs: 300, masterSeed: 'golden' }),
  ],
  [
    'reference model, 1,000 runs',
    () => runStudy(file('test/bench/reference-model.yaml'), { runs: 1000, masterSeed: 'golden' }),
  ],
  [
    'generated 50 components, 100 runs',
    () => runStudy(syntheticScenario({ components: 50 }), { runs: 100, masterSeed: 'golden' }),
  ],
  [
    'generated 30 components with standby groups, 100 runs',
    () =>
      runStudy(syntheticScenario({ components: 30, standby: true }), {
        runs: 100,
        masterSeed: 'golden',
      }),
  ],
  [
    'bank, fast path traced run, seed 7',
    () => simulateFast(file('scenarios/bank-money-transfer.yaml'), '7', { trace: true }),
  ],
  ['bank, actor path run, seed 7', () => simulate(file('scenarios/bank-money-transfer.yaml'), '7')],
  [
    'ecommerce, actor path run, seed 3',
    () => simulate(file('scenarios/ecommerce-checkout.yaml'), '3'),
  ],
];

describe('speed work keeps every result byte for byte', () => {
  const write = process.env['GOLDEN_WRITE'] === '1';
  const golden: Record<string, string> = write
    ? {}
    : (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>);
  for (const [name, compute] of cases)
    it(`gives the recorded ${name}`, () => {
      const digest = sha(compute());
      if (write) golden[name] = digest;
      else expect(digest, name).toBe(golden[name]);
    });
  if (write)
    it('writes the recorded figures', () => {
      writeFileSync(GOLDEN, `${JSON.stringify(golden, null, 2)}\n`);
    });
});
