/**
 * Scenario issues: what the loader tells a person about a file, and how it is printed.
 * Zod messages carry their hint after a separator (`withHint`), so one string travels
 * through zod and is split back into message and hint here.
 */

export interface ScenarioIssue {
  severity: 'error' | 'warning';
  /** Where in the document, e.g. `components[2].capacity`; `(file)` for the whole file. */
  path: string;
  line: number | null;
  column: number | null;
  /** What is wrong, including what was expected. */
  message: string;
  /** How to fix it, with an example. */
  hint: string;
}

export type PathSegment = string | number;

/** Issues past this many are summarised in one last issue. */
export const MAX_ISSUES = 50;

/**
 * The first `MAX_ISSUES` issues, and one more that counts the rest. `total` is the number of
 * issues found when fewer than that were passed in (the rest were never worked out).
 */
export function capIssues(
  issues: readonly ScenarioIssue[],
  total = issues.length,
): ScenarioIssue[] {
  if (total <= MAX_ISSUES) return [...issues];
  const rest = total - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    {
      severity: issues[0]?.severity ?? 'error',
      path: '(file)',
      line: null,
      column: null,
      message: `${rest} more issue(s) not shown`,
      hint: 'fix the ones above and load the file again',
    },
  ];
}

const HINT_SEPARATOR = '\u241f';

/** Packs a message and its hint into one zod message string. */
export function withHint(message: string, hint: string): string {
  return `${message}${HINT_SEPARATOR}${hint}`;
}

/** Splits a zod message made by `withHint`; a plain message gets the fallback hint. */
export function splitHint(text: string, fallbackHint: string): { message: string; hint: string } {
  const at = text.indexOf(HINT_SEPARATOR);
  if (at < 0) return { message: text, hint: fallbackHint };
  return { message: text.slice(0, at), hint: text.slice(at + HINT_SEPARATOR.length) };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['components', 2, 'capacity']` -> `components[2].capacity`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(file)' : out;
}

/** A short rendering of any input value for messages: `-3`, `"abc"`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/**
 * One line per issue: `bank.yaml:12:5 error components[2].capacity: expected ..., got -3. Hint: capacity: 900`.
 */
export function formatIssue(issue: ScenarioIssue, fileName?: string): string {
  let where = fileName ?? '';
  if (issue.line !== null) {
    where += `${where === '' ? '' : ':'}${issue.line}`;
    if (issue.column !== null) where += `:${issue.column}`;
  }
  const prefix = where === '' ? '' : `${where} `;
  const message = issue.message.replace(/[.\s]+$/, '');
  const hint = issue.hint === '' ? '' : ` Hint: ${issue.hint}`;
  return `${prefix}${issue.severity} ${issue.path}: ${message}.${hint}`;
}
