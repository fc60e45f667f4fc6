/**
 * Seeded stream states kept by run seed, for the variants of one scenario. A tornado, a
 * comparison or a sweep runs dozens of variants on common random numbers: run i of every
 * variant seeds the same streams (the same names) under the same seed, and seeding is three
 * Mash passes over each key (on the bank ~10-40 µs of a ~130 µs run, its names being of many
 * lengths). Once a second compiled scenario has the same stream names, each run's seeded states
 * are kept, and a later variant's run with that seed restores them: the same numbers, copied.
 * A single study (one compiled scenario) keeps nothing.
 */
import type { Alea } from './alea.ts';

/** Numbers kept per list of names, at most (8 MB): 16,000 runs of the bank's 20 streams. */
const BUDGET = 1 << 20;
/** Lists of names followed at most; past it the follow-up starts again. */
const LISTS = 16;

/** The states of `streams.length` streams after seeding, for the last seeds asked for. */
export class SeedsMemo {
  readonly #slots: number;
  readonly #width: number;
  readonly #states: Float64Array;
  readonly #slotOf = new Map<string, number>();
  readonly #seedAt: (string | undefined)[];
  /** The slot to fill next (the oldest goes first). */
  #next = 0;

  constructor(streams: number) {
    this.#width = 3 * streams;
    this.#slots = Math.max(1, Math.floor(BUDGET / Math.max(1, this.#width)));
    this.#states = new Float64Array(this.#slots * this.#width);
    this.#seedAt = new Array<string | undefined>(this.#slots);
  }

  /** Puts the streams in the states kept for `seed`; false when none are kept. */
  restore(seed: string, streams: readonly Alea[]): boolean {
    const slot = this.#slotOf.get(seed);
    if (slot === undefined) return false;
    const states = this.#states;
    for (let k = 0, o = slot * this.#width; k < streams.length; k++, o += 3) {
      const alea = streams[k]!;
      alea.s0 = states[o]!;
      alea.s1 = states[o + 1]!;
      alea.s2 = states[o + 2]!;
      alea.c = 1;
    }
    return true;
  }

  /** Keeps the streams' states, just seeded under `seed` (nothing drawn yet). */
  keep(seed: string, streams: readonly Alea[]): void {
    const slot = this.#next;
    this.#next = (slot + 1) % this.#slots;
    const old = this.#seedAt[slot];
    if (old !== undefined) this.#slotOf.delete(old);
    this.#seedAt[slot] = seed;
    this.#slotOf.set(seed, slot);
    const states = this.#states;
    for (let k = 0, o = slot * this.#width; k < streams.length; k++, o += 3) {
      const alea = streams[k]!;
      states[o] = alea.s0;
      states[o + 1] = alea.s1;
      states[o + 2] = alea.s2;
    }
  }
}

/** What the seeders of one list of names share: how many there are, and their memo. */
export class SharedSeeds {
  seeders = 0;
  #memo: SeedsMemo | null = null;

  constructor(readonly streams: number) {}

  /** The memo, once a second seeder of these names exists (null before, and with no stream). */
  memo(): SeedsMemo | null {
    if (this.seeders < 2 || this.streams === 0) return null;
    return (this.#memo ??= new SeedsMemo(this.streams));
  }
}

const lists = new Map<string, SharedSeeds>();

/** Counts one more seeder of these names and returns what they share. */
export function sharedSeeds(names: readonly (readonly [string, string])[]): SharedSeeds {
  const key = JSON.stringify(names);
  let shared = lists.get(key);
  if (shared === undefined) {
    if (lists.size >= LISTS) lists.clear();
    lists.set(key, (shared = new SharedSeeds(names.length)));
  }
  shared.seeders++;
  return shared;
}
