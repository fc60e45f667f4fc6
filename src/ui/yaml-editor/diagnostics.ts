/** Scenario issues as CodeMirror lint diagnostics: where each one sits in the document. */
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { ScenarioIssue } from '../../scenario/index.ts';

/** Where a trailing YAML comment starts: a `#` after whitespace. */
const TRAILING_COMMENT = /\s#.*$/;

/**
 * The document range an issue points at. Lines and columns are 1-based and clamped to the
 * document. With a column: from there to the end of the line's content (trailing spaces and
 * comment left out); without one: the line's content, indentation left out. An issue about
 * the whole file (no line) is a point at the start of the document.
 */
export function issueRange(
  doc: Text,
  issue: Pick<ScenarioIssue, 'line' | 'column'>,
): { from: number; to: number } {
  if (issue.line === null) return { from: 0, to: 0 };
  const line = doc.line(Math.min(Math.max(1, Math.trunc(issue.line)), doc.lines));
  const indent = line.text.length - line.text.trimStart().length;
  const start =
    issue.column === null
      ? indent
      : Math.min(Math.max(0, Math.trunc(issue.column) - 1), line.text.length);
  const rest = line.text.slice(start);
  const content = rest.replace(TRAILING_COMMENT, '').trimEnd();
  const end = start + (content === '' ? rest.trimEnd().length : content.length);
  return { from: line.from + start, to: line.from + end };
}

/** The text a diagnostic carries (the lint panel and screen readers use it). */
export function issueText(issue: ScenarioIssue): string {
  const message = issue.message.replace(/[.\s]+$/, '');
  return issue.hint === '' ? `${message}.` : `${message}. Hint: ${issue.hint}`;
}

/** Renders the message, then the hint, in a tooltip or the lint panel. */
function renderIssue(issue: ScenarioIssue, document: Document): Node {
  const box = document.createElement('div');
  box.className = 'cs-issue';
  const message = document.createElement('div');
  message.className = 'cs-issue-message';
  message.textContent = issue.message;
  box.append(message);
  if (issue.hint !== '') {
    const hint = document.createElement('div');
    hint.className = 'cs-issue-hint';
    const label = document.createElement('strong');
    label.textContent = 'Hint: ';
    hint.append(label, issue.hint);
    box.append(hint);
  }
  return box;
}

/** One diagnostic per issue, in document order; the issue's path is its source. */
export function issueDiagnostics(doc: Text, issues: readonly ScenarioIssue[]): Diagnostic[] {
  return issues
    .map((issue): Diagnostic => ({
      ...issueRange(doc, issue),
      severity: issue.severity,
      source: issue.path,
      message: issueText(issue),
      renderMessage: (view) => renderIssue(issue, view.dom.ownerDocument),
    }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}
