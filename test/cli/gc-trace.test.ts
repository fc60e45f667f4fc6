import { describe, expect, it } from 'vitest';
import {
  flatLiveHeap,
  fullCollections,
  liveHeapFloors,
  type FullCollection,
} from '../../src/cli/gc-trace.ts';

const trace = [
  '[4987:0x106ce400]      453 ms: Mark-Compact 12.5 (19.5) -> 9.8 (19.5) MB, pooled: 0 MB, 5.61 / 0.00 ms  (average mu = 0.882) allocation failure',
  '[4987:0x7f7d5c000f00]      544 ms: Scavenge 12.7 (25.9) -> 5.9 (25.4) MB, 1.2 / 0.0 ms',
  '[4987:0x7f7d5c000f00]     2288 ms: Mark-Compact (reduce) 21.7 (48.7) -> 6.6 (47.4) MB, 3.1 / 0.0 ms',
  '{"not":"a trace line"}',
  '[4987:0x106ce400]     3676 ms: Mark-Compact 39.5 (92.0) -> 10.4 (87.0) MB, 7.0 / 0.0 ms',
].join('\n');

const heaps = (...after: number[]): FullCollection[] =>
  after.map((afterMb, i) => ({ atMs: i * 1000, beforeMb: afterMb + 20, afterMb }));

describe('reading V8 --trace-gc lines', () => {
  it('keeps only full collections, by thread, with the heap after each', () => {
    const byThread = fullCollections(trace);
    expect([...byThread.keys()]).toEqual(['0x106ce400', '0x7f7d5c000f00']);
    expect(byThread.get('0x106ce400')).toEqual([
      { atMs: 453, beforeMb: 12.5, afterMb: 9.8 },
      { atMs: 3676, beforeMb: 39.5, afterMb: 10.4 },
    ]);
    expect(byThread.get('0x7f7d5c000f00')).toEqual([{ atMs: 2288, beforeMb: 21.7, afterMb: 6.6 }]);
  });

  it('calls a live heap flat when the floor of its second half is within the slack of the first half', () => {
    expect(liveHeapFloors(heaps(9.8, 11.4, 10.6, 10.0, 10.3, 10.2))).toEqual([9.8, 10.0]);
    expect(flatLiveHeap(heaps(9.8, 11.4, 10.6, 10.0, 10.3, 10.2))).toBe(true);
    expect(flatLiveHeap(heaps(6, 6, 7.9, 8))).toBe(true);
  });

  it('does not take a passing peak for growth', () => {
    expect(flatLiveHeap(heaps(6.4, 6.0, 6.1, 9.6, 6.0, 6.2))).toBe(true);
  });

  it('calls a live heap whose floor keeps rising not flat', () => {
    expect(liveHeapFloors(heaps(6, 8, 10, 12, 14, 16))).toEqual([6, 12]);
    expect(flatLiveHeap(heaps(6, 8, 10, 12, 14, 16))).toBe(false);
  });

  it('says nothing with fewer than four full collections', () => {
    expect(flatLiveHeap(heaps(6, 60, 600))).toBeNull();
  });
});
