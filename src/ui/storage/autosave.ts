/** What the page shows next to the editor. */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | { readonly error: Error };

/** Just the timer functions the autosaver needs, so tests can drive time by hand. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaverOptions {
  /** Quiet time after the last change before saving; 400 ms by default. */
  readonly delayMs?: number;
  readonly timers?: Timers;
  /** Called whenever `status` changes. */
  readonly onStatus?: (status: SaveStatus) => void;
}

const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Saves edits a moment after typing stops. For each scenario the last text scheduled wins; saves
 * run one at a time, in order. A failed save keeps its text waiting (to go with the next save or
 * flush) and shows the error until a save succeeds. The page calls `flush()` on `pagehide` and
 * when it becomes hidden.
 */
export class Autosaver {
  readonly #save: (id: string, text: string) => Promise<unknown>;
  readonly #delayMs: number;
  readonly #timers: Timers;
  readonly #onStatus: (status: SaveStatus) => void;
  readonly #pending = new Map<string, string>();
  #timer: unknown = null;
  #saving: Promise<void> = Promise.resolve();
  #status: SaveStatus = 'saved';

  /** `save` is usually `(id, text) => library.save(id, text)`. */
  constructor(
    save: (id: string, text: string) => Promise<unknown>,
    options: AutosaverOptions = {},
  ) {
    this.#save = save;
    this.#delayMs = options.delayMs ?? 400;
    this.#timers = options.timers ?? browserTimers;
    this.#onStatus = options.onStatus ?? (() => {});
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** Whether some text has not been saved yet. */
  get pending(): boolean {
    return this.#pending.size > 0;
  }

  /** Notes the scenario's latest text and saves it once `delayMs` pass with no further change. */
  schedule(id: string, text: string): void {
    this.#pending.set(id, text);
    if (typeof this.#status !== 'object') this.#setStatus('unsaved');
    this.#cancelTimer();
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, this.#delayMs);
  }

  /** Saves everything waiting now. Never rejects: a failure shows in `status`. */
  flush(): Promise<void> {
    this.#cancelTimer();
    this.#saving = this.#saving.then(() => this.#saveWaiting());
    return this.#saving;
  }

  /** Takes back the text waiting for one scenario (it will not be saved); undefined if none. */
  take(id: string): string | undefined {
    const text = this.#pending.get(id);
    this.#pending.delete(id);
    if (this.#pending.size === 0 && this.#status === 'unsaved') this.#setStatus('saved');
    return text;
  }

  /** Stops the timer; text still waiting is saved only by a later `flush()`. */
  dispose(): void {
    this.#cancelTimer();
  }

  async #saveWaiting(): Promise<void> {
    if (this.#pending.size === 0) return;
    const batch = [...this.#pending];
    this.#pending.clear();
    this.#setStatus('saving');
    let failure: Error | null = null;
    for (const [id, text] of batch) {
      try {
        await this.#save(id, text);
      } catch (error) {
        // Newer text scheduled meanwhile wins; otherwise this text waits for the next try.
        if (!this.#pending.has(id)) this.#pending.set(id, text);
        failure = error instanceof Error ? error : new Error(String(error));
      }
    }
    if (failure) this.#setStatus({ error: failure });
    else this.#setStatus(this.#pending.size > 0 ? 'unsaved' : 'saved');
  }

  #cancelTimer(): void {
    if (this.#timer === null) return;
    this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #setStatus(status: SaveStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#onStatus(status);
  }
}
