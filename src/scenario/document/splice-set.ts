/**
 * Splices that set a value: replace the text of one value (keeping its line, its quotes and its
 * comment when the new value fits on the line), or add a key at the end (or start) of a mapping.
 */
import { isMap, isScalar, isSeq, Scalar, type ParsedNode, type YAMLMap } from 'yaml';
import {
  blockEntryEnd,
  columnOf,
  entryStart,
  entryValueEnd,
  lineEnd,
  lineStart,
  rangeOf,
  spaces,
  spansLines,
  startsLine,
  Unsupported,
  type Splice,
} from './layout.ts';
import {
  isCollectionValue,
  isEmpty,
  MAX_LINE,
  renderAfterKey,
  renderBlock,
  renderFlow,
  wantsBlock,
} from './render.ts';
import { renderKey, renderScalar } from './scalar.ts';
import { entryValue, inFlow, type Collection, type Hop, type Loaded } from './walk.ts';

const isBlockScalar = (node: unknown): boolean =>
  isScalar(node) && (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL);

const isBlockCollection = (node: unknown): node is Collection =>
  (isMap(node) || isSeq(node)) && node.flow !== true;

/** Just past the `:` that follows the key of pair `index`. */
function colonEnd(text: string, map: Collection, index: number): number {
  const pair = map.items[index] as { key: ParsedNode | null };
  let at = rangeOf(pair.key)[1];
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] !== ':') throw new Unsupported('a key not followed by a colon');
  return at + 1;
}

/** The first line of a rendered value, and the rest (starting with a newline, or empty). */
function splitFirst(rendered: string): [string, string] {
  const nl = rendered.indexOf('\n');
  return nl < 0 ? [rendered, ''] : [rendered.slice(0, nl), rendered.slice(nl)];
}

/** Flow context: the value's own range, rewritten in flow style. */
function replaceInFlow(loaded: Loaded, node: ParsedNode | null, value: unknown): Splice[] {
  if (node === null) throw new Unsupported('a flow entry without a value');
  const [from, to] = rangeOf(node);
  const insert = isCollectionValue(value)
    ? renderFlow(value, loaded.json)
    : renderScalar(value, {
        flow: true,
        json: loaded.json,
        indent: 0,
        previous: isScalar(node) ? node : null,
      });
  return [{ from, to, insert }];
}

/** Makes entry `index` of `parent` (found by `hops`) hold `value`. */
export function replaceValue(loaded: Loaded, hops: readonly Hop[], value: unknown): Splice[] {
  const hop = hops[hops.length - 1];
  if (hop === undefined) throw new Unsupported('replacing the whole file');
  const { parent, index } = hop;
  const node = entryValue(parent, index);
  if (inFlow(hops) || loaded.json) return replaceInFlow(loaded, node, value);
  if (node === null) throw new Unsupported('an entry without a value node');
  const { text } = loaded;
  const [r0, r1] = rangeOf(node);
  const pair = isMap(parent);
  const dash = pair ? -1 : entryStart(text, parent, index);
  const keyColumn = pair ? columnOf(text, entryStart(text, parent, index)) : columnOf(text, dash);
  const empty = isScalar(node) && node.value === null && r0 === r1;
  /** Column of the value's own lines (block scalar text, block collection entries). */
  const column = isBlockCollection(node)
    ? columnOf(text, r0)
    : pair
      ? keyColumn + 2
      : columnOf(text, dash) + 2;
  const oneLine =
    !isBlockScalar(node) && !isBlockCollection(node) && !text.slice(r0, r1).includes('\n');

  if (!isCollectionValue(value)) {
    const previous = isScalar(node) ? node : null;
    const rendered = renderScalar(value, { flow: false, json: false, indent: column, previous });
    if (oneLine && !rendered.includes('\n'))
      return [{ from: r0, to: r1, insert: empty ? ` ${rendered}` : rendered }];
    return [
      regionSplice(text, parent, index, node, (comment) => {
        const [first, rest] = splitFirst(rendered);
        return ` ${first}${comment}${rest}`;
      }),
    ];
  }
  const flow = renderFlow(value, false);
  const none = isEmpty(value);
  if (!isBlockCollection(node)) {
    const at = empty ? r0 + 1 : r0;
    const room = columnOf(text, at) + flow.length <= MAX_LINE;
    const wasFlow = isMap(node) || isSeq(node);
    if (none || (room && (wasFlow || !wantsBlock(value)))) {
      if (oneLine) return [{ from: r0, to: r1, insert: empty ? ` ${flow}` : flow }];
      return [regionSplice(text, parent, index, node, (c) => ` ${flow}${c}`)];
    }
  }
  if (none) return [regionSplice(text, parent, index, node, (c) => ` ${flow}${c}`)];
  const block = renderBlock(value, column, false);
  if (pair) return [regionSplice(text, parent, index, node, (c) => `${c}\n${block.join('\n')}`)];
  const [first = '', ...rest] = block;
  return [
    regionSplice(text, parent, index, node, (c) =>
      [` ${first.slice(column)}${c}`, ...rest].join('\n'),
    ),
  ];
}

