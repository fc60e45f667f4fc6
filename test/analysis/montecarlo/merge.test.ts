import { describe, expect, it } from 'vitest';
import {
  MergeError,
  runStudy,
  shardRange,
  StudyAggregate,
  type StudyJson,
} from '../../../src/analysis/montecarlo/index.ts';
import { studyIdentity } from '../../../src/analysis/montecarlo/study-aggregate.ts';
import { fixture } from './study-fixture.ts';

const RUNS = 60;
const part = (from: number, to: number, masterSeed = 'm') =>
  runStudy(fixture, { runs: RUNS, masterSeed, from, to });
const text = (a: StudyAggregate): string => JSON.stringify(a);
const copy = (a: StudyAggregate): StudyAggregate =>
  StudyAggregate.fromJSON(JSON.parse(text(a)) as StudyJson);

describe('StudyAggregate.merge', () => {
  const whole = runStudy(fixture, { runs: RUNS, masterSeed: 'm' });
  const parts = [part(0, 7), part(7, 30), part(30, 31), part(31, 60)];

  it('merge(parts) in any order equals one run of all, byte for byte', () => {
    const orders = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 3, 0, 2],
    ];
    for (const order of orders) {
      const [first, ...rest] = order.map((i) => copy(parts[i]!));
      for (const p of rest) first!.merge(p);
      expect(text(first!)).toBe(text(whole));
    }
  });

  it('merge is associative: (a+b)+c equals a+(b+c)', () => {
    const [a, b, c] = [copy(parts[0]!), copy(parts[1]!), copy(parts[2]!)];
    a.merge(b);
    a.merge(c);
    const [x, y, z] = [copy(parts[0]!), copy(parts[1]!), copy(parts[2]!)];
    y.merge(z);
    x.merge(y);
    expect(text(a)).toBe(text(x));
  });

  it('the runs of a study do not depend on how it is split into shards', () => {
    const merged = StudyAggregate.empty(fixture, 'm', RUNS, 'none');
    for (let k = 1; k <= 3; k++) merged.merge(part(...shardRange(k, 3, RUNS)));
    expect(text(merged)).toBe(text(whole));
    expect(merged.missing()).toEqual([]);
  });

  it('round-trips through JSON (a shard file) unchanged', () => {
    expect(text(copy(whole))).toBe(text(whole));
    expect(whole.runs).toBe(RUNS);
    expect(whole.services.map((s) => s.counts.runs)).toEqual([RUNS, RUNS]);
  });

  it('refuses parts whose runs overlap, naming the runs', () => {
    const a = part(0, 30);
    expect(() => a.merge(part(20, 40))).toThrow(MergeError);
    expect(() => part(0, 30).merge(part(20, 40))).toThrow(/runs 20-39 overlap runs 0-29/);
  });

  it('refuses parts of different seeds, scenarios or study sizes', () => {
    expect(() => part(0, 10).merge(part(10, 20, 'other'))).toThrow(
      /different master seeds: "m" and "other"/,
    );
    const changed = { ...fixture, horizon: fixture.horizon * 2 } as typeof fixture;
    expect(() =>
      part(0, 10).merge(runStudy(changed, { runs: RUNS, masterSeed: 'm', from: 10, to: 20 })),
    ).toThrow(/different scenarios/);
    expect(() =>
      part(0, 10).merge(runStudy(fixture, { runs: 100, masterSeed: 'm', from: 10, to: 20 })),
    ).toThrow(/one plans 60 runs, the other 100/);
  });

  it('refuses a part run with the scripted injects and one without', () => {
    const kept = runStudy(fixture, {
      runs: RUNS,
      masterSeed: 'm',
      from: 10,
      to: 20,
      injects: 'scripted',
    });
    expect(() => part(0, 10).merge(kept)).toThrow(MergeError);
    expect(() => part(0, 10).merge(kept)).toThrow(
      "different settings: one has random failures only (scripted injects left out), the other random failures and the scenario's scripted injects in every run",
    );
  });

  it('records the setting in the JSON and refuses a file without one, or of the earlier format', () => {
    const json = JSON.parse(text(part(0, 10))) as StudyJson;
    expect(json).toMatchObject({ format: 'continuity-montecarlo/3', injects: 'none' });
    const { injects: _, ...without } = json;
    expect(() => StudyAggregate.fromJSON(without as StudyJson)).toThrow(
      /injects must be 'none' or 'scripted', not undefined/,
    );
    const old = { ...without, format: 'continuity-montecarlo/1' } as unknown as StudyJson;
    expect(() => StudyAggregate.fromJSON(old)).toThrow(/earlier version .* run the study again/);
  });

  it('reports the planned runs not covered yet', () => {
    const a = part(0, 10);
    a.merge(part(40, 50));
    expect(a.missing()).toEqual([
      [10, 40],
      [50, 60],
    ]);
  });
});

describe('aggregate size', () => {
  it('does not grow with the number of runs (no run keeps its trace or metrics)', () => {
    const slots = (a: StudyAggregate): number[] =>
      a.services.flatMap((s) =>
        Object.values(s.measures).map(
          (m) => m.histogram.counts.length + Object.keys(m.moments).length,
        ),
      );
    const small = runStudy(fixture, { runs: 5, masterSeed: 'm' });
    const large = runStudy(fixture, { runs: 400, masterSeed: 'm' });
    expect(slots(large)).toEqual(slots(small));
    // The JSON holds occupied bins only, bounded by the bins' range, not by the runs.
    expect(text(large).length).toBeLessThan(60_000);
  });
});

describe('StudyAggregate.adopt', () => {
  const identity = studyIdentity(fixture, 'm', RUNS, 'none');

  it('gives what merging the first part into an empty aggregate gives, byte for byte', () => {
    for (const [from, to] of [
      [0, 7],
      [30, 31],
      [0, 60],
    ] as const) {
      const merged = StudyAggregate.empty(fixture, 'm', RUNS, 'none');
      merged.merge(copy(part(from, to)));
      const adopted = StudyAggregate.adopt(identity, copy(part(from, to)));
      expect(text(adopted)).toBe(text(merged));
      // and the parts that follow merge into it as into the merged one
      if (to < RUNS) {
        merged.merge(copy(part(to, RUNS)));
        adopted.merge(copy(part(to, RUNS)));
        expect(text(adopted)).toBe(text(merged));
      }
    }
  });

  it('refuses a part of another study with the error merge gives', () => {
    const changed = { ...fixture, horizon: fixture.horizon * 2 } as typeof fixture;
    const parts = [
      part(0, 10, 'other'),
      runStudy(changed, { runs: RUNS, masterSeed: 'm', from: 0, to: 10 }),
      runStudy(fixture, { runs: 100, masterSeed: 'm', from: 0, to: 10 }),
      runStudy(fixture, { runs: RUNS, masterSeed: 'm', from: 0, to: 10, injects: 'scripted' }),
    ];
    for (const p of parts) {
      const merging = (): void => StudyAggregate.empty(fixture, 'm', RUNS, 'none').merge(p);
      expect(merging).toThrow(MergeError);
      const message = (() => {
        try {
          merging();
        } catch (error) {
          return (error as Error).message;
        }
        return '';
      })();
      expect(() => StudyAggregate.adopt(identity, p)).toThrow(MergeError);
      expect(() => StudyAggregate.adopt(identity, p)).toThrow(message);
    }
  });
});
