import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StudyJob } from '../../../src/analysis/montecarlo/study-job.ts';
import { distinctStudies } from '../../../src/analysis/montecarlo/same-studies.ts';
import { contentKey } from '../../../src/core/content-key.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { fixture } from './study-fixture.ts';

/** The fixture with its first component's capacity set to `capacity` (another object each time). */
function withCapacity(capacity: unknown): Scenario {
  const s = structuredClone(fixture) as unknown as { components: Record<string, unknown>[] };
  s.components[0] = { ...s.components[0], capacity };
  return s as unknown as Scenario;
}

const jobOf = (scenario: Scenario): StudyJob => ({ scenario, runs: 10, masterSeed: 'same' });

describe('distinctStudies', () => {
  it('runs the same object, and a copy of the same content, once', () => {
    const copy = structuredClone(fixture);
    const { jobs, of, first } = distinctStudies([fixture, copy, fixture].map(jobOf));
    expect(jobs).toHaveLength(1);
    expect(of).toEqual([0, 0, 0]);
    expect(first).toEqual([0]);
  });

  it('tells apart scenarios whose plain JSON is the same: Infinity, NaN, null; -0 and 0; undefined and absent', () => {
    // JSON.stringify writes Infinity and NaN as null, -0 as 0, and leaves undefined out.
    const asked = [
      withCapacity(Infinity),
      withCapacity(null),
      withCapacity(NaN),
      withCapacity(-0),
      withCapacity(0),
      withCapacity(undefined),
      fixture, // its capacity is null already
      withCapacity(Infinity),
      withCapacity(-0),
    ];
    const { jobs, of } = distinctStudies(asked.map(jobOf));
    expect(of).toEqual([0, 1, 2, 3, 4, 5, 1, 0, 3]);
    expect(jobs).toHaveLength(6);
  });

  it('keeps studies of different runs, seeds or ranges apart though their scenario is the same', () => {
    const job = jobOf(fixture);
    const { of } = distinctStudies([
      job,
      { ...job, runs: 11 },
      { ...job, masterSeed: 'other' },
      { ...job, range: [0, 5] },
      { ...job, range: [0, 10] },
    ]);
    expect(of).toEqual([0, 1, 2, 3, 0]);
  });

  it('groups studies exactly as their scenarios content keys do', () => {
    const values = fc.constantFrom<unknown>(
      Infinity,
      -Infinity,
      NaN,
      null,
      0,
      -0,
      1,
      undefined,
      600,
    );
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 8 }), (capacities) => {
        const scenarios = capacities.map(withCapacity);
        const { of } = distinctStudies(scenarios.map(jobOf));
        const keys = scenarios.map(contentKey);
        for (let i = 0; i < of.length; i++)
          for (let j = 0; j < of.length; j++) expect(of[i] === of[j]).toBe(keys[i] === keys[j]);
      }),
    );
  });
});
