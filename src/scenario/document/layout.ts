/**
 * Where things are in the text: lines, columns, and the extent of one entry of a collection
 * (its key or dash, the comment lines just above it, and the rest of its last line).
 * A `Splice` replaces `[from, to)` with `insert`; edits are lists of splices that do not overlap.
 */
import { isPair, isScalar, type ParsedNode } from 'yaml';
import { entryValue, type Collection } from './walk.ts';

export interface Splice {
  from: number;
  to: number;
  insert: string;
}

/** Thrown when the text is laid out in a way the splicer does not handle; the caller falls back. */
export class Unsupported extends Error {}

export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  const ordered = [...splices].sort((a, b) => b.from - a.from);
  for (const s of ordered) out = out.slice(0, s.from) + s.insert + out.slice(s.to);
  return out;
}

export const lineStart = (text: string, pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;

export function lineEnd(text: string, pos: number): number {
  const at = text.indexOf('\n', pos);
  return at < 0 ? text.length : at;
}

export const columnOf = (text: string, pos: number): number => pos - lineStart(text, pos);

/** Only spaces between the start of the line and `pos`. */
export const startsLine = (text: string, pos: number): boolean =>
  /^[ \t]*$/.test(text.slice(lineStart(text, pos), pos));

export const spaces = (n: number): string => ' '.repeat(Math.max(0, n));

const MODELINE = /^\s*#\s*yaml-language-server:/;

export function rangeOf(node: ParsedNode | null | undefined): [number, number] {
  const range = node?.range;
  if (range === undefined) throw new Unsupported('a node without a source range');
  return [range[0], range[1]];
}

/** Where entry `i` begins: its key, or for a block list item its dash. */
export function entryStart(text: string, parent: Collection, i: number): number {
  const item: unknown = parent.items[i];
  if (isPair(item)) {
    if (!isScalar(item.key) && item.key === null) throw new Unsupported('a pair without a key');
    return rangeOf(item.key as ParsedNode)[0];
  }
  const start = rangeOf(item as ParsedNode)[0];
  if (parent.flow === true) return start;
  let at = start - 1;
  while (at >= 0 && /\s/.test(text[at] ?? '')) at--;
  if (text[at] !== '-') throw new Unsupported('a list item whose dash was not found');
  return at;
}

/** Where the value of entry `i` ends (before any comment on its last line). */
export function entryValueEnd(parent: Collection, i: number): number {
  const item: unknown = parent.items[i];
  const value = entryValue(parent, i);
  if (value !== null) return rangeOf(value)[1];
  if (isPair(item)) return rangeOf(item.key as ParsedNode)[1];
  throw new Unsupported('an entry without a value');
}

/** Past the end of entry `i` of a block collection: past the newline of its last line. */
export function blockEntryEnd(text: string, parent: Collection, i: number): number {
  const end = entryValueEnd(parent, i);
  if (end > 0 && text[end - 1] === '\n') return end;
  const eol = lineEnd(text, end);
  return eol < text.length ? eol + 1 : eol;
}

/**
 * Where entry `i` of a block collection begins as a block of lines: the start of its line,
 * moved up over comment lines at the same column directly above it (they describe it).
 * Null when the entry does not start its line (`- key: value`: the first key after a dash).
 */
export function blockEntryHead(text: string, parent: Collection, i: number): number | null {
  const start = entryStart(text, parent, i);
  if (!startsLine(text, start)) return null;
  const column = columnOf(text, start);
  let head = lineStart(text, start);
  while (head > 0) {
    const prev = lineStart(text, head - 1);
    const line = text.slice(prev, head - 1);
    if (!line.trimStart().startsWith('#') || MODELINE.test(line)) break;
    if (line.length - line.trimStart().length !== column) break;
    head = prev;
  }
  return head;
}

/** Is the text of the collection spread over several lines? */
export function spansLines(text: string, node: Collection): boolean {
  const [from, to] = rangeOf(node);
  return text.slice(from, to).trimEnd().includes('\n');
}