/**
 * Replaces everything after `key:` (or `-`) to the end of the value's last line; `write` gets
 * the old value's trailing comment (` # ...` or '') to place on the new first line.
 */
function regionSplice(
  text: string,
  parent: Collection,
  index: number,
  node: ParsedNode,
  write: (comment: string) => string,
): Splice {
  const [, r1] = rangeOf(node);
  const from = isMap(parent) ? colonEnd(text, parent, index) : entryStart(text, parent, index) + 1;
  const blockEnd = text[r1 - 1] === '\n' ? r1 - 1 : -1;
  const to = blockEnd >= 0 ? blockEnd : lineEnd(text, r1);
  const tail = blockEnd >= 0 ? '' : text.slice(r1, to).trim();
  const comment = tail.startsWith('#') ? ` ${tail}` : '';
  return { from, to, insert: write(comment) };
}

/** Adds `key: value` to a mapping that does not have `key`, at its end or its start. */
export function addKey(
  loaded: Loaded,
  map: YAMLMap.Parsed,
  flow: boolean,
  key: string,
  value: unknown,
  position: 'first' | 'last',
): Splice[] {
  const { text, json } = loaded;
  const n = map.items.length;
  const keyText = renderKey(key, json);
  if (flow || json) {
    const item = `${keyText}: ${renderFlow(value, json)}`;
    if (n === 0) {
      const [from, to] = rangeOf(map);
      return [{ from, to, insert: json ? `{${item}}` : `{ ${item} }` }];
    }
    const multi = spansLines(text, map);
    if (position === 'first') {
      const at = entryStart(text, map, 0);
      const sep = multi ? `,\n${spaces(columnOf(text, at))}` : ', ';
      return [{ from: at, to: at, insert: `${item}${sep}` }];
    }
    const at = entryValueEnd(map, n - 1);
    const col = columnOf(text, entryStart(text, map, n - 1));
    return [{ from: at, to: at, insert: multi ? `,\n${spaces(col)}${item}` : `, ${item}` }];
  }
  if (n === 0) throw new Unsupported('an empty block mapping');
  const first = entryStart(text, map, 0);
  const indent = columnOf(text, first);
  const line = `${spaces(indent)}${keyText}:${renderAfterKey(value, indent, keyText.length, false)}`;
  if (position === 'first') {
    if (startsLine(text, first)) {
      const at = lineStart(text, first);
      return [{ from: at, to: at, insert: `${line}\n` }];
    }
    return [{ from: first, to: first, insert: `${line.trimStart()}\n${spaces(indent)}` }];
  }
  const at = blockEntryEnd(text, map, n - 1);
  const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return [{ from: at, to: at, insert: `${newline}${line}\n` }];
}

/** A key at the top of a document that has no content yet. */
export function addToEmptyDocument(loaded: Loaded, key: string, value: unknown): Splice[] {
  const { text, json } = loaded;
  if (json)
    return [{ from: 0, to: text.length, insert: `${renderFlow({ [key]: value }, true)}\n` }];
  const keyText = renderKey(key, false);
  const newline = text === '' || text.endsWith('\n') ? '' : '\n';
  const insert = `${newline}${keyText}:${renderAfterKey(value, 0, keyText.length, false)}\n`;
  return [{ from: text.length, to: text.length, insert }];
}
