/**
 * A binary min-heap of scheduled entries ordered by (time, priority, insertion counter),
 * as in SimPy's Environment: ties always resolve the same way, in the order they were scheduled.
 */
export interface QueueEntry<T> {
  readonly time: number;
  readonly priority: number;
  readonly seq: number;
  readonly payload: T;
  cancelled: boolean;
}

const before = <T>(a: QueueEntry<T>, b: QueueEntry<T>): boolean =>
  a.time !== b.time
    ? a.time < b.time
    : a.priority !== b.priority
      ? a.priority < b.priority
      : a.seq < b.seq;

export class EventQueue<T> {
  readonly #heap: QueueEntry<T>[] = [];
  #seq = 0;
  #live = 0;

  /** Number of entries that are scheduled and not cancelled. */
  get size(): number {
    return this.#live;
  }

  push(time: number, priority: number, payload: T): QueueEntry<T> {
    const entry: QueueEntry<T> = { time, priority, seq: this.#seq++, payload, cancelled: false };
    const heap = this.#heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!before(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
    this.#live++;
    return entry;
  }

  /** Cancels an entry in O(1); it is dropped when it reaches the top. */
  cancel(entry: QueueEntry<T>): void {
    if (entry.cancelled) return;
    entry.cancelled = true;
    this.#live--;
  }

  /** The next live entry without removing it. */
  peek(): QueueEntry<T> | undefined {
    this.#dropCancelled();
    return this.#heap[0];
  }

  pop(): QueueEntry<T> | undefined {
    this.#dropCancelled();
    const top = this.#removeTop();
    if (top) {
      this.#live--;
      // A popped entry can no longer be cancelled.
      top.cancelled = true;
    }
    return top;
  }

  #dropCancelled(): void {
    while (this.#heap.length > 0 && this.#heap[0]!.cancelled) this.#removeTop();
  }

  #removeTop(): QueueEntry<T> | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
