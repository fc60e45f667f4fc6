/**
 * The plain runner's queue: TimerQueue's order (time, then priority, then insertion: the same
 * entry comes out first whatever the heap's shape, since no two entries tie on all three)
 * without what a plain run never uses. Nothing is cancelled, so entries live in the heap's own
 * slots (no ids, no cancelled flags: saves a lookup per comparison), and a pop leaves the root
 * empty until the next push fills it (a failure pushes its repair, a repair its next failure:
 * one sift-down instead of a sift-down and a sift-up).
 */
const SIZE = 64;

/**
 * Every time slot from the queue's size on holds Infinity, so peekTime reads slots 0-2 and
 * never picks a literal Infinity: a branch that never runs has no type feedback, its value
 * reaches the compiler as an untyped object, and the time read beside it is then boxed (a
 * heap number per peek, two per event: times in ms are past the small-integer range).
 */
function vacantTimes(n: number): Float64Array {
  return new Float64Array(n).fill(Infinity);
}

export class PlainQueue {
  #time = vacantTimes(SIZE);
  /** priority * 2^32 + insertion number. */
  #tie = new Float64Array(SIZE);
  #kind = new Int32Array(SIZE);
  #arg = new Int32Array(SIZE);
  /** Slots in use, the empty root included. */
  #size = 0;
  #next = 0;
  /** The root slot is empty (its entry was popped). */
  #vacant = false;
  /**
   * The time and tie of the entry #siftDown places, handed over here rather than as arguments:
   * #siftDown is not inlined, and a number passed to a call not inlined is boxed (two heap
   * numbers per push, ~6 kB of a reference run's garbage).
   */
  readonly #placing = new Float64Array(2);
  /** The last entry popped. */
  kind = 0;
  arg = 0;

  clear(): void {
    this.#time.fill(Infinity, 0, this.#size);
    this.#size = 0;
    this.#next = 0;
    this.#vacant = false;
  }

  push(time: number, priority: number, kind: number, arg: number): void {
    const tie = priority * 0x100000000 + this.#next++;
    if (this.#vacant) {
      this.#vacant = false;
      this.#placing[0] = time;
      this.#placing[1] = tie;
      this.#siftDown(this.#size, kind, arg);
      return;
    }
    if (this.#size === this.#time.length) this.#grow();
    const t = this.#time;
    const ties = this.#tie;
    let i = this.#size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (t[p]! < time || (t[p] === time && ties[p]! < tie)) break;
      this.#move(p, i);
      i = p;
    }
    this.#set(i, time, tie, kind, arg);
  }

  /** Time of the next entry, or Infinity (slots past the last entry hold Infinity). */
  peekTime(): number {
    const t = this.#time;
    if (!this.#vacant) return t[0]!;
    // The root is empty: the next entry is one of its children.
    const a = t[1]!;
    const b = t[2]!;
    return a < b ? a : b;
  }

  /** Takes the next entry (read `kind` and `arg`); the queue must not be empty. */
  pop(): void {
    if (this.#vacant) this.#fillRoot();
    this.kind = this.#kind[0]!;
    this.arg = this.#arg[0]!;
    this.#vacant = true;
  }

  /** The last entry moves into the empty root and sinks to its place. */
  #fillRoot(): void {
    this.#vacant = false;
    const n = --this.#size;
    this.#placing[0] = this.#time[n]!;
    this.#placing[1] = this.#tie[n]!;
    this.#time[n] = Infinity;
    if (n === 0) return;
    this.#siftDown(n, this.#kind[n]!, this.#arg[n]!);
  }

  /** Places the entry (time and tie in `#placing`) from the empty root down, in a heap of `n`. */
  #siftDown(n: number, kind: number, arg: number): void {
    const t = this.#time;
    const ties = this.#tie;
    const time = this.#placing[0]!;
    const tie = this.#placing[1]!;
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
    this.#set(i, time, tie, kind, arg);
  }

  #move(from: number, to: number): void {
    this.#time[to] = this.#time[from]!;
    this.#tie[to] = this.#tie[from]!;
    this.#kind[to] = this.#kind[from]!;
    this.#arg[to] = this.#arg[from]!;
  }

  #set(i: number, time: number, tie: number, kind: number, arg: number): void {
    this.#time[i] = time;
    this.#tie[i] = tie;
    this.#kind[i] = kind;
    this.#arg[i] = arg;
  }

  #grow(): void {
    const n = 2 * this.#time.length;
    const grow = <A extends Float64Array | Int32Array>(a: A, b: A): A => (b.set(a), b);
    this.#time = grow(this.#time, vacantTimes(n));
    this.#tie = grow(this.#tie, new Float64Array(n));
    this.#kind = grow(this.#kind, new Int32Array(n));
    this.#arg = grow(this.#arg, new Int32Array(n));
  }
}
