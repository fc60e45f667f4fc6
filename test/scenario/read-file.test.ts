import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankWithKeys } from '../../src/cli/large-inputs.ts';
import { readScenarioFile } from '../../src/scenario/read-file.ts';

const BANK = readFileSync(join(import.meta.dirname, '../../scenarios/bank-money-transfer.yaml'));

describe('readScenarioFile (what the page asks its worker)', () => {
  it('opens bytes as the loader reads the text, and the answer crosses to the page intact', () => {
    const answer = readScenarioFile('open', 'bank.yaml', new Uint8Array(BANK));
    expect(answer.ok && answer.result.ok && answer.result.scenario.name).toBe(
      'Bank money transfer',
    );
    // Posted from the worker, the answer is copied by structured clone: nothing may be lost.
    expect(structuredClone(answer)).toEqual(answer);
  });

  it('an answer with 50 warnings shown of 20,000 crosses intact too (hints are plain text by then)', () => {
    const answer = readScenarioFile('import', 'big.yaml', bankWithKeys(20_000));
    expect(answer.ok && answer.result.warnings).toHaveLength(51);
    expect(structuredClone(answer)).toEqual(answer);
  });

  it('imports an older version (migrated) and answers with the migrated text', () => {
    const old = BANK.toString('utf8').replace(
      'schema: continuity-scenario/2',
      'schema: continuity-scenario/1',
    );
    const answer = readScenarioFile('import', 'old.yaml', old);
    expect(answer.ok && answer.encoding).toBe('UTF-8');
    expect(answer.ok && answer.result.migratedFrom).toBe('continuity-scenario/1');
  });
});
