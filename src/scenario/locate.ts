/** Maps an issue path to a line and column in the YAML/JSON source. */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from './issues.ts';

export interface Position {
  line: number | null;
  column: number | null;
}

const NOWHERE: Position = { line: null, column: null };

function positionOf(node: unknown, lineCounter: LineCounter): Position {
  const range = (node as Node | null)?.range;
  if (range === undefined || range === null) return NOWHERE;
  const { line, col } = lineCounter.linePos(range[0]);
  return { line, column: col };
}

/**
 * The position of the node at `path`, or of the nearest existing parent. With `atKey`,
 * the position of the last key itself (for unknown or misnamed keys).
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
  atKey = false,
): Position {
  let node: unknown = doc.contents;
  let found = positionOf(node, lineCounter);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isAlias(node)) node = node.resolve(doc);
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment),
      );
      if (pair === undefined) return found;
      if ((last && atKey) || pair.value === null) return positionOf(pair.key, lineCounter);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined || item === null) return found;
      node = item;
    } else {
      return found;
    }
    const here = positionOf(node, lineCounter);
    if (here.line !== null) found = here;
  }
  return found;
}
