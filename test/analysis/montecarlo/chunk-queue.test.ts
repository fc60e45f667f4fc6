import { describe, expect, it } from 'vitest';
import { ChunkQueue, type Chunk } from '../../../src/analysis/montecarlo/chunk-queue.ts';
import type { RunRange } from '../../../src/analysis/montecarlo/seeds.ts';

function drain(queue: ChunkQueue): Chunk[] {
  const chunks: Chunk[] = [];
  for (let c = queue.next(0); c; c = queue.next(chunks.length)) chunks.push(c);
  return chunks;
}

describe('ChunkQueue', () => {
  const ranges: RunRange[] = [
    [0, 10_000],
    [5, 5],
    [300, 1234],
  ];

  it('hands out every run of every study once, study after study, in order', () => {
    const queue = new ChunkQueue(ranges, 2);
    expect(queue.total).toBe(10_000 + 934);
    const chunks = drain(queue);
    expect(queue.empty).toBe(true);
    expect(queue.next(99)).toBeNull();
    for (const [job, [from, to]] of ranges.entries()) {
      const mine = chunks.filter((c) => c.job === job);
      // Contiguous from `from` to `to` (no chunk for a study with no runs).
      expect(mine.map((c) => c.from)).toEqual(
        mine.map((_, k) => (k === 0 ? from : mine[k - 1]!.to)),
      );
      expect(mine.at(-1)?.to ?? from).toBe(to);
      expect(mine.every((c) => c.to > c.from)).toBe(true);
    }
    expect(chunks.map((c) => c.job)).toEqual([...chunks.map((c) => c.job)].sort());
  });

  it('starts with 16 runs per worker, doubling each round up to 1000, then shrinks down to 8', () => {
    const chunks = drain(new ChunkQueue([[0, 10_000]], 2));
    const sizes = chunks.map((c) => c.to - c.from);
    expect(sizes.slice(0, 12)).toEqual([16, 16, 32, 32, 64, 64, 128, 128, 256, 256, 512, 512]);
    expect(sizes[12]).toBe(1000);
    const top = sizes.indexOf(1000);
    // After the ramp, never larger than the chunk before.
    expect(sizes.slice(top)).toEqual([...sizes.slice(top)].sort((a, b) => b - a));
    expect(Math.max(...sizes)).toBe(1000);
    expect(Math.min(...sizes.slice(0, -1))).toBe(8);
    expect(sizes.length).toBeLessThan(60);
    expect(chunks.map((c) => c.last)).toEqual(chunks.map((_, k) => k === chunks.length - 1));
    expect(new ChunkQueue([[0, 10_000]], 2).chunksAtLeast).toBeGreaterThanOrEqual(2);
    expect(new ChunkQueue([[0, 12]], 4).chunksAtLeast).toBe(2);
  });

  it('marks the chunk that hands out the last runs of each study', () => {
    const chunks = drain(new ChunkQueue(ranges, 3));
    const lasts = chunks.filter((c) => c.last);
    expect(lasts.map((c) => [c.job, c.to])).toEqual([
      [0, 10_000],
      [2, 1234],
    ]);
  });

  it('cuts chunks of a fixed size when asked', () => {
    const sizes = drain(new ChunkQueue([[0, 10]], 3, 4)).map((c) => c.to - c.from);
    expect(sizes).toEqual([4, 4, 2]);
  });
});
