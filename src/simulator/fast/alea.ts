/**
 * The seeded streams of core/random.ts (`stream(seed, ...names)`: seedrandom's Alea seeded
 * with the names joined by ':') without seedrandom's wrapper objects: Baagoe's Mash and Alea
 * with the same operations in the same order, so every draw is the same number (the
 * differential test compares whole runs). A fast run creates one per component and cause.
 */
import type { Uniform } from '../../core/random.ts';

const TWO_M32 = 2.3283064365386963e-10;

/** Mash's state after one more character code, from state `n`. */
export function mashStep(n: number, code: number): number {
  n += code;
  let h = 0.02519603282416938 * n;
  n = h >>> 0;
  h -= n;
  h *= n;
  n = h >>> 0;
  h -= n;
  return n + h * 0x100000000;
}

/** Mash's state after `data`, from state `n`; its output is `(n >>> 0) * 2^-32`. */
export function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) n = mashStep(n, data.charCodeAt(i));
  return n;
}

// Alea's seeding starts with three mashes of ' ' from Mash's initial state.
const N1 = mash(0xefc8249d, ' ');
const N2 = mash(N1, ' ');
/** The state every first pass over a key starts from. */
export const N3 = mash(N2, ' ');
const S0 = (N1 >>> 0) * TWO_M32;
const S1 = (N2 >>> 0) * TWO_M32;
const S2 = (N3 >>> 0) * TWO_M32;

/** Mash over `seed:a:b` (the names as core/random.ts joins them), piece by piece. */
const mashKey = (n: number, seed: string, a: string, b: string): number =>
  mash(mash(mash(mash(mash(n, seed), ':'), a), ':'), b);

/** The first pass's state after `seed:`, the same for every stream of a run. */
let lastSeed = '';
let afterSeed = mash(N3, ':');
function firstPass(seed: string, a: string, b: string): number {
  if (seed !== lastSeed) {
    afterSeed = mash(mash(N3, seed), ':');
    lastSeed = seed;
  }
  return mash(mash(mash(afterSeed, a), ':'), b);
}

export class Alea {
  s0 = 0;
  s1 = 0;
  s2 = 0;
  c = 1;
  /** The draws as a Uniform. */
  readonly uniform: Uniform = () => this.double();

  /** Alea seeded by the Mash states after its three passes over the key. */
  constructor(n1: number, n2: number, n3: number) {
    this.reseed(n1, n2, n3);
  }

  /** Starts over as seeded by these Mash states (a stream object reused from run to run). */
  reseed(n1: number, n2: number, n3: number): void {
    this.s0 = S0 - (n1 >>> 0) * TWO_M32;
    if (this.s0 < 0) this.s0 += 1;
    this.s1 = S1 - (n2 >>> 0) * TWO_M32;
    if (this.s1 < 0) this.s1 += 1;
    this.s2 = S2 - (n3 >>> 0) * TWO_M32;
    if (this.s2 < 0) this.s2 += 1;
    this.c = 1;
  }

  next(): number {
    const t = 2091639 * this.s0 + this.c * TWO_M32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }

  /** seedrandom's `double()`: 53 bits from two draws. */
  double(): number {
    return this.next() + ((this.next() * 0x200000) | 0) * 1.1102230246251565e-16;
  }
}

/** The same draws as `stream(seed, a, b)` of core/random.ts. */
export function fastStream(seed: string, a: string, b: string): Uniform {
  const n1 = firstPass(seed, a, b);
  const n2 = mashKey(n1, seed, a, b);
  const n3 = mashKey(n2, seed, a, b);
  return new Alea(n1, n2, n3).uniform;
}
