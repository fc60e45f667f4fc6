/**
 * `locate` (locate.ts) for a js-yaml read: the same answer from the tree of node offsets
 * (node-tree.ts) as the yaml library's document gives. Where the tree cannot tell (a mapping
 * whose keys and values cannot be paired up for sure, an empty sequence item read without a
 * node, a key the two libraries name differently) it answers null, and the caller locates
 * with the yaml library instead.
 */
import type { LineCounter } from 'yaml';
import type { PathSegment } from '../issues.ts';
import type { Position } from '../locate.ts';
import { colonAfter, MAPPING, SEQUENCE, type FastNode } from './node-tree.ts';

interface Entry {
  key: FastNode;
  value: FastNode | null;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The first offset from `from` past spaces, line breaks and comments. */
function skipBlank(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (c === 35 /* # */) {
      const end = text.indexOf('\n', i);
      if (end < 0) return text.length;
      i = end + 1;
    } else return i;
  }
}

const isKey = (text: string, node: FastNode): boolean => colonAfter(text, node.close);

export class FastLocator {
  private readonly entries = new WeakMap<FastNode, Map<string, Entry> | null>();

  constructor(
    private readonly text: string,
    private readonly root: FastNode | null,
    readonly lineCounter: LineCounter,
  ) {}

  /** Where the yaml library's node starts: its first character, or for an empty node, past the spaces after its indicator. */
  start(node: FastNode): number {
    const first = skipBlank(this.text, node.open);
    // (js-yaml reads the text with a line break added at its end, so `close` may be past it.)
    if (first < node.close && first < this.text.length) return first;
    let i = node.open;
    while (this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 9) i++;
    return i;
  }

  private position(node: FastNode): Position {
    const { line, col } = this.lineCounter.linePos(this.start(node));
    return { line, column: col };
  }

  /** A mapping's entries by key name, or null when they cannot be paired up for sure. */
  private mapping(node: FastNode): Map<string, Entry> | null {
    const known = this.entries.get(node);
    if (known !== undefined) return known;
    const children = node.children ?? [];
    const map = new Map<string, Entry>();
    let ok = true;
    for (let i = 0; i < children.length && ok;) {
      const key = children[i]!;
      if (key.name === null || !isKey(this.text, key) || map.has(key.name)) ok = false;
      const next = children[i + 1];
      const value = next !== undefined && !isKey(this.text, next) ? next : null;
      map.set(key.name ?? '', { key, value });
      i += value === null ? 1 : 2;
    }
    const result = ok && map.size === node.count ? map : null;
    this.entries.set(node, result);
    return result;
  }

  /** As `locate(doc, lineCounter, path, atKey)`, or null when the tree cannot tell. */
  locate(path: readonly PathSegment[], atKey: boolean): Position | null {
    // An empty document: the yaml library places it after a `---`, which js-yaml has read past.
    if (
      this.root === null ||
      skipBlank(this.text, this.root.open) >= Math.min(this.root.close, this.text.length)
    )
      return null;
    let node: FastNode = this.root;
    let found = this.position(node);
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (node.kind === MAPPING) {
        const entries = this.mapping(node);
        if (entries === null) return null;
        const entry = entries.get(String(segment));
        if (entry === undefined) return found;
        if ((last && atKey) || entry.value === null) return this.position(entry.key);
        node = entry.value;
      } else if (node.kind === SEQUENCE && typeof segment === 'number') {
        const items: FastNode[] = node.children ?? [];
        if (items.length !== node.count) return null;
        const item: FastNode | undefined = items[segment];
        if (item === undefined) return found;
        node = item;
      } else {
        return found;
      }
      found = this.position(node);
    }
    return found;
  }
}
