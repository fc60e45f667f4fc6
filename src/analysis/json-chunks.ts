/**
 * `JSON.stringify(value, null, 2)`, byte for byte, as a sequence of chunks of about
 * `chunkSize` characters, so that a trace of millions of events is written piece by piece
 * (with backpressure, src/cli/write-chunks.ts) or handed to a Blob, and never held as one
 * string (V8 refuses strings past about 512 MB: "Invalid string length").
 *
 * Arrays and plain objects are walked; a "flat" one (whose members are all primitives or
 * arrays of primitives: a trace event, an interval, an outage) is written with
 * JSON.stringify itself and re-indented, so the walk costs a little per event, not per field.
 * The rest follows JSON.stringify: `toJSON(key)` first, members that are undefined, functions
 * or symbols left out of objects and written `null` in arrays.
 */

const INDENT = '  ';

/** The chunks whose concatenation is `JSON.stringify(value, null, 2)`. */
export function* prettyJsonChunks(value: unknown, chunkSize = 1 << 16): Generator<string> {
  const out = new Chunker(chunkSize);
  const top = toJson(value, '');
  if (!serializable(top)) throw new TypeError('prettyJsonChunks: the value has no JSON text');
  yield* write(top, '', out);
  yield* out.flush(true);
}

/** Gathers small pieces into chunks of about `size` characters. */
class Chunker {
  readonly #size: number;
  #pieces: string[] = [];
  #length = 0;

  constructor(size: number) {
    this.#size = size;
  }

  push(piece: string): void {
    this.#pieces.push(piece);
    this.#length += piece.length;
  }

  /** The gathered text when it is a chunk's worth (or, at the end, whatever is left). */
  *flush(end = false): Generator<string> {
    if (this.#length === 0 || (!end && this.#length < this.#size)) return;
    yield this.#pieces.join('');
    this.#pieces = [];
    this.#length = 0;
  }
}

function* write(value: unknown, indent: string, out: Chunker): Generator<string> {
  if (!isWalked(value) || isFlat(value)) {
    const text = JSON.stringify(value, null, 2);
    out.push(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      out.push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      const member = toJson(value[i], String(i));
      yield* write(serializable(member) ? member : null, inner, out);
      yield* out.flush();
    }
    out.push(`\n${indent}]`);
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = toJson((value as Record<string, unknown>)[key], key);
    if (!serializable(member)) continue;
    out.push(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    yield* write(member, inner, out);
    yield* out.flush();
  }
  out.push(first ? '{}' : `\n${indent}}`);
}

/** What JSON.stringify writes for a member: its `toJSON(key)` when it has one. */
function toJson(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && 'toJSON' in value) {
    const toJSON = value.toJSON;
    if (typeof toJSON === 'function') return (toJSON as (key: string) => unknown).call(value, key);
  }
  return value;
}

/** Undefined, functions and symbols have no JSON text (left out of objects, null in arrays). */
const serializable = (value: unknown): boolean =>
  value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/** Arrays and plain objects are walked; anything else (boxed primitives, dates...) is JSON.stringify's. */
function isWalked(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const isPrimitive = (value: unknown): boolean => value === null || typeof value !== 'object';

/** Every member a primitive or an array of primitives (and no toJSON to call on them). */
function isFlat(value: object): boolean {
  const members = Array.isArray(value) ? value : Object.values(value);
  for (const m of members)
    if (!isPrimitive(m) && !(Array.isArray(m) && (m as unknown[]).every(isPrimitive))) return false;
  return true;
}
