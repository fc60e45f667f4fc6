/** Shared pieces of the fuzz tests: the bank scenario as text and object, and the invariant. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { parseScenario, type LoadResult } from '../../src/scenario/index.ts';

export const BANK_TEXT = readFileSync(
  new URL('../../scenarios/bank-money-transfer.yaml', import.meta.url),
  'utf8',
);
export const BANK_OBJECT = parse(BANK_TEXT) as unknown;

export const timing = { max: 0, runs: 0 };

/** Parses, times, and checks the loader's promise: a scenario, or errors a person can act on. */
export function parseAndCheck(text: string, fileName?: string): LoadResult {
  const start = performance.now();
  const result = parseScenario(text, fileName);
  const elapsed = performance.now() - start;
  timing.max = Math.max(timing.max, elapsed);
  timing.runs++;
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const issue of result.errors) {
      expect(issue.path).not.toBe('');
      expect(issue.message).not.toBe('');
      expect(issue.hint).not.toBe('');
      expect(issue.message).not.toMatch(/^internal error/);
    }
  }
  return result;
}
