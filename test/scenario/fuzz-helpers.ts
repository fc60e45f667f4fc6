/** The invariant of the fuzz tests (their inputs are in src/cli/fuzz-inputs.ts, shared with the bench). */
import { expect } from 'vitest';
import type { FuzzInput } from '../../src/cli/fuzz-inputs.ts';
import { parseScenario, type LoadResult } from '../../src/scenario/index.ts';

/** The loader's promise: a scenario, or errors a person can act on; never a throw. */
export function parseAndCheck({ text, fileName }: FuzzInput): LoadResult {
  const result = parseScenario(text, fileName);
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

/**
 * A guard against a hang, not a measure of speed: 7,000 parses take about 90 s on a 2-core
 * machine shared with four test runs. `npm run bench` prints how long the parses take.
 */
export const FUZZ_TIMEOUT = 600_000;
