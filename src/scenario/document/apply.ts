/**
 * One edit of a scenario text. The text is read as a yaml Document; the edit is written as the
 * smallest splice of the text (so comments, blank lines and the layout of everything else stay
 * byte for byte), then checked: the spliced text must read back as exactly the data the edit
 * means. If it does not (an unusual layout), the Document API writes the edit instead.
 */
import { isMap, isScalar } from 'yaml';
import { editDocument } from './fallback.ts';
import { applySplices, Unsupported, type Splice } from './layout.ts';
import {
  deepEqual,
  deletePlain,
  getPlain,
  insertPlain,
  movePlain,
  renamePlain,
  setPlain,
} from './plain.ts';
import { renderKey } from './scalar.ts';
import { checkSetPath, setSplices } from './set-path.ts';
import { insertItem, moveEntry, removeEntry } from './splice-list.ts';
import { replaceValue } from './splice-set.ts';
import { describePath, listAt, load, walk, type DocPath, type Loaded } from './walk.ts';
import type { Edit } from './edit-op.ts';

export type { Edit } from './edit-op.ts';

export interface Applied {
  text: string;
  /** False when the Document API had to write the file (the layout of the rest may change). */
  spliced: boolean;
}

const missing = (path: DocPath) => new RangeError(`there is no ${describePath(path)} in the file`);

/** `index` must be 0..size (insert) or 0..size-1 (move, `end` false). */
function checkIndex(index: number, size: number, path: DocPath, end = true): void {
  if (!Number.isInteger(index) || index < 0 || index > (end ? size : size - 1))
    throw new RangeError(
      `index ${index} is outside ${describePath(path)}, which has ${size} item(s)`,
    );
}

/** Checks the edit against the document and returns the data it must produce. */
function expected(loaded: Loaded, edit: Edit): unknown {
  const data: unknown = loaded.doc.toJS();
  switch (edit.op) {
    case 'set':
      checkSetPath(loaded, edit.path);
      return setPlain(data, edit.path, edit.value);
    case 'delete':
      if (edit.path.length === 0 || !walk(loaded.doc, edit.path).found) throw missing(edit.path);
      return deletePlain(data, edit.path);
    case 'insert': {
      const list = listAt(loaded.doc, edit.path);
      if (list === null && edit.index !== 0) throw missing(edit.path);
      checkIndex(edit.index, list?.seq.items.length ?? 0, edit.path);
      return insertPlain(data, edit.path, edit.index, edit.value);
    }
    case 'move': {
      const list = listAt(loaded.doc, edit.path);
      if (list === null) throw missing(edit.path);
      const size = list.seq.items.length;
      checkIndex(edit.from, size, edit.path, false);
      checkIndex(edit.to, size, edit.path, false);
      return movePlain(data, edit.path, edit.from, edit.to);
    }
    case 'rename': {
      const found = walk(loaded.doc, edit.path);
      const hop = found.hops[found.hops.length - 1];
      if (!found.found || hop === undefined || !isMap(hop.parent)) throw missing(edit.path);
      const siblings = getPlain(data, edit.path.slice(0, -1)) as Record<string, unknown>;
      if (edit.key !== String(edit.path[edit.path.length - 1]) && Object.hasOwn(siblings, edit.key))
        throw new RangeError(
          `cannot rename ${describePath(edit.path)} to ${edit.key}: that key exists already`,
        );
      return renamePlain(data, edit.path, edit.key, edit.value);
    }
  }
}

function splices(loaded: Loaded, edit: Edit): Splice[] {
  switch (edit.op) {
    case 'set':
      return setSplices(loaded, edit.path, edit.value, edit.position);
    case 'delete':
      return removeEntry(loaded, walk(loaded.doc, edit.path).hops);
    case 'insert': {
      const list = listAt(loaded.doc, edit.path);
      if (list === null) return setSplices(loaded, edit.path, [edit.value]);
      return insertItem(loaded, list.hops, list.seq, edit.index, edit.value);
    }
    case 'move': {
      const list = listAt(loaded.doc, edit.path);
      if (list === null || edit.from === edit.to) return [];
      return moveEntry(loaded, list.hops, list.seq, edit.from, edit.to);
    }
    case 'rename': {
      const found = walk(loaded.doc, edit.path);
      const hop = found.hops[found.hops.length - 1];
      const pair = hop !== undefined && isMap(hop.parent) ? hop.parent.items[hop.index] : undefined;
      if (!isScalar(pair?.key) || pair.key.range === undefined || pair.key.range === null)
        throw new Unsupported('a key without a range');
      const [from, to] = pair.key.range;
      const key = { from, to, insert: renderKey(edit.key, loaded.json) };
      return [key, ...replaceValue(loaded, found.hops, edit.value)];
    }
  }
}

/** Reads back as exactly `data`, without errors? */
function readsAs(text: string, data: unknown): boolean {
  try {
    return deepEqual(load(text).doc.toJS(), data);
  } catch {
    return false;
  }
}

/** Applies one edit; RangeError when the path does not exist (or cannot be created). */
export function applyEdit(text: string, edit: Edit): Applied {
  const loaded = load(text);
  if (edit.op === 'set' && deepEqual(getPlain(loaded.doc.toJS(), edit.path), edit.value))
    return { text, spliced: true };
  const want = expected(loaded, edit);
  try {
    const out = applySplices(text, splices(loaded, edit));
    if (readsAs(out, want)) return { text: out, spliced: true };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
  }
  const out = editDocument(load(text).doc, edit);
  if (!readsAs(out, want))
    throw new Error(`could not write the edit of ${describePath(edit.path)} into the file`);
  return { text: out, spliced: false };
}
