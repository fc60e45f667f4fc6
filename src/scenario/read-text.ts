/**
 * Text to a plain value and a way to locate paths in it: the fast reader (js-yaml, for plain
 * data) when it can, else the yaml library (read-yaml.ts), which also reports every problem.
 * `reader: 'yaml'` forces the yaml library (the tests compare the two).
 */
import { readFast } from './fast/read-fast.ts';
import { capIssues, MAX_ISSUES, type PathSegment, type ScenarioIssue } from './issues.ts';
import { locate, type Position } from './locate.ts';
import { duplicateIssue, looksLikeJson, readYaml } from './read-yaml.ts';

export type Reader = 'fast' | 'yaml';

/** The position of the node at a path (or of its nearest parent); with `atKey`, of its key. */
export type Locator = (path: readonly PathSegment[], atKey: boolean) => Position;

export type TextRead =
  | { ok: true; value: unknown; locate: Locator; reader: Reader }
  | { ok: false; errors: ScenarioIssue[] };

const NOWHERE: Position = { line: null, column: null };

function yamlLocator(text: string, fileName: string | undefined): Locator {
  const read = readYaml(text, fileName);
  if (!read.ok) return () => NOWHERE;
  return (path, atKey) => locate(read.doc, read.lineCounter, path, atKey);
}

export function readText(text: string, fileName?: string, reader: Reader = 'fast'): TextRead {
  const fast = reader === 'fast' ? readFast(text, looksLikeJson(text, fileName)) : null;
  if (fast !== null && fast.duplicates.length > 0) {
    const { lineCounter } = fast.locator;
    const at = (offset: number): [number, number] => {
      const { line, col } = lineCounter.linePos(offset);
      return [line, col];
    };
    const shown = fast.duplicates.slice(0, MAX_ISSUES).map((d) => duplicateIssue(d, at));
    return { ok: false, errors: capIssues(shown, fast.duplicates.length) };
  }
  if (fast !== null) {
    // Where the fast tree cannot tell, the yaml library locates (read once, on demand).
    let slow: Locator | null = null;
    const locateFast: Locator = (path, atKey) =>
      fast.locator.locate(path, atKey) ?? (slow ??= yamlLocator(text, fileName))(path, atKey);
    return { ok: true, value: fast.value, locate: locateFast, reader: 'fast' };
  }
  const read = readYaml(text, fileName);
  if (!read.ok) return read;
  return {
    ok: true,
    value: read.value,
    locate: (path, atKey) => locate(read.doc, read.lineCounter, path, atKey),
    reader: 'yaml',
  };
}
