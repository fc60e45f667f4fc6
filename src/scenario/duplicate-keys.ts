/**
 * Keys that appear twice in one mapping, found in one walk over the document: each mapping
 * keeps the keys it has seen in a Map, so a file of any size is checked in linear time (the
 * yaml library's own check compares every key with every earlier one). Two keys are the same
 * when they would become the same property: `1` and `"1"`, or `1` and `1.0`, are one key in
 * the value the loader reads, so one of the two would be lost without a word.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, type Document } from 'yaml';

export interface DuplicateKey {
  /** The key as it would be read. */
  readonly key: string;
  /** Where the repeated key starts, and where its first appearance does (offsets in the text). */
  readonly at: number;
  readonly firstAt: number;
}

/** The property name a key becomes (as the yaml library's toJS writes it); null when it cannot be known here. */
function propertyName(key: unknown): string | null {
  if (isScalar(key)) {
    const value: unknown = key.value;
    if (value === null || value === undefined) return '';
    // The core and JSON schemas read scalars as strings, numbers and booleans only.
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      return String(value);
    return null;
  }
  if (!isCollection(key)) return null;
  try {
    return String(key);
  } catch {
    return null; // a key holding an alias that cannot be resolved on its own: left to the reader
  }
}

/** Every repeated key, in document order (by where the mapping is, then where the key is). */
export function findDuplicateKeys(doc: Document): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined || isAlias(node) || isScalar(node)) continue;
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!isCollection(node)) continue;
    const seen = isMap(node) ? new Map<string, number>() : null;
    for (const item of node.items) {
      if (seen !== null && isPair(item)) {
        const name = propertyName(item.key);
        const at = (item.key as { range?: [number, number, number] } | null)?.range?.[0] ?? -1;
        if (name !== null) {
          const firstAt = seen.get(name);
          if (firstAt === undefined) seen.set(name, at);
          else out.push({ key: name, at, firstAt });
        }
      }
    }
    for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return out.sort((a, b) => a.at - b.at);
}
