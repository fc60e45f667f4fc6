/**
 * The runs of several studies still to hand out to a pool's workers, cut into chunks as the
 * workers ask for them, study after study. Chunks shrink towards the end (guided
 * self-scheduling): large ones while much is left, to keep messages few, then smaller ones, so
 * the workers finish close together. The cut does not change any result: run i is the same
 * run whichever chunk it is in.
 */
import type { RunRange } from './seeds.ts';

export interface Chunk {
  readonly id: number;
  /** Index of the study. */
  readonly job: number;
  readonly from: number;
  readonly to: number;
  /** Runs reported done so far. */
  reported: number;
}

/** Runs per chunk, at most and (but for a study's last runs) at least. */
const MAX_CHUNK = 1000;
const MIN_CHUNK = 8;
/** A chunk is 1/(GUIDE × workers) of the runs left. */
const GUIDE = 2;

export class ChunkQueue {
  /** Runs to do in all. */
  readonly total: number;
  readonly #ranges: [number, number][];
  readonly #workers: number;
  readonly #size: number | undefined;
  #job = 0;
  #left: number;

  /** `size`: a fixed number of runs per chunk instead of the guided sizes. */
  constructor(ranges: readonly RunRange[], workers: number, size?: number) {
    this.#ranges = ranges.map(([a, b]) => [a, b]);
    this.#workers = workers;
    this.#size = size;
    this.total = ranges.reduce((n, [a, b]) => n + b - a, 0);
    this.#left = this.total;
  }

  /** How many chunks there will be at least (so how many workers will have one). */
  get chunksAtLeast(): number {
    return Math.ceil(this.total / (this.#size ?? MIN_CHUNK));
  }

  /** Whether every run has been handed out. */
  get empty(): boolean {
    return this.#left === 0;
  }

  /** The next chunk (named `id`), or null when every run has been handed out. */
  next(id: number): Chunk | null {
    while (
      this.#job < this.#ranges.length &&
      this.#ranges[this.#job]![0] === this.#ranges[this.#job]![1]
    )
      this.#job++;
    const range = this.#ranges[this.#job];
    if (!range) return null;
    const guided = Math.ceil(this.#left / (GUIDE * this.#workers));
    const size = this.#size ?? Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, guided));
    const from = range[0];
    const to = Math.min(range[1], from + size);
    range[0] = to;
    this.#left -= to - from;
    return { id, job: this.#job, from, to, reported: 0 };
  }
}
