import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodedBank, FUZZ_RUNS } from '../../src/cli/fuzz-inputs.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { readScenarioFile } from '../../src/scenario/read-file.ts';
import { FUZZ_TIMEOUT } from './fuzz-helpers.ts';

describe('fuzzing scenario bytes', () => {
  it(
    'a file in UTF-8 or UTF-16 reads as its text; Latin-1 with an accent is refused naming the encoding; nothing throws',
    () => {
      fc.assert(
        fc.property(encodedBank, (input) => {
          const answer = readScenarioFile('open', input.fileName, input.bytes);
          if (!answer.ok) {
            expect(answer.error.message).not.toBe('');
            expect(answer.error.hint).not.toBe('');
            expect(answer.error.message).not.toMatch(/^internal error/);
          }
          if (input.flipped) return;
          if (input.encoding === 'Latin-1') {
            // Read only if its bytes are UTF-8 as they are (plain ASCII): never as mojibake.
            if (answer.ok) expect(new TextEncoder().encode(answer.text)).toEqual(input.bytes);
            if (input.text.includes('Zürich'))
              expect(answer.ok ? '' : answer.error.message).toContain('not valid UTF-8');
            return;
          }
          // Unchanged UTF-8 or UTF-16: the very text (a byte order mark the encoding added is
          // dropped; a text starting with U+FEFF of its own reads as if it were one), and the
          // loader's answer for it.
          const marked =
            input.encoding === 'UTF-8 with BOM' || (input.bom && input.encoding !== 'UTF-8');
          const text = marked ? input.text : input.text.replace(/^\ufeff/, '');
          expect(answer.ok && answer.text).toBe(text);
          expect(answer.ok && answer.result).toEqual(parseScenario(text, input.fileName));
        }),
        FUZZ_RUNS.encoded,
      );
    },
    FUZZ_TIMEOUT,
  );
});
