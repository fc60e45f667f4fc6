/**
 * Editing a scenario file as text, for the form editor: each function takes the file text and
 * returns the new text, with comments, blank lines and the layout of everything not edited
 * kept byte for byte. Values are written as given (a duration is the string "15m").
 */
import { applyEdit } from './apply.ts';
import { getPlain } from './plain.ts';
import { load, type DocPath } from './walk.ts';

export interface EditOptions {
  /** Where a new key goes in its mapping (default last). */
  position?: 'first' | 'last';
}

/**
 * The text with `value` at `path`. Missing mappings on the way are created; a list grows by
 * one item when `path` ends at its length. The same value as before leaves the text as it is;
 * `undefined` removes the entry (if any). RangeError when the path cannot exist.
 */
export function editText(
  text: string,
  path: DocPath,
  value: unknown,
  options: EditOptions = {},
): string {
  if (value === undefined) {
    return readAt(text, path) === undefined ? text : deleteAt(text, path);
  }
  const position = options.position ?? 'last';
  return applyEdit(text, { op: 'set', path, value, position }).text;
}

/** The text without the entry at `path` (and the comment lines just above it). RangeError if none. */
export function deleteAt(text: string, path: DocPath): string {
  return applyEdit(text, { op: 'delete', path }).text;
}

/**
 * The text with `value` inserted at `index` (0 to its length) of the list at `path`; a list
 * that does not exist yet is created when `index` is 0.
 */
export function insertAt(text: string, path: DocPath, index: number, value: unknown): string {
  return applyEdit(text, { op: 'insert', path, index, value }).text;
}

/** The text with item `from` of the list at `path` moved to index `to` (its comments move too). */
export function moveItem(text: string, path: DocPath, from: number, to: number): string {
  return applyEdit(text, { op: 'move', path, from, to }).text;
}

/** The text with the key at `path` renamed to `key` in place, holding `value`. */
export function renameAt(text: string, path: DocPath, key: string, value: unknown): string {
  return applyEdit(text, { op: 'rename', path, key, value }).text;
}

/** The plain value at `path` (numbers, strings, arrays, objects), or undefined. */
export function readAt(text: string, path: DocPath): unknown {
  return getPlain(load(text).doc.toJS(), path);
}
