/**
 * Where each node of a js-yaml read starts, recorded from its listener: every `open` pushes a
 * node, every `close` pops it into its parent. Only offsets, kinds and key names are kept, so
 * the tree costs little for a file of 200,000 keys; line and column are worked out only for
 * the issues shown (see `locate-fast.ts`).
 */
import type { State } from 'js-yaml';

export const SCALAR = 0;
export const MAPPING = 1;
export const SEQUENCE = 2;

export interface FastNode {
  /** Offsets where js-yaml began and finished reading the node (the start may precede spaces and comments). */
  readonly open: number;
  close: number;
  kind: number;
  /** Entries of a mapping (its keys) or a sequence (its items) as read. */
  count: number;
  /** A scalar as a mapping key would name it; null when the key could not be named as the yaml library does. */
  name: string | null;
  children: FastNode[] | null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null; // null and collections become keys differently in the two libraries
}

/** A listener for `js-yaml.load` and the root of the tree it builds. */
export function treeRecorder(): {
  listener: (event: 'open' | 'close', state: State) => void;
  root: () => FastNode | null;
} {
  const top: FastNode = { open: 0, close: 0, kind: SCALAR, count: 0, name: null, children: [] };
  const stack: FastNode[] = [top];
  const lastResult = new WeakMap<FastNode, unknown>();
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      stack.push({
        open: state.position,
        close: state.position,
        kind: SCALAR,
        count: 0,
        name: null,
        children: null,
      });
      return;
    }
    const node = stack.pop();
    const parent = stack[stack.length - 1];
    if (node === undefined || parent === undefined) return;
    const result: unknown = state.result;
    node.close = state.position;
    let kept = node;
    if (result !== null && typeof result === 'object') {
      // A collection read while looking for a block mapping's first key (`a: {b: 1}`, `a: [1]`)
      // is reported twice, inside and around: keep the inner one.
      const only = node.children?.length === 1 ? node.children[0] : undefined;
      if (only !== undefined && only.kind !== SCALAR && lastResult.get(only) === result)
        kept = only;
      else {
        node.kind = Array.isArray(result) ? SEQUENCE : MAPPING;
        node.count = Array.isArray(result) ? result.length : Object.keys(result).length;
      }
      lastResult.set(kept, result);
    } else {
      node.name = nameOf(result);
      node.children = null;
    }
    (parent.children ??= []).push(kept);
  };
  return { listener, root: () => top.children?.[0] ?? null };
}
