/**
 * Reads YAML or JSON text into a document and a plain value, guarding against oversized
 * text, deep nesting (block or flow) and alias bombs. Syntax errors and repeated keys come
 * back as located issues, at most `MAX_ISSUES` of them and a count of the rest. Linear in the
 * size of the text: the yaml library's own duplicate-key check (quadratic) is off, and
 * `walkKeys` finds them in one walk (with the depth of the value).
 */
import { LineCounter, type Document } from 'yaml';
import { walkKeys, type DuplicateKey } from './duplicate-keys.ts';
import { capIssues, describeValue, MAX_ISSUES, type ScenarioIssue } from './issues.ts';
import { LIMITS } from './limits.ts';
import { composeDocument } from './yaml-compose.ts';

export type ReadResult =
  | { ok: true; doc: Document; lineCounter: LineCounter; value: unknown }
  | { ok: false; errors: ScenarioIssue[] };

const fileIssue = (
  message: string,
  hint: string,
  line: number | null = null,
  column: number | null = null,
): ScenarioIssue => ({
  severity: 'error',
  path: '(file)',
  line,
  column,
  message,
  hint,
});

/** JSON when the file name says so or the text starts with `{` or `[`. */
export function looksLikeJson(text: string, fileName?: string): boolean {
  if (fileName !== undefined) return /\.json$/i.test(fileName);
  return /^\s*[{[]/.test(text);
}

const where = ([line, column]: [number, number]): string => `line ${line}, column ${column}`;

function valueDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [null, 0];
    if (depth > max) max = depth;
    if (depth > LIMITS.depth) return depth;
    if (node !== null && typeof node === 'object')
      for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

/** The error for a key written twice in one mapping (`at`: an offset to line and column). */
export function duplicateIssue(
  d: DuplicateKey,
  at: (offset: number) => [number, number],
): ScenarioIssue {
  return fileIssue(
    `a key appears twice in the same mapping: ${describeValue(d.key)} (first at ${where(at(d.firstAt))})`,
    'keep one of the two entries',
    ...at(d.at),
  );
}

export function readYaml(text: string, fileName?: string): ReadResult {
  if (text.length > LIMITS.textBytes) {
    return {
      ok: false,
      errors: [
        fileIssue(
          `the file is ${(text.length / 1048576).toFixed(1)} MB; the limit is 5 MB`,
          'split it into smaller scenarios',
        ),
      ],
    };
  }
  const json = looksLikeJson(text, fileName);
  const lineCounter = new LineCounter();
  const at = (offset: number): [number, number] => {
    const { line, col } = lineCounter.linePos(offset);
    return [line, col];
  };
  const tooDeep = (where: [number, number] | []) =>
    fileIssue(
      `the file nests deeper than ${LIMITS.depth} levels`,
      'flatten the structure; a scenario needs only a few levels',
      ...where,
    );
  // The guard lets the parser go twice as deep as the limit: the exact check is on the value.
  const composed = composeDocument(text, lineCounter, LIMITS.depth * 2, {
    schema: json ? 'json' : 'core',
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  if (!composed.ok) return { ok: false, errors: [tooDeep(at(composed.tooDeepAt))] };
  const { doc } = composed;
  // Each problem is worked out into an issue only if it is shown.
  const problems: [number, () => ScenarioIssue][] = doc.errors.map((e) => [
    e.pos[0],
    () =>
      fileIssue(
        `${json ? 'JSON' : 'YAML'} syntax error: ${e.message.split('\n')[0] ?? e.code}`,
        json
          ? 'check for a missing comma, quote or bracket near here'
          : 'check the indentation, and quote text that contains ": " or " #"',
        ...at(e.pos[0]),
      ),
  ]);
  const walk = walkKeys(doc);
  for (const d of walk.duplicates) problems.push([d.at, () => duplicateIssue(d, at)]);
  if (problems.length > 0) {
    problems.sort((a, b) => a[0] - b[0]);
    const shown = problems.slice(0, MAX_ISSUES).map(([, issue]) => issue());
    return { ok: false, errors: capIssues(shown, problems.length) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const aliases = /alias/i.test(message);
    return {
      ok: false,
      errors: [
        fileIssue(
          aliases
            ? 'the file expands too many aliases (*name); this looks like an alias bomb'
            : `the file could not be read: ${message}`,
          aliases ? 'write the values out, or use fewer aliases' : 'check the YAML syntax',
        ),
      ],
    };
  }
  // Without aliases the value nests as the document does; with them it may nest deeper.
  const depth = walk.aliases ? valueDepth(value) : walk.depth;
  if (depth > LIMITS.depth) return { ok: false, errors: [tooDeep([])] };
  return { ok: true, doc, lineCounter, value };
}
