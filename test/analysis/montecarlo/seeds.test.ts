import { describe, expect, it } from 'vitest';
import {
  chunkRange,
  runSeed,
  shardRange,
  unionRanges,
} from '../../../src/analysis/montecarlo/index.ts';

describe('seeds and ranges', () => {
  it('runSeed(S, i) is "S:run:i"', () => {
    expect(runSeed('42', 7)).toBe('42:run:7');
  });

  it('shardRange(k, n, runs) cuts [0, runs) into n disjoint contiguous ranges', () => {
    for (const [n, runs] of [
      [1, 10],
      [3, 10],
      [4, 10_000],
      [7, 5],
    ] as const) {
      const ranges = Array.from({ length: n }, (_, k) => shardRange(k + 1, n, runs));
      expect(unionRanges(ranges)).toEqual(runs > 0 ? [[0, runs]] : []);
      expect(ranges.reduce((s, [a, b]) => s + b - a, 0)).toBe(runs);
    }
  });

  it('chunkRange splits a range into consecutive chunks of at most the size', () => {
    expect(chunkRange([5, 12], 3)).toEqual([
      [5, 8],
      [8, 11],
      [11, 12],
    ]);
  });

  it('unionRanges sorts, joins adjacent ranges and rejects overlaps', () => {
    expect(
      unionRanges([
        [10, 20],
        [0, 10],
        [30, 31],
      ]),
    ).toEqual([
      [0, 20],
      [30, 31],
    ]);
    expect(() =>
      unionRanges([
        [0, 10],
        [5, 6],
      ]),
    ).toThrow(/runs 5 overlap runs 0-9/);
  });
});
