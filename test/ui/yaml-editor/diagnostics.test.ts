import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { ScenarioIssue } from '../../../src/scenario/index.ts';
import {
  issueDiagnostics,
  issueRange,
  issueText,
} from '../../../src/ui/yaml-editor/diagnostics.ts';

const doc = Text.of([
  'schema: continuity-scenario/2', // line 1, offsets 0-29
  'horizon: soon # a year', // line 2, from 30
  '', // line 3, from 53
  '  - id: db-1   ', // line 4, from 54
]);

const issue = (over: Partial<ScenarioIssue>): ScenarioIssue => ({
  severity: 'error',
  path: 'horizon',
  line: 2,
  column: 10,
  message: 'expected a duration like 365d, got "soon"',
  hint: 'horizon: 365d',
  ...over,
});

describe('issueRange(doc, issue)', () => {
  it('maps a 1-based line and column to the value up to the end of its line', () => {
    const range = issueRange(doc, { line: 2, column: 10 });
    expect(doc.sliceString(range.from, range.to)).toBe('soon');
  });

  it('covers the line without its indentation and trailing spaces when there is no column', () => {
    const range = issueRange(doc, { line: 4, column: null });
    expect(doc.sliceString(range.from, range.to)).toBe('- id: db-1');
  });

  it('is a point at the start of a blank line', () => {
    expect(issueRange(doc, { line: 3, column: null })).toEqual({ from: 53, to: 53 });
  });

  it('is a point at the start of the document for an issue about the whole file', () => {
    expect(issueRange(doc, { line: null, column: null })).toEqual({ from: 0, to: 0 });
  });

  it('clamps lines and columns outside the document', () => {
    expect(issueRange(doc, { line: 0, column: 1 })).toEqual({ from: 0, to: 29 });
    expect(issueRange(doc, { line: 99, column: 5 }).from).toBe(doc.line(4).from + 4);
    expect(issueRange(doc, { line: 1, column: 500 })).toEqual({ from: 29, to: 29 });
    expect(issueRange(doc, { line: 1, column: -3 })).toEqual({ from: 0, to: 29 });
  });

  it('keeps a comment when the column points at it', () => {
    const range = issueRange(doc, { line: 2, column: 15 });
    expect(doc.sliceString(range.from, range.to)).toBe('# a year');
  });
});

describe('issueDiagnostics(doc, issues)', () => {
  it('makes one diagnostic per issue, in document order, with severity, path and hint', () => {
    const diagnostics = issueDiagnostics(doc, [
      issue({}),
      issue({ severity: 'warning', path: 'schema', line: 1, column: 9, message: 'old', hint: '' }),
    ]);
    expect(diagnostics.map((d) => [d.from, d.severity, d.source, d.message])).toEqual([
      [8, 'warning', 'schema', 'old.'],
      [39, 'error', 'horizon', 'expected a duration like 365d, got "soon". Hint: horizon: 365d'],
    ]);
  });

  it('gives every diagnostic a rendering with the message and the hint', () => {
    expect(issueDiagnostics(doc, [issue({})])[0]?.renderMessage).toBeTypeOf('function');
  });
});

describe('issueText(issue)', () => {
  it('ends the message with one full stop before the hint', () => {
    expect(issueText(issue({ message: 'bad value.  ', hint: 'x: 1' }))).toBe(
      'bad value. Hint: x: 1',
    );
  });
});
