/**
 * Reads YAML or JSON text into a document and a plain value, guarding against oversized
 * text, deep nesting and alias bombs. Syntax errors come back as located issues.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { LIMITS } from './limits.ts';
import type { ScenarioIssue } from './issues.ts';

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

/** Deepest bracket nesting of flow collections, ignoring quoted text (a cheap pre-check). */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || (ch === "'" && /[\s[{,:]/.test(text[i - 1] ?? ' '))) quote = ch;
    else if (ch === '#' && /\s/.test(text[i - 1] ?? ' '))
      while (i < text.length && text[i] !== '\n') i++;
    else if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return max;
}

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
  const tooDeep = fileIssue(
    `the file nests deeper than ${LIMITS.depth} levels`,
    'flatten the structure; a scenario needs only a few levels',
  );
  if (flowDepth(text) > LIMITS.depth * 2) return { ok: false, errors: [tooDeep] };
  const json = looksLikeJson(text, fileName);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    schema: json ? 'json' : 'core',
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  if (doc.errors.length > 0) {
    const errors = doc.errors.slice(0, 50).map((e) => {
      const { line, col } = lineCounter.linePos(e.pos[0]);
      const duplicate = e.code === 'DUPLICATE_KEY';
      return fileIssue(
        duplicate
          ? 'a key appears twice in the same mapping'
          : `${json ? 'JSON' : 'YAML'} syntax error: ${e.message.split('\n')[0] ?? e.code}`,
        duplicate
          ? 'keep one of the two entries'
          : json
            ? 'check for a missing comma, quote or bracket near here'
            : 'check the indentation, and quote text that contains ": " or " #"',
        line,
        col,
      );
    });
    return { ok: false, errors };
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
  if (valueDepth(value) > LIMITS.depth) return { ok: false, errors: [tooDeep] };
  return { ok: true, doc, lineCounter, value };
}
