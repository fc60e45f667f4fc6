/**
 * Reading a scenario text as a yaml Document (with source ranges) and following a path of
 * keys and indexes through it. Keys match as text, like the loader's `locate`.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Pair,
  type ParsedNode,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { formatPath } from '../issues.ts';
import { looksLikeJson } from '../read-yaml.ts';

/** A path into the file: mapping keys and list indexes, e.g. `['plans', 2, 'steps', 0]`. */
export type DocPath = readonly (string | number)[];

export type Collection = YAMLMap.Parsed | YAMLSeq.Parsed;

export interface Loaded {
  text: string;
  doc: Document.Parsed;
  /** The text is JSON: everything is written in flow style with quoted strings and keys. */
  json: boolean;
}

export const describePath = (path: DocPath): string => formatPath(path);

/** Parses the text the way the loader does; a file with syntax errors cannot be edited. */
export function load(text: string): Loaded {
  const json = looksLikeJson(text);
  const doc = parseDocument(text, {
    schema: json ? 'json' : 'core',
    uniqueKeys: true,
    prettyErrors: false,
  });
  const first = doc.errors[0];
  if (first !== undefined)
    throw new SyntaxError(
      `the file has a syntax error (${first.message.split('\n')[0] ?? first.code}); fix it in the text first`,
    );
  return { text, doc, json };
}

export const keyText = (pair: Pair): string =>
  isScalar(pair.key) ? String(pair.key.value) : String(pair.key);

/** One step of a path: the collection passed through and the index of the entry taken. */
export interface Hop {
  parent: Collection;
  index: number;
}

export type Walk =
  | { found: true; hops: Hop[]; node: ParsedNode | null }
  /** `at` is the index of the first segment that does not exist; `node` is where it stopped. */
  | { found: false; hops: Hop[]; at: number; node: ParsedNode | null };

/** The index of the entry for `segment` in a collection, or -1. */
export function entryIndex(node: Collection, segment: string | number): number {
  if (isMap(node)) return node.items.findIndex((p) => keyText(p) === String(segment));
  return typeof segment === 'number' && Number.isInteger(segment) && segment < node.items.length
    ? segment
    : -1;
}

export const isCollection = (node: unknown): node is Collection => isMap(node) || isSeq(node);

/** The value node of an entry (a pair's value or a list item). */
export function entryValue(parent: Collection, index: number): ParsedNode | null {
  const item: unknown = parent.items[index];
  if (isPair(item)) return (item.value as ParsedNode | null) ?? null;
  return (item as ParsedNode | undefined) ?? null;
}

export function walk(doc: Document.Parsed, path: DocPath): Walk {
  let node = doc.contents;
  const hops: Hop[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    if (!isCollection(node)) return { found: false, hops, at: i, node };
    const index = entryIndex(node, segment);
    if (index < 0) return { found: false, hops, at: i, node };
    hops.push({ parent: node, index });
    node = entryValue(node, index);
  }
  return { found: true, hops, node };
}

/** Whether the node at the end of `hops` sits inside a flow collection. */
export const inFlow = (hops: readonly Hop[]): boolean => hops.some((h) => h.parent.flow === true);

/** The list at `path` with the hops to it; null when nothing is there; a RangeError if not a list. */
export function listAt(
  doc: Document.Parsed,
  path: DocPath,
): { seq: YAMLSeq.Parsed; hops: Hop[] } | null {
  const found = walk(doc, path);
  if (!found.found) return null;
  if (!isSeq(found.node)) throw new RangeError(`${describePath(path)} is not a list`);
  return { seq: found.node, hops: found.hops };
}
