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

/** Whether `:` follows `from` (after blanks): what was read there is a mapping key. */
export function colonAfter(text: string, from: number): boolean {
  let i = from;
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13;)
    c = text.charCodeAt(++i);
  return text.charCodeAt(i) === 58; /* : */
}

/**
 * Whether each entry of a collection was read as a node of its own: a sequence item left empty
 * (`-` and a line break) is not, nor is a mapping key without a `:` (`{a, b}`), and js-yaml
 * then reads some shapes differently from the yaml library (`-\n  -\n- x` nests the last item).
 */
function wellFormed(text: string, node: FastNode, repeats: [FastNode, FastNode][]): boolean {
  const children = node.children ?? [];
  if (node.kind === SEQUENCE) return children.length === node.count;
  const seen = new Map<string, FastNode>();
  for (const child of children) {
    if (!colonAfter(text, child.close)) continue;
    if (child.name === null) return false;
    const first = seen.get(child.name);
    if (first === undefined) seen.set(child.name, child);
    else repeats.push([child, first]);
  }
  return seen.size === node.count;
}

const isFlowStart = (c: string): boolean => c === '{' || c === '[';

/** The first character of a node (past blanks and comments). */
function firstChar(text: string, node: FastNode): string {
  let i = node.open;
  for (;;) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i) + 1;
    else return c;
  }
}

/**
 * Whether a flow collection spans lines inside block text (`a: {b: 1,\n c: 2}`): the yaml
 * library requires its lines to be indented past the block's, js-yaml does not. Flow text
 * spanning lines as the whole document (JSON) reads the same in both.
 */
function flowOverLines(text: string, node: FastNode, stack: readonly FastNode[]): boolean {
  const first = firstChar(text, node);
  if (!isFlowStart(first)) return false;
  if (text.slice(node.open, node.close).indexOf('\n') < 0) return false;
  const root = stack[1];
  return root !== undefined && !isFlowStart(firstChar(text, root));
}

/**
 * Whether a quoted scalar spans lines: the yaml library requires its lines to be indented
 * past the block's, js-yaml does not (block scalars, `|` and `>`, are read alike,
 * but for the cases below).
 */
function scalarOverLines(text: string, node: FastNode): boolean {
  let start = node.open;
  let code = text.charCodeAt(start);
  while (start < node.close && (code === 32 || code === 10 || code === 13))
    code = text.charCodeAt(++start);
  // A plain scalar ends where a line is not indented past the block's, in both libraries.
  // (34 ", 39 ', 124 |, 62 >)
  if (start >= node.close || (code !== 34 && code !== 39 && code !== 124 && code !== 62))
    return false;
  const c = text.charAt(start);
  // A block scalar with an indentation indicator (`|2`) or kept line breaks (`|+`) is left to
  // the yaml library, and so is any in text without a last line break (js-yaml adds one).
  if (c === '|' || c === '>')
    return /^[|>](?:[-]?[0-9]|\+)/.test(text.slice(start, start + 3)) || !text.endsWith('\n');
  const lineBreak = text.indexOf('\n', start);
  return lineBreak >= 0 && lineBreak < node.close;
}

/** Thrown from the listener to stop js-yaml where the yaml library must read the text. */
export class LeftToYaml extends Error {}

/**
 * A listener for `js-yaml.load`, the root of the tree it builds, and whether something was read
 * that the two libraries may read differently: a mapping key named differently (null, `~` or a
 * collection: the yaml library writes `""` and `[ a ]` where js-yaml writes `null` and `a`) or
 * a collection whose entries are not all nodes (see `wellFormed`).
 */
export function treeRecorder(text: string): {
  listener: (event: 'open' | 'close', state: State) => void;
  root: () => FastNode | null;
  odd: () => boolean;
  /** Keys written twice in one mapping (read with js-yaml's `json` option: the last wins): each and its first. */
  repeats: () => [FastNode, FastNode][];
} {
  let odd = false;
  // The read stops at the first such place: the yaml library reads the text instead.
  const stop = (): never => {
    odd = true;
    throw new LeftToYaml();
  };
  const repeats: [FastNode, FastNode][] = [];
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
    if ((result === null || typeof result === 'object') && colonAfter(text, node.close)) stop();
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
        if (!wellFormed(text, node, repeats) || flowOverLines(text, node, stack)) stop();
      }
      lastResult.set(kept, result);
    } else {
      node.name = nameOf(result);
      node.children = null;
      if (scalarOverLines(text, node)) stop();
    }
    (parent.children ??= []).push(kept);
  };
  const root = (): FastNode | null => top.children?.[0] ?? null;
  // A scenario is a mapping: a document that is one scalar (text after a block scalar, say)
  // is left to the yaml library; an empty one reads as null in both.
  const rootOdd = (): boolean => {
    const node = root();
    return node !== null && node.kind === SCALAR && node.name !== null;
  };
  return { listener, root, odd: () => odd || rootOdd(), repeats: () => repeats };
}
