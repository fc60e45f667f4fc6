/**
 * Renaming a component id together with every reference to it, as the edits of one undoable
 * change. Pure: data in, edits out.
 */
import { ID_PATTERN } from '../../../scenario/fields.ts';
import type { DocEdit } from '../doc-edit.ts';
import { asRecord, componentId, componentsOf } from './read.ts';
import { findComponentReferences } from './references.ts';

/** Why `newId` cannot be the new id of component `index`, or null when it can. */
export function checkNewId(data: unknown, index: number, newId: string): string | null {
  if (newId === '') return 'Enter the new id.';
  if (newId.length > 64) return 'An id may have at most 64 characters.';
  if (!ID_PATTERN.test(newId))
    return 'Use lower-case letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. db-3).';
  const clash = componentsOf(data).findIndex((c, i) => i !== index && componentId(c) === newId);
  if (clash >= 0) return `Component ${clash + 1} already has the id ${newId}.`;
  return null;
}

/**
 * The edits that rename component `index` to `newId`: its own `id`, then every topology member,
 * `dependsOn` entry and inject naming the old id (each a `set`), then each variant's change of
 * the component moved to the new key (a `set` of the new key and a `delete` of the old one).
 * Empty when the component does not exist or already has that id.
 */
export function renameComponentEdits(data: unknown, index: number, newId: string): DocEdit[] {
  const component = componentsOf(data)[index];
  if (asRecord(component) === null) return [];
  const oldId = componentId(component);
  if (oldId === newId) return [];
  const edits: DocEdit[] = [{ op: 'set', path: ['components', index, 'id'], value: newId }];
  const keys: DocEdit[] = [];
  for (const ref of findComponentReferences(data, oldId)) {
    if (ref.kind === 'value') {
      edits.push({ op: 'set', path: ref.path, value: newId });
      continue;
    }
    const parent = ref.path.slice(0, -1);
    const value = asRecord(readPath(data, parent))?.[oldId];
    keys.push({ op: 'set', path: [...parent, newId], value }, { op: 'delete', path: ref.path });
  }
  return [...edits, ...keys];
}

function readPath(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
