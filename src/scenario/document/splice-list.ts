/**
 * Splices that remove an entry, insert a list item, or move one: whole lines in block style
 * (with the comment lines just above an entry, which travel with it), items and their commas
 * in flow style.
 */
import { isMap, isSeq, type YAMLSeq } from 'yaml';
import {
  blockEntryEnd,
  blockEntryHead,
  columnOf,
  entryStart,
  entryValueEnd,
  rangeOf,
  spaces,
  spansLines,
  Unsupported,
  type Splice,
} from './layout.ts';
import { renderFlow, renderItem } from './render.ts';
import { replaceValue } from './splice-set.ts';
import { entryValue, inFlow, type Collection, type Hop, type Loaded } from './walk.ts';

const flowish = (loaded: Loaded, hops: readonly Hop[], node: Collection): boolean =>
  loaded.json || node.flow === true || inFlow(hops);

/** Removes the last hop's entry from its collection. */
export function removeEntry(loaded: Loaded, hops: readonly Hop[]): Splice[] {
  const hop = hops[hops.length - 1];
  if (hop === undefined) throw new Unsupported('removing the whole file');
  const { text } = loaded;
  const { parent, index } = hop;
  const n = parent.items.length;
  const outer = hops.slice(0, -1);
  if (n === 1) {
    if (outer.length > 0) return replaceValue(loaded, outer, isMap(parent) ? {} : []);
    const [from, to] = rangeOf(parent);
    return [{ from, to, insert: isMap(parent) ? '{}\n' : '[]\n' }];
  }
  if (flowish(loaded, outer, parent)) {
    if (index > 0) {
      const from = entryValueEnd(parent, index - 1);
      return [{ from, to: entryValueEnd(parent, index), insert: '' }];
    }
    return [{ from: entryStart(text, parent, 0), to: entryStart(text, parent, 1), insert: '' }];
  }
  const head = blockEntryHead(text, parent, index);
  if (head === null) {
    // `- key: value` and more keys below: the next key moves up behind the dash.
    return [{ from: entryStart(text, parent, 0), to: entryStart(text, parent, 1), insert: '' }];
  }
  return [{ from: head, to: blockEntryEnd(text, parent, index), insert: '' }];
}

/** Items all flow collections: true; all block collections: false; else no preference. */
function siblingStyle(seq: YAMLSeq.Parsed): boolean | undefined {
  const styles = new Set(
    seq.items.map((item) =>
      isMap(item) || isSeq(item) ? (item.flow === true ? 'flow' : 'block') : 'scalar',
    ),
  );
  if (styles.size !== 1) return undefined;
  return styles.has('flow') ? true : styles.has('block') ? false : undefined;
}

/** Inserts `value` at `index` of the list `seq` (0 ≤ index ≤ its length). */
export function insertItem(
  loaded: Loaded,
  hops: readonly Hop[],
  seq: YAMLSeq.Parsed,
  index: number,
  value: unknown,
): Splice[] {
  const { text, json } = loaded;
  const n = seq.items.length;
  if (flowish(loaded, hops, seq)) {
    const item = renderFlow(value, json);
    if (n === 0) {
      const [from, to] = rangeOf(seq);
      return [{ from, to, insert: `[${item}]` }];
    }
    const multi = spansLines(text, seq);
    if (index < n) {
      const at = entryStart(text, seq, index);
      const sep = multi ? `,\n${spaces(columnOf(text, at))}` : ', ';
      return [{ from: at, to: at, insert: `${item}${sep}` }];
    }
    const at = entryValueEnd(seq, n - 1);
    const col = columnOf(text, entryStart(text, seq, n - 1));
    return [{ from: at, to: at, insert: multi ? `,\n${spaces(col)}${item}` : `, ${item}` }];
  }
  const dash = columnOf(text, entryStart(text, seq, 0));
  const [first = '', ...rest] = renderItem(value, dash + 2, json, siblingStyle(seq));
  const block = [`${spaces(dash)}- ${first}`, ...rest].join('\n');
  if (index < n) {
    const head = blockEntryHead(text, seq, index);
    if (head === null) throw new Unsupported('a list item that does not start its line');
    return [{ from: head, to: head, insert: `${block}\n` }];
  }
  const at = blockEntryEnd(text, seq, n - 1);
  const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return [{ from: at, to: at, insert: `${newline}${block}\n` }];
}

/** The items rearranged: item `from` taken out and put back so that it ends at `to`. */
function reorder<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** Moves item `from` of `seq` to index `to`, keeping the text between items in place. */
export function moveEntry(
  loaded: Loaded,
  hops: readonly Hop[],
  seq: YAMLSeq.Parsed,
  from: number,
  to: number,
): Splice[] {
  const { text } = loaded;
  const n = seq.items.length;
  const flow = flowish(loaded, hops, seq);
  const chunks: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (flow) {
      if (entryValue(seq, i) === null) throw new Unsupported('an empty flow item');
      chunks.push([entryStart(text, seq, i), entryValueEnd(seq, i)]);
    } else {
      const head = blockEntryHead(text, seq, i);
      if (head === null) throw new Unsupported('a list item that does not start its line');
      chunks.push([head, blockEntryEnd(text, seq, i)]);
    }
  }
  const start = chunks[0]?.[0] ?? 0;
  const end = chunks[n - 1]?.[1] ?? 0;
  const open = !flow && end === text.length && !text.endsWith('\n');
  const piece = ([a, b]: [number, number]) => text.slice(a, b) + (open && b === end ? '\n' : '');
  const moved = reorder(chunks, from, to);
  let out = '';
  for (let i = 0; i < n; i++) {
    out += piece(moved[i] as [number, number]);
    const next = chunks[i + 1];
    if (next !== undefined) out += text.slice((chunks[i] as [number, number])[1], next[0]);
  }
  return [{ from: start, to: end, insert: open ? out.replace(/\n$/, '') : out }];
}
