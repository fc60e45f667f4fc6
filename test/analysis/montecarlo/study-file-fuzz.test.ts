/**
 * The bad-input corpus for aggregate files: random structural mutations of a real shard (the
 * mutations that fuzz the scenario parser). Kept with its digest, any change is refused;
 * re-sealed, each is refused with a ShardError or, when accepted, says nothing impossible.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readStudyFile,
  runStudy,
  ShardError,
  studyEstimates,
  studyFileText,
  type StudyJson,
} from '../../../src/analysis/montecarlo/index.ts';
import { canonicalJson } from '../../../src/core/canonical-json.ts';
import { mutatedJson } from '../../../src/cli/fuzz-inputs.ts';
import { fixture } from './study-fixture.ts';

const shard = JSON.parse(
  studyFileText(runStudy(fixture, { runs: 40, masterSeed: 'f', from: 10, to: 30 })),
) as Record<string, unknown>;
const { digest: _, ...content } = shard;

/** Reads the text; a refusal must be a ShardError with its problems, never another error. */
function read(text: string): ReturnType<typeof readStudyFile> | null {
  try {
    return readStudyFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ShardError);
    expect((error as ShardError).problems.length).toBeGreaterThan(0);
    return null;
  }
}

describe('a mutated aggregate file', () => {
  it('with its digest kept: refused whenever its content changed', () => {
    fc.assert(
      fc.property(mutatedJson(shard), (mutated) => {
        const accepted = read(JSON.stringify(mutated));
        if (accepted !== null) expect(canonicalJson(mutated)).toBe(canonicalJson(shard));
      }),
      { numRuns: 500, seed: 20260113 },
    );
  });

  it('re-sealed: refused with the problems named, or sound figures', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedJson(content), (mutated) => {
        const result = read(studyFileText(mutated as StudyJson));
        if (result === null) return;
        accepted += 1;
        const e = studyEstimates(result.study);
        expect(e.runs).toBeLessThanOrEqual(e.plannedRuns);
        for (const s of e.services) {
          for (const p of [
            s.targetMet,
            s.rtoBreach,
            s.planSlowerThanRto,
            s.mtpdBreach,
            s.rpoBreach,
          ])
            expect(p.value >= 0 && p.value <= 1).toBe(true);
          for (const m of [s.cost, s.downtimeMinutes, s.outages, s.longestOutageMinutes])
            if (s.runs > 0) {
              expect(m.mean.value).toBeGreaterThanOrEqual(m.min - 1e-9);
              expect(m.mean.value).toBeLessThanOrEqual(m.max + 1e-9);
            }
        }
      }),
      { numRuns: 500, seed: 20260114 },
    );
    // Some mutations keep the figures sound (an id swapped, a name replaced by other text).
    expect(accepted).toBeGreaterThan(0);
  });
});
