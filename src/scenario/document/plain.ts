/**
 * The same edits on plain data (the value `toJS` gives): what an edit of the text must mean.
 * Each returns a new value and leaves its input alone. Used to check every text edit, and by
 * the migration to change data and text in one plan.
 */
import type { DocPath } from './walk.ts';

type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container => v !== null && typeof v === 'object';

/** Deep equality of plain data; the key order of mappings does not matter, list order does. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isContainer(a) || !isContainer(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const bb = b as Record<string, unknown>;
  const aa = a as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(bb, k) && deepEqual(aa[k], bb[k]));
}

/** The value at `path`, or undefined. */
export function getPlain(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node)) {
      if (typeof segment !== 'number') return undefined;
      node = node[segment];
    } else if (isContainer(node)) {
      const key = String(segment);
      if (!Object.hasOwn(node, key)) return undefined;
      node = (node as Record<string, unknown>)[key];
    } else return undefined;
  }
  return node;
}

/** A copy of `data` with `update` applied to the container at `path` (created as mappings). */
function withContainer(
  data: unknown,
  path: DocPath,
  update: (container: Container) => Container,
): unknown {
  if (path.length === 0) return update(isContainer(data) ? data : {});
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(data) && typeof head === 'number') {
    const copy: unknown[] = [...(data as unknown[])];
    copy[head] = withContainer(copy[head], rest, update);
    return copy;
  }
  const map = isContainer(data) && !Array.isArray(data) ? data : {};
  return { ...map, [String(head)]: withContainer(map[String(head)], rest, update) };
}

/** `data` with `value` at `path`; missing (or empty) mappings on the way are created. */
export function setPlain(data: unknown, path: DocPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = path.slice(0, -1);
  const last = path[path.length - 1] as string | number;
  return withContainer(data, parent, (c) => {
    if (Array.isArray(c) && typeof last === 'number') {
      const copy = [...c];
      copy[last] = value;
      return copy;
    }
    return { ...(c as Record<string, unknown>), [String(last)]: value };
  });
}

/** `data` without the entry at `path`. */
export function deletePlain(data: unknown, path: DocPath): unknown {
  const last = path[path.length - 1];
  if (last === undefined) return null;
  return withContainer(data, path.slice(0, -1), (c) => {
    if (Array.isArray(c)) return c.filter((_, i) => i !== last);
    const copy = { ...c };
    delete copy[String(last)];
    return copy;
  });
}

/** `data` with `value` inserted at `index` of the list at `path` (created when missing). */
export function insertPlain(data: unknown, path: DocPath, index: number, value: unknown): unknown {
  const list = getPlain(data, path);
  const items = Array.isArray(list) ? [...(list as unknown[])] : [];
  items.splice(index, 0, value);
  return setPlain(data, path, items);
}

/** `data` with item `from` of the list at `path` moved so that it ends at index `to`. */
export function movePlain(data: unknown, path: DocPath, from: number, to: number): unknown {
  const items = [...(getPlain(data, path) as unknown[])];
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
  return setPlain(data, path, items);
}

/** `data` with the key at `path` renamed to `key` in place (and its value replaced). */
export function renamePlain(data: unknown, path: DocPath, key: string, value: unknown): unknown {
  const old = String(path[path.length - 1]);
  return withContainer(data, path.slice(0, -1), (c) =>
    Object.fromEntries(
      Object.entries(c).map(([k, v]) => (k === old ? [key, value] : ([k, v] as const))),
    ),
  );
}
