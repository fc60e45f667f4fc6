import fc from 'fast-check';
import { describe, it } from 'vitest';
import { editedBankText, FUZZ_RUNS } from '../../src/cli/fuzz-inputs.ts';
import { FUZZ_TIMEOUT, parseAndCheck } from './fuzz-helpers.ts';

describe('fuzzing scenario text', () => {
  it(
    'parseScenario never throws on randomly edited YAML text and always explains a rejection',
    () => {
      fc.assert(
        fc.property(editedBankText, (input) => void parseAndCheck(input)),
        FUZZ_RUNS.edited,
      );
    },
    FUZZ_TIMEOUT,
  );
});
