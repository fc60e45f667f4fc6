/**
 * Issue paths as written by `formatPath` (`components[2]["mon-fri"].capacity`) back to path
 * segments, so an issue can be followed to its place in the document (or its form field).
 */
import type { DocPath } from './walk.ts';

const TOKEN = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** The segments of a formatted path; null for `(file)` or text that is not such a path. */
export function parsePathText(text: string): DocPath | null {
  if (text === '(file)' || text === '') return null;
  const out: (string | number)[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null || (at === 0 && text.startsWith('.'))) return null;
    const [, name, index, quoted] = match;
    if (name !== undefined) out.push(name);
    else if (index !== undefined) out.push(Number(index));
    else out.push(JSON.parse(quoted ?? '""') as string);
  }
  return out;
}
