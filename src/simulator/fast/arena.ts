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

  /** Takes back every array handed out (they must no longer be used) and zeroes the space. */
  reset(): this {
    new Uint8Array(this.#buffer, 0, this.#used).fill(0);
    this.#used = 0;
    return this;
  }

  // The offset is taken before the buffer is read: taking it may replace a full buffer.
  f64(length: number): Float64Array {
    const at = this.#take(length * 8);
    return new Float64Array(this.#buffer, at, length);
  }

  i32(length: number): Int32Array {
    const at = this.#take(length * 4);
    return new Int32Array(this.#buffer, at, length);
  }

  u8(length: number): Uint8Array {
    const at = this.#take(length);
    return new Uint8Array(this.#buffer, at, length);
  }

  /** Offset of `bytes` more bytes, 8-aligned; a full buffer is replaced by a larger one. */
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
