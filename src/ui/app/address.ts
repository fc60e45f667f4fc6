/**
 * The address bar, kept to the view: a new query is written at once (history.replaceState),
 * except that writes come at most every `gap` ms, the last one of a burst (a slider dragged)
 * a moment later, as browsers refuse a page that rewrites its address hundreds of times in a
 * few seconds.
 */
export class AddressWriter {
  #written = -Infinity;
  #timer = 0;
  #pending: string | null = null;

  constructor(private readonly gap = 100) {}

  /** Shows `?query` in the address bar: now, or once the gap since the last write has passed. */
  write(query: string): void {
    this.#pending = query;
    clearTimeout(this.#timer);
    const wait = this.#written + this.gap - performance.now();
    if (wait <= 0) this.flush();
    else this.#timer = window.setTimeout(() => this.flush(), wait);
  }

  /** Writes the query waiting, if any, now. */
  flush(): void {
    clearTimeout(this.#timer);
    const query = this.#pending;
    this.#pending = null;
    if (query === null || location.search === `?${query}`) return;
    history.replaceState(null, '', `?${query}`);
    this.#written = performance.now();
  }
}
