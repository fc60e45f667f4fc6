/**
 * Where a fast run's typed arrays come from. A new typed array costs V8 about half a
 * microsecond (a fresh ArrayBuffer each), and a run of a 50-component scenario needs a few
 * dozen; a view of an existing buffer costs a few tens of nanoseconds. So a run takes its
 * arrays as views of one buffer that the next run reuses (runs are synchronous: one at a
 * time uses it). Every array starts zeroed, as a new one does.
 */
export interface Allocator {
  f64(length: number): Float64Array;
  i32(length: number): Int32Array;
  u8(length: number): Uint8Array;
}

/** New arrays every time. */
export const fresh: Allocator = {
  f64: (length) => new Float64Array(length),
  i32: (length) => new Int32Array(length),
  u8: (length) => new Uint8Array(length),
};

export class Arena implements Allocator {
  #buffer = new ArrayBuffer(1 << 14);
  #used = 0;
  /**
   * The views handed out since the last reset, by type and order. A compiled scenario's runs
   * ask for the same arrays in the same order, so the view a run asks for is usually the one
   * the last run had (same buffer, offset and length, zeroed by reset): handed out again, it
   * saves making one (a few tens of nanoseconds each, some fifty a run).
   */
  readonly #f64 = new Views<Float64Array>((b, at, n) => new Float64Array(b, at, n));
  readonly #i32 = new Views<Int32Array>((b, at, n) => new Int32Array(b, at, n));
  readonly #u8 = new Views<Uint8Array>((b, at, n) => new Uint8Array(b, at, n));

  /** Takes back every array handed out (they must no longer be used) and zeroes the space. */
  reset(): this {
    new Uint8Array(this.#buffer, 0, this.#used).fill(0);
    this.#used = 0;
    this.#f64.count = 0;
    this.#i32.count = 0;
    this.#u8.count = 0;
    return this;
  }

  // The offset is taken before the buffer is read: taking it may replace a full buffer.
  f64(length: number): Float64Array {
    const at = this.#take(length * 8);
    return this.#f64.view(this.#buffer, at, length);
  }

  i32(length: number): Int32Array {
    const at = this.#take(length * 4);
    return this.#i32.view(this.#buffer, at, length);
  }

  u8(length: number): Uint8Array {
    const at = this.#take(length);
    return this.#u8.view(this.#buffer, at, length);
  }

  #take(bytes: number): number {
    const at = this.#used;
    const end = at + ((bytes + 7) & ~7);
    if (end > this.#buffer.byteLength) {
      // Arrays already handed out keep the old buffer; the new one is zero.
      this.#buffer = new ArrayBuffer(Math.max(2 * this.#buffer.byteLength, 2 * bytes + 8));
      this.#used = 0;
      return this.#take(bytes);
    }
    this.#used = end;
    return at;
  }
}

/** The views of one type handed out since a reset, kept for the next run to reuse. */
class Views<V extends Float64Array | Int32Array | Uint8Array> {
  readonly #views: V[] = [];
  readonly #buffers: ArrayBuffer[] = [];
  readonly #offsets: number[] = [];
  readonly #make: (buffer: ArrayBuffer, at: number, length: number) => V;
  count = 0;

  constructor(make: (buffer: ArrayBuffer, at: number, length: number) => V) {
    this.#make = make;
  }

  view(buffer: ArrayBuffer, at: number, length: number): V {
    const k = this.count++;
    const old = this.#views[k];
    if (
      old !== undefined &&
      old.length === length &&
      this.#offsets[k] === at &&
      this.#buffers[k] === buffer
    )
      return old;
    const view = this.#make(buffer, at, length);
    this.#views[k] = view;
    this.#buffers[k] = buffer;
    this.#offsets[k] = at;
    return view;
  }
}
