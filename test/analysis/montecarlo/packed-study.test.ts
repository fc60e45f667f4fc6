/**
 * A worker's part of a study travels packed (its histograms as typed arrays, moved, not copied)
 * and comes back as the same aggregate, byte for byte; a packed part that is not valid is
 * refused with a message naming the service and the measure.
 */
import { describe, expect, it } from 'vitest';
import { runStudy, StudyAggregate } from '../../../src/analysis/montecarlo/index.ts';
import { BIN_COUNT } from '../../../src/analysis/montecarlo/log-histogram.ts';
import { packStudy, unpackStudy } from '../../../src/analysis/montecarlo/packed-study.ts';
import { fixture } from './study-fixture.ts';

const part = (from: number, to: number): StudyAggregate =>
  runStudy(fixture, { runs: 60, masterSeed: 'packed', from, to });
const text = (a: StudyAggregate): string => JSON.stringify(a);

describe('packStudy and unpackStudy', () => {
  it('give back the part as fromJSON of its JSON would, through a structured clone', () => {
    const expected = text(part(0, 30));
    const { packed, transfer } = packStudy(part(0, 30));
    // One counts and one first-runs array per measure of each service, all moved.
    expect(transfer).toHaveLength(2 * 6 * fixture.services.length);
    expect(
      packed.json.services.every((s) =>
        Object.values(s.measures).every((m) => m.histogram.length === 0),
      ),
    ).toBe(true);
    const arrived = structuredClone(packed, { transfer });
    expect(text(unpackStudy(arrived))).toBe(expected);
  });

  it('merge as the JSON parts merge: the same study, whichever way its parts came', () => {
    const byJson = StudyAggregate.fromJSON(part(0, 25).toJSON());
    byJson.merge(StudyAggregate.fromJSON(part(25, 60).toJSON()));
    const packed = unpackStudy(packStudy(part(0, 25)).packed);
    packed.merge(unpackStudy(packStudy(part(25, 60)).packed));
    expect(text(packed)).toBe(text(byJson));
    expect(text(packed)).toBe(text(part(0, 60)));
  });

  it('refuses a packed histogram that is not valid, naming the service and measure', () => {
    const broken = (edit: (counts: Float64Array[], runs: Int32Array[]) => void) => {
      const { packed } = packStudy(part(0, 10));
      const counts = packed.counts.map((c) => c.slice());
      const runs = packed.firstRuns.map((r) => r.slice());
      edit(counts, runs);
      return () => unpackStudy({ ...packed, counts, firstRuns: runs });
    };
    const service = fixture.services[0]!.id;
    expect(broken((c) => (c[1]![5] = 0.5))).toThrow(
      `service ${service}, downtimeMinutes: histogram bin 5 (count 0.5) is not valid`,
    );
    expect(broken((_, r) => (r[0]![3] = -2))).toThrow(/first run -2 is not a run index/);
    expect(broken((c) => (c[2]![7]! += 1))).toThrow(
      'a measure counts a different number of runs in its moments and histogram',
    );
    expect(broken((c) => (c[0] = new Float64Array(BIN_COUNT - 1)))).toThrow(/is not 8194 bins/);
    expect(broken((c) => c.pop())).toThrow(/histograms for/);
  });
});
