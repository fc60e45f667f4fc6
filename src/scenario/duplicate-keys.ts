/**
 * Keys that appear twice in one mapping, and how deep the value nests, found in one walk over
 * the document: each mapping
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

/** What one walk over the document finds. */
export interface KeyWalk {
  /** Every repeated key, in the order of the text. */
  readonly duplicates: DuplicateKey[];
  /** How deep the value nests (the file's mapping is level 0, its values level 1, ...). */
  readonly depth: number;
  /** Whether the document holds aliases (`*name`): its value may then nest deeper than its text. */
  readonly aliases: boolean;
}

/** Repeated keys and the depth of the value, in one walk (no recursion: any depth is safe). */
export function walkKeys(doc: Document): KeyWalk {
  const duplicates: DuplicateKey[] = [];
  let depth = 0;
  let aliases = false;
  const nodes: unknown[] = [doc.contents];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const level = depths.pop() ?? 0;
    if (level > depth) depth = level;
    if (isAlias(node)) aliases = true;
    if (!isCollection(node)) continue;
    const seen = isMap(node) ? new Map<string, number>() : null;
    for (const item of node.items) {
      if (!isPair(item)) {
        nodes.push(item);
        depths.push(level + 1);
        continue;
      }
      nodes.push(item.value);
      depths.push(level + 1);
      // A key is no level of the value (it becomes a property name), but may hold mappings.
      if (isCollection(item.key) || isAlias(item.key)) {
        nodes.push(item.key);
        depths.push(0);
      }
      if (seen === null) continue;
      const name = propertyName(item.key);
      if (name === null) continue;
      const at = (item.key as { range?: [number, number, number] } | null)?.range?.[0] ?? -1;
      const firstAt = seen.get(name);
      if (firstAt === undefined) seen.set(name, at);
      else duplicates.push({ key: name, at, firstAt });
    }
  }
  duplicates.sort((a, b) => a.at - b.at);
  return { duplicates, depth, aliases };
}
