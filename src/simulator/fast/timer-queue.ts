/**
 * The engine's queue without objects: entries live in typed arrays, ordered by (time,
 * priority, insertion) exactly as core/event-queue.ts orders them, and are cancelled lazily.
 * An entry's id is its insertion number, so a stale id can never cancel a newer entry.
 * Each entry carries two integers (what to do, and to whom). The heap's slots hold each
 * entry's time and tie-break themselves (a comparison reads two slots, not two ids' entries),
 * and a pop leaves the root empty until the next push or peek fills it (an event usually
 * pushes what follows it: one sift-down instead of a sift-down and a sift-up).
 */
const SIZE = 256;

export class TimerQueue {
  /** Per heap slot: the entry's time, its tie-break (priority * 2^32 + id) and its id. */
  #time = new Float64Array(SIZE);
  #tie = new Float64Array(SIZE);
  #id = new Int32Array(SIZE);
  /** Per entry id. */
  #kind = new Int32Array(SIZE);
  #arg = new Int32Array(SIZE);
  #cancelled = new Uint8Array(SIZE);
  /** Heap slots in use, the empty root included. */
  #size = 0;
  #next = 0;
  /** The root slot is empty (its entry was popped). */
  #vacant = false;
  /** Changes whenever an entry is pushed or cancelled (so the next time may have changed). */
  version = 0;

  push(time: number, priority: number, kind: number, arg: number): number {
    const id = this.#next++;
    this.version++;
    if (id >= this.#kind.length) this.#growEntries();
    this.#kind[id] = kind;
    this.#arg[id] = arg;
    this.#cancelled[id] = 0;
    const tie = priority * 0x100000000 + id;
    if (this.#vacant) {
      this.#vacant = false;
      this.#siftDown(this.#size, time, tie, id);
      return id;
    }
    if (this.#size === this.#time.length) this.#growHeap();
    const t = this.#time;
    const ties = this.#tie;
    let i = this.#size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (t[p]! < time || (t[p] === time && ties[p]! < tie)) break;
      this.#move(p, i);
      i = p;
    }
    this.#set(i, time, tie, id);
    return id;
  }

  /** Empties the queue, keeping its storage (a run reuses the previous run's queue). */
  clear(): this {
    this.#size = 0;
    this.#next = 0;
    this.#vacant = false;
    return this;
  }

  cancel(id: number): void {
    if (id < 0) return;
    this.#cancelled[id] = 1;
    this.version++;
  }

  /** Time of the next live entry, or Infinity. */
  peekTime(): number {
    this.#settleRoot();
    return this.#size > 0 ? this.#time[0]! : Infinity;
  }

  /** Removes the next live entry and returns its id (-1 when empty); read it with kind/arg. */
  pop(): number {
    this.#settleRoot();
    if (this.#size === 0) return -1;
    const top = this.#id[0]!;
    this.#cancelled[top] = 1;
    this.#vacant = true;
    return top;
  }

  kind(id: number): number {
    return this.#kind[id]!;
  }
  arg(id: number): number {
    return this.#arg[id]!;
  }

  /** Fills an empty root and drops cancelled entries from the top. */
  #settleRoot(): void {
    if (this.#vacant) this.#removeRoot();
    while (this.#size > 0 && this.#cancelled[this.#id[0]!] === 1) this.#removeRoot();
  }

  /** The last slot's entry moves into the root and sinks to its place. */
  #removeRoot(): void {
    this.#vacant = false;
    const n = --this.#size;
    if (n === 0) return;
    this.#siftDown(n, this.#time[n]!, this.#tie[n]!, this.#id[n]!);
  }

  /** Puts an entry into the root slot of a heap of `n` slots and sinks it to its place. */
  #siftDown(n: number, time: number, tie: number, id: number): void {
    const t = this.#time;
    const ties = this.#tie;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && (t[r]! < t[l]! || (t[r] === t[l] && ties[r]! < ties[l]!)) ? r : l;
      if (time < t[c]! || (time === t[c] && tie < ties[c]!)) break;
      this.#move(c, i);
      i = c;
    }
    this.#set(i, time, tie, id);
  }

  #move(from: number, to: number): void {
    this.#time[to] = this.#time[from]!;
    this.#tie[to] = this.#tie[from]!;
    this.#id[to] = this.#id[from]!;
  }

  #set(i: number, time: number, tie: number, id: number): void {
    this.#time[i] = time;
    this.#tie[i] = tie;
    this.#id[i] = id;
  }

  #growHeap(): void {
    const n = this.#time.length * 2;
    this.#time = grow(this.#time, new Float64Array(n));
    this.#tie = grow(this.#tie, new Float64Array(n));
    this.#id = grow(this.#id, new Int32Array(n));
  }

  #growEntries(): void {
    const n = this.#kind.length * 2;
    this.#kind = grow(this.#kind, new Int32Array(n));
    this.#arg = grow(this.#arg, new Int32Array(n));
    this.#cancelled = grow(this.#cancelled, new Uint8Array(n));
  }
}

const grow = <A extends Float64Array | Int32Array | Uint8Array>(a: A, b: A): A => {
  b.set(a);
  return b;
};
