/**
 * The same edits through the yaml Document API (setIn, deleteIn, items.splice). Comments stay
 * attached to their nodes, but `toString()` writes the whole file again in yaml's own layout
 * (it refolds long text, pads flow lists), so this is only the fallback when the text cannot
 * be spliced.
 */
import { isMap, isScalar, isSeq, YAMLMap, type Document } from 'yaml';
import type { Edit } from './edit-op.ts';
import type { DocPath } from './walk.ts';

/** Empty values on the way become mappings, as `setPlain` does. */
function openPath(doc: Document, path: DocPath): void {
  for (let i = 1; i < path.length; i++) {
    const node: unknown = doc.getIn(path.slice(0, i), true);
    if (node === undefined || (isScalar(node) && node.value === null))
      doc.setIn(path.slice(0, i), new YAMLMap());
  }
}

export function editDocument(doc: Document, edit: Edit): string {
  switch (edit.op) {
    case 'set': {
      openPath(doc, edit.path);
      doc.setIn(edit.path, doc.createNode(edit.value));
      const parent: unknown = doc.getIn(edit.path.slice(0, -1), true) ?? doc.contents;
      if (edit.position === 'first' && isMap(parent)) {
        const key = String(edit.path[edit.path.length - 1]);
        const at = parent.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
        parent.items.unshift(...parent.items.splice(at, 1));
      }
      break;
    }
    case 'delete':
      doc.deleteIn(edit.path);
      break;
    case 'insert': {
      const seq: unknown = doc.getIn(edit.path, true);
      if (isSeq(seq)) seq.items.splice(edit.index, 0, doc.createNode(edit.value));
      else doc.setIn(edit.path, doc.createNode([edit.value]));
      break;
    }
    case 'move': {
      const seq: unknown = doc.getIn(edit.path, true);
      if (isSeq(seq)) seq.items.splice(edit.to, 0, ...seq.items.splice(edit.from, 1));
      break;
    }
    case 'rename': {
      const parent: unknown = doc.getIn(edit.path.slice(0, -1), true) ?? doc.contents;
      const old = String(edit.path[edit.path.length - 1]);
      const pair = isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === old)
        : undefined;
      if (pair !== undefined) {
        pair.key = doc.createNode(edit.key);
        pair.value = doc.createNode(edit.value);
      }
      break;
    }
  }
  return doc.toString();
}
