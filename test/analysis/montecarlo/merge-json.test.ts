/**
 * StudyAggregate.mergeJSON, how the pool adds a worker's answer: the same as merging the part
 * made from its JSON (byte for byte, for any cut of the runs into parts and any order), the same
 * errors with the same messages, and nothing added when it throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  runStudy,
  StudyAggregate,
  type StudyJson,
} from '../../../src/analysis/montecarlo/index.ts';
import { fixture } from './study-fixture.ts';

const RUNS = 40;
const json = (from: number, to: number, masterSeed = 'j'): StudyJson =>
  JSON.parse(JSON.stringify(runStudy(fixture, { runs: RUNS, masterSeed, from, to }))) as StudyJson;
const text = (a: StudyAggregate): string => JSON.stringify(a);
/** The error `f` throws (its class and message), or 'none'. */
const thrown = (f: () => void): string => {
  try {
    f();
    return 'none';
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
};

describe('StudyAggregate.mergeJSON', () => {
  const whole = text(runStudy(fixture, { runs: RUNS, masterSeed: 'j' }));
  const cache = new Map<string, StudyJson>();
  const part = (from: number, to: number): StudyJson => {
    const key = `${from}-${to}`;
    if (!cache.has(key)) cache.set(key, json(from, to));
    return structuredClone(cache.get(key)!);
  };

  it('adds the parts of a study, in any order, into the study run whole', () => {
    const parts = [part(0, 3), part(3, 25), part(25, 26), part(26, 40)];
    for (const order of [
      [0, 1, 2, 3],
      [3, 1, 0, 2],
    ]) {
      const sum = StudyAggregate.fromJSON(parts[order[0]!]!);
      for (const i of order.slice(1)) sum.mergeJSON(parts[i]!);
      expect(text(sum)).toBe(whole);
    }
  });

  it('gives what merge(fromJSON(part)) gives, for any cut of the runs and any order', () => {
    const cuts = fc
      .uniqueArray(fc.integer({ min: 1, max: RUNS - 1 }), { maxLength: 4 })
      .map((xs) => [0, ...xs.sort((a, b) => a - b), RUNS]);
    fc.assert(
      fc.property(cuts, fc.infiniteStream(fc.nat()), (edges, picks) => {
        const parts = edges.slice(1).map((to, k) => part(edges[k]!, to));
        const order = parts.map((p, k) => ({ p, key: (picks.next().value as number) + k / 100 }));
        order.sort((a, b) => a.key - b.key);
        const [first, ...rest] = order.map((o) => o.p);
        const byJSON = StudyAggregate.fromJSON(first!);
        const byPart = StudyAggregate.fromJSON(first!);
        for (const p of rest) {
          byJSON.mergeJSON(p);
          byPart.merge(StudyAggregate.fromJSON(p));
        }
        expect(text(byJSON)).toBe(text(byPart));
        expect(text(byJSON)).toBe(whole);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses what merge refuses, with the same message, and adds nothing then', () => {
    const bad: [string, (p: StudyJson) => unknown][] = [
      ['runs counted twice', (p) => p],
      ['another seed', () => json(10, 20, 'other')],
      ['another study size', (p) => ({ ...p, plannedRuns: 41 })],
      ['another format', (p) => ({ ...p, format: 'x' })],
      [
        'a bin out of range',
        (p) => {
          p.services[0]!.measures.cost.histogram.push([9_999_999, 1]);
          return p;
        },
      ],
      [
        'a first run that is no run',
        (p) => {
          p.services[1]!.measures.outages.histogram[0]![2] = -3;
          return p;
        },
      ],
      [
        'moments and histogram disagreeing',
        (p) => {
          const h = p.services[1]!.measures.downtimeMinutes.histogram;
          h[0]![1] += 1;
          return p;
        },
      ],
      [
        'a count missing',
        (p) => {
          delete (p.services[0]!.counts as Partial<Record<string, number>>).runs;
          return p;
        },
      ],
      ['runs the ranges do not cover', (p) => ({ ...p, ranges: [[10, 21]] })],
      [
        'another service',
        (p) => {
          p.services[1] = { ...p.services[1]!, service: 'other' };
          return p;
        },
      ],
    ];
    for (const [what, spoil] of bad) {
      const base = (): StudyAggregate => StudyAggregate.fromJSON(part(0, 20));
      const before = text(base());
      const into = base();
      const spoilt = spoil(part(10, 20)) as StudyJson;
      const viaJSON = thrown(() => into.mergeJSON(structuredClone(spoilt)));
      const viaPart = thrown(() => base().merge(StudyAggregate.fromJSON(structuredClone(spoilt))));
      expect(viaJSON, what).not.toBe('none');
      expect(viaJSON, what).toBe(viaPart);
      expect(text(into), what).toBe(before);
    }
  });
});
