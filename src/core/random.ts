/**
 * Seeded random streams. One independent stream per component and cause
 * (`${seed}:${componentId}:failure`), so adding a component never reshuffles the draws of
 * the others. Never the global Math.random.
 */
import seedrandom from 'seedrandom';

/** Uniform draws in [0, 1). */
export type Uniform = () => number;

export function stream(seed: string, ...names: string[]): Uniform {
  const prng = seedrandom.alea([seed, ...names].join(':'));
  return () => prng.double();
}

/** A lazily created family of named streams under one seed. */
export class RandomStreams {
  readonly #seed: string;
  readonly #streams = new Map<string, Uniform>();

  constructor(seed: string) {
    this.#seed = seed;
  }

  get seed(): string {
    return this.#seed;
  }

  get(...names: string[]): Uniform {
    const key = names.join(':');
    let s = this.#streams.get(key);
    if (!s) {
      s = stream(this.#seed, ...names);
      this.#streams.set(key, s);
    }
    return s;
  }
}
