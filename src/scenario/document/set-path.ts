/**
 * Setting a value at a path that may not exist yet: the missing mappings are created (as one
 * new `key: { ... }` entry), a list can grow by one item at its end, nothing else is created.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Splice } from './layout.ts';
import { insertItem } from './splice-list.ts';
import { addKey, addToEmptyDocument, replaceValue } from './splice-set.ts';
import { describePath, inFlow, walk, type DocPath, type Loaded } from './walk.ts';

/** `{ c: value }` for the rest of a path that does not exist yet; only mappings are created. */
function nest(path: DocPath, rest: DocPath, value: unknown): unknown {
  return rest.reduceRight<unknown>((inner, segment) => {
    if (typeof segment === 'number')
      throw new RangeError(
        `cannot create ${describePath(path)}: new entries can only be created in mappings`,
      );
    return { [segment]: inner };
  }, value);
}

/** Throws a RangeError naming the path when `path` can neither be found nor created. */
export function checkSetPath(loaded: Loaded, path: DocPath): void {
  const found = walk(loaded.doc, path);
  if (found.found) return;
  const { at, node, hops } = found;
  const parentPath = path.slice(0, at);
  if (isSeq(node)) {
    if (path[at] !== node.items.length || at !== path.length - 1)
      throw new RangeError(
        `there is no ${describePath(path.slice(0, at + 1))}: ${describePath(parentPath)} has ${node.items.length} item(s)`,
      );
    return;
  }
  if (isMap(node)) {
    nest(path, path.slice(at + 1), null);
    return;
  }
  if ((node === null && at === 0) || (isScalar(node) && node.value === null && hops.length > 0)) {
    nest(path, path.slice(at), null);
    return;
  }
  throw new RangeError(
    `cannot set ${describePath(path)}: ${describePath(parentPath)} is a value, not a mapping`,
  );
}

/** The splices that set `value` at `path` (which `checkSetPath` accepted). */
export function setSplices(
  loaded: Loaded,
  path: DocPath,
  value: unknown,
  position: 'first' | 'last' = 'last',
): Splice[] {
  const found = walk(loaded.doc, path);
  if (found.found) return replaceValue(loaded, found.hops, value);
  const { at, node, hops } = found;
  const segment = String(path[at]);
  if (isSeq(node)) return insertItem(loaded, hops, node, node.items.length, value);
  if (isMap(node)) {
    const flow = node.flow === true || inFlow(hops);
    return addKey(loaded, node, flow, segment, nest(path, path.slice(at + 1), value), position);
  }
  if (node === null)
    return addToEmptyDocument(loaded, segment, nest(path, path.slice(at + 1), value));
  return replaceValue(loaded, hops, nest(path, path.slice(at), value));
}
