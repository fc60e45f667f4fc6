import fc from 'fast-check';
import { describe, it } from 'vitest';
import { FUZZ_RUNS, mutatedBank } from '../../src/cli/fuzz-inputs.ts';
import { FUZZ_TIMEOUT, parseAndCheck } from './fuzz-helpers.ts';

// 7,000 runs here and 3,000 in fuzz-text.test.ts: 10,000 in all, in two files that run in parallel.
describe('fuzzing parsed scenarios', () => {
  it(
    'parseScenario never throws on a mutated bank scenario and always explains a rejection',
    () => {
      fc.assert(
        fc.property(mutatedBank, (input) => void parseAndCheck(input)),
        FUZZ_RUNS.mutated,
      );
    },
    FUZZ_TIMEOUT,
  );
});
