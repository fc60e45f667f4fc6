/**
 * The engine's queue without objects: entries live in typed arrays, ordered by (time,
 * priority, insertion) exactly as core/event-queue.ts orders them, and are cancelled lazily.
 * An entry's id is its insertion number, so a stale id can never cancel a newer entry.
 * Each entry carries two integers (what to do, and to whom).
 */
const SIZE = 256;

export class TimerQueue {
  #time = new Float64Array(SIZE);
  #tie = new Float64Array(SIZE);
  #kind = new Int32Array(SIZE);
  #arg = new Int32Array(SIZE);
  #cancelled = new Uint8Array(SIZE);
  #heap = new Int32Array(SIZE);
  #size = 0;
  #next = 0;
  /** Changes whenever an entry is pushed or cancelled (so the next time may have changed). */
  version = 0;

  push(time: number, priority: number, kind: number, arg: number): number {
    const id = this.#next++;
    this.version++;
    if (id >= this.#time.length) this.#grow();
    this.#time[id] = time;
    this.#tie[id] = priority * 0x100000000 + id;
    this.#kind[id] = kind;
    this.#arg[id] = arg;
    this.#cancelled[id] = 0;
    const heap = this.#heap;
    let i = this.#size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!this.#before(id, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = id;
    return id;
  }

  /** Empties the queue, keeping its storage (a run reuses the previous run's queue). */
  clear(): this {
    this.#size = 0;
    this.#next = 0;
    return this;
  }

  cancel(id: number): void {
    if (id < 0) return;
    this.#cancelled[id] = 1;
    this.version++;
  }

  /** Time of the next live entry, or Infinity. */
  peekTime(): number {
    this.#dropCancelled();
    return this.#size > 0 ? this.#time[this.#heap[0]!]! : Infinity;
  }

  /** Removes the next live entry and returns its id (-1 when empty); read it with kind/arg. */
  pop(): number {
    this.#dropCancelled();
    if (this.#size === 0) return -1;
    const top = this.#heap[0]!;
    this.#removeTop();
    this.#cancelled[top] = 1;
    return top;
  }

  time(id: number): number {
    return this.#time[id]!;
  }
  kind(id: number): number {
    return this.#kind[id]!;
  }
  arg(id: number): number {
    return this.#arg[id]!;
  }

  #before(a: number, b: number): boolean {
    const ta = this.#time[a]!;
    const tb = this.#time[b]!;
    if (ta !== tb) return ta < tb;
    return this.#tie[a]! < this.#tie[b]!;
  }

  #dropCancelled(): void {
    while (this.#size > 0 && this.#cancelled[this.#heap[0]!] === 1) this.#removeTop();
  }

  #removeTop(): void {
    const heap = this.#heap;
    const n = --this.#size;
    const last = heap[n]!;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && this.#before(heap[r]!, heap[l]!) ? r : l;
      if (!this.#before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }

  #grow(): void {
    const n = this.#time.length * 2;
    const grow = <A extends Float64Array | Int32Array | Uint8Array>(a: A, b: A): A => {
      b.set(a);
      return b;
    };
    this.#time = grow(this.#time, new Float64Array(n));
    this.#tie = grow(this.#tie, new Float64Array(n));
    this.#kind = grow(this.#kind, new Int32Array(n));
    this.#arg = grow(this.#arg, new Int32Array(n));
    this.#cancelled = grow(this.#cancelled, new Uint8Array(n));
    this.#heap = grow(this.#heap, new Int32Array(n));
  }
}
