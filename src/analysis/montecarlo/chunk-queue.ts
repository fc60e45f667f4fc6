/**
 * The runs of several studies still to hand out to a pool's workers, cut into chunks as the
 * workers ask for them, study after study. The first chunks are small and double (16, 32, 64
 * runs... per worker), so every worker starts at once and the first progress comes early; then
 * chunks shrink towards the end (guided self-scheduling): large ones while much is left, to
 * keep messages few, then smaller ones down to 8 runs, so the workers finish close together.
 * The cut does not change any result: run i is the same run whichever chunk it is in.
 */
import type { RunRange } from './seeds.ts';

export interface Chunk {
  readonly id: number;
  /** Index of the study. */
  readonly job: number;
  readonly from: number;
  readonly to: number;
  /** Whether this chunk hands out the study's last runs (no chunk of it follows). */
  readonly last: boolean;
  /** Runs reported done so far. */
  reported: number;
}

/** Runs per chunk, at most and (but for a study's last runs) at least. */
const MAX_CHUNK = 1000;
const MIN_CHUNK = 8;
/** Each worker's first chunk; each round of chunks (one per worker) after it doubles. */
const FIRST_CHUNK = 16;
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
  /** Chunks handed out so far. */
  #handed = 0;

  /** `size`: a fixed number of runs per chunk instead of the ramp and the guided sizes. */
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
    const range = this.#current();
    if (!range) return null;
    const size = this.#size ?? this.#guidedSize();
    const from = range[0];
    const to = Math.min(range[1], from + size);
    range[0] = to;
    this.#left -= to - from;
    this.#handed++;
    const job = this.#job;
    return { id, job, from, to, last: to === range[1], reported: 0 };
  }

  /** The range of the first study with runs left, or undefined. */
  #current(): [number, number] | undefined {
    const ranges = this.#ranges;
    while (this.#job < ranges.length && ranges[this.#job]![0] === ranges[this.#job]![1])
      this.#job++;
    return ranges[this.#job];
  }

  #guidedSize(): number {
    const guided = Math.ceil(this.#left / (GUIDE * this.#workers));
    const round = Math.floor(this.#handed / this.#workers);
    const ramp = FIRST_CHUNK * 2 ** Math.min(round, 6); // 16, 32, ... 1024
    return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, guided, ramp));
  }
}
