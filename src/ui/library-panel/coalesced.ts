/**
 * Runs a load one at a time: asks made while it runs collapse into one more run after it, so a
 * parent that bumps `revision` on every keystroke causes at most two reads, the last one current.
 */
export class Coalesced {
  readonly #load: () => Promise<void>;
  #running: Promise<void> | null = null;
  #again = false;

  /** `load` reads what it needs when it runs, and must not reject. */
  constructor(load: () => Promise<void>) {
    this.#load = load;
  }

  /** Loads now, or once more after the load under way; resolves when the data is current. */
  request(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    const run = async () => {
      do {
        this.#again = false;
        await this.#load();
      } while (this.#again);
      this.#running = null;
    };
    return (this.#running = run());
  }
}
