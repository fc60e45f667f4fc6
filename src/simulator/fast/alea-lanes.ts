/**
 * Many streams of one run seeded at once. Seeding an Alea is three Mash passes over its key
 * `seed:a:b`, one character after another, each step waiting on the one before: about a
 * microsecond a stream, most of a short run. The keys of a run's streams differ only after
 * the seed, so eight of them whose names have the same length go through Mash side by side,
 * character by character (eight independent chains keep the processor busy where one leaves
 * it waiting). Each lane does exactly what alea.ts does for its own key, so every stream is
 * the one `stream(seed, a, b)` of core/random.ts gives.
 */
import { Alea, mash, N3 } from './alea.ts';
import { sharedSeeds, type SharedSeeds } from './seeds-memo.ts';

/** Mash's multiplier (alea.ts), and how many keys go through it side by side. */
const K = 0.02519603282416938;
const LANES = 8;

interface Group {
  /** Indices of the streams (in the order they were asked for), one per lane used. */
  readonly streams: Int32Array;
  /** Length of `:a:b`, the same for every lane. */
  readonly length: number;
  /** `:a:b` of each lane, character by character: lane l's i-th code at i * LANES + l. */
  readonly codes: Uint16Array;
}

export class StreamSeeder {
  /**
   * The streams, by the order of the names: the same objects every run, seeded afresh by
   * seed() (runs are synchronous, so one at a time uses them).
   */
  readonly streams: readonly Alea[];
  readonly #groups: readonly Group[];
  readonly #state = new Float64Array(LANES);
  readonly #n1 = new Float64Array(LANES);
  readonly #n2 = new Float64Array(LANES);
  #seedCodes = new Uint16Array(32 * LANES);
  /** What seeders of the same names share (seeds-memo.ts). */
  readonly #shared: SharedSeeds;

  /** The streams `stream(seed, a, b)` for these pairs of names, in this order. */
  constructor(names: readonly (readonly [string, string])[]) {
    this.streams = names.map(() => new Alea(0, 0, 0));
    this.#shared = sharedSeeds(names);
    const byLength = new Map<number, number[]>();
    names.forEach(([a, b], k) => {
      const length = a.length + b.length + 2;
      const list = byLength.get(length) ?? [];
      byLength.set(length, list);
      list.push(k);
    });
    const groups: Group[] = [];
    for (const [length, list] of byLength)
      for (let from = 0; from < list.length; from += LANES) {
        const streams = Int32Array.from(list.slice(from, from + LANES));
        const codes = new Uint16Array(length * LANES);
        for (let l = 0; l < LANES; l++) {
          // A lane left over repeats the first one; its result is not used.
          const [a, b] = names[streams[l] ?? streams[0]!]!;
          const suffix = `:${a}:${b}`;
          for (let i = 0; i < length; i++) codes[i * LANES + l] = suffix.charCodeAt(i);
        }
        groups.push({ streams, length, codes });
      }
    this.#groups = groups;
  }

  /** Seeds every stream under `seed`. */
  seed(seed: string): void {
    const memo = this.#shared.memo();
    if (memo !== null && memo.restore(seed, this.streams)) return;
    this.#seed(seed);
    memo?.keep(seed, this.streams);
  }

  #seed(seed: string): void {
    const out = this.streams;
    const start = mash(N3, seed);
    const state = this.#state;
    const n1 = this.#n1;
    const n2 = this.#n2;
    // The seed's characters, the same in every lane.
    if (this.#seedCodes.length < seed.length * LANES)
      this.#seedCodes = new Uint16Array(2 * seed.length * LANES);
    const seedCodes = this.#seedCodes;
    // Eight stores a character, not a fill() call each (a builtin call costs more than the stores).
    for (let i = 0, o = 0; i < seed.length; i++) {
      const code = seed.charCodeAt(i);
      for (let l = 0; l < LANES; l++) seedCodes[o++] = code;
    }
    for (const { streams, length, codes } of this.#groups) {
      // Pass 1 from the state after the seed, passes 2 and 3 over the whole key.
      state.fill(start);
      mashLanes(state, codes, length);
      n1.set(state);
      mashLanes(state, seedCodes, seed.length);
      mashLanes(state, codes, length);
      n2.set(state);
      mashLanes(state, seedCodes, seed.length);
      mashLanes(state, codes, length);
      for (let l = 0; l < streams.length; l++) out[streams[l]!]!.reseed(n1[l]!, n2[l]!, state[l]!);
    }
  }
}

/**
 * Each lane's Mash over its own characters (`length` of them, lane l's i-th at i * LANES + l):
 * alea.ts `mashStep` written out eight times, so that nothing stands between the chains, with
 * `Math.floor(x)` for `x >>> 0`: the same number, as x is never negative and stays below 2^32
 * (a state is below 2^33, and K * (2^33 + 65535) < 2^28), and one instruction instead of two.
 */
function mashLanes(state: Float64Array, codes: Uint16Array, length: number): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  let x: number;
  for (let o = 0; o < length * LANES; o += LANES) {
    a += codes[o + 0]!;
    x = K * a;
    a = Math.floor(x);
    x -= a;
    x *= a;
    a = Math.floor(x);
    x -= a;
    a += x * 0x100000000;
    b += codes[o + 1]!;
    x = K * b;
    b = Math.floor(x);
    x -= b;
    x *= b;
    b = Math.floor(x);
    x -= b;
    b += x * 0x100000000;
    c += codes[o + 2]!;
    x = K * c;
    c = Math.floor(x);
    x -= c;
    x *= c;
    c = Math.floor(x);
    x -= c;
    c += x * 0x100000000;
    d += codes[o + 3]!;
    x = K * d;
    d = Math.floor(x);
    x -= d;
    x *= d;
    d = Math.floor(x);
    x -= d;
    d += x * 0x100000000;
    e += codes[o + 4]!;
    x = K * e;
    e = Math.floor(x);
    x -= e;
    x *= e;
    e = Math.floor(x);
    x -= e;
    e += x * 0x100000000;
    f += codes[o + 5]!;
    x = K * f;
    f = Math.floor(x);
    x -= f;
    x *= f;
    f = Math.floor(x);
    x -= f;
    f += x * 0x100000000;
    g += codes[o + 6]!;
    x = K * g;
    g = Math.floor(x);
    x -= g;
    x *= g;
    g = Math.floor(x);
    x -= g;
    g += x * 0x100000000;
    h += codes[o + 7]!;
    x = K * h;
    h = Math.floor(x);
    x -= h;
    x *= h;
    h = Math.floor(x);
    x -= h;
    h += x * 0x100000000;
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
  state[4] = e;
  state[5] = f;
  state[6] = g;
  state[7] = h;
}
