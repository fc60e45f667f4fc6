import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANK_TEXT, parseAndCheck, timing } from './fuzz-helpers.ts';

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      ':',
      '- ',
      '{',
      '[',
      '*a',
      '&a ',
      '"',
      "'",
      '\n  ',
      '\t',
      '#',
      '%',
      '24:00',
      '-1',
      '1e309',
      '<<: *a',
    ),
  ),
});

describe('fuzzing scenario text', () => {
  it('parseScenario never throws on randomly edited YAML text and always explains a rejection, each parse under 1 s', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = BANK_TEXT;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        parseAndCheck(text, 'fuzz.yaml');
      }),
      { numRuns: 3000, seed: 20260107 },
    );
    expect(timing.runs).toBeGreaterThanOrEqual(3000);
    expect(timing.max).toBeLessThan(1000);
  }, 60_000);
});
