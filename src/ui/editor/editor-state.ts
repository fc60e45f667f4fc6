/**
 * The state of the scenario editor as a pure reducer: the file text (the one source of truth),
 * its validation, the last valid scenario (an invalid edit is shown as such and never replaces
 * it), and the undo and redo stacks over every edit, from the form or the YAML text alike.
 * Typing in the YAML editor is coalesced: edits of the text within `COALESCE_MS` of each other
 * (times are passed in) make one undo step.
 */
import {
  formatIssue,
  parseScenario,
  type LoadResult,
  type ResolvedVariant,
} from '../../scenario/index.ts';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import type { Scenario } from '../../core/model.ts';
import { deleteAt, editText, insertAt, moveItem } from '../../scenario/document/index.ts';
import type { DocEdit } from './doc-edit.ts';

export const COALESCE_MS = 1000;
const MAX_UNDO = 200;

export interface Valid {
  readonly text: string;
  readonly scenario: Scenario;
  readonly variants: readonly ResolvedVariant[];
}

export interface HistoryEntry {
  readonly text: string;
  readonly label: string;
}

export interface EditorState {
  readonly fileName: string;
  readonly text: string;
  readonly errors: readonly ScenarioIssue[];
  readonly warnings: readonly ScenarioIssue[];
  /** The last text that parsed (null when none ever did). */
  readonly valid: Valid | null;
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
  /** When the text was last typed (for coalescing), or null after any other change. */
  readonly typedAt: number | null;
}

/** `parsed`: the loader's answer for `text` when it is known already (read in a worker). */
function validate(
  fileName: string,
  text: string,
  previous: Valid | null,
  parsed?: LoadResult,
): Pick<EditorState, 'errors' | 'warnings' | 'valid'> {
  const r = parsed ?? parseScenario(text, fileName);
  if (!r.ok) return { errors: r.errors, warnings: r.warnings, valid: previous };
  return {
    errors: [],
    warnings: r.warnings,
    valid: { text, scenario: r.scenario, variants: r.variants },
  };
}

/** The same text checked again (the holiday data it names has arrived meanwhile). */
export function recheck(s: EditorState): EditorState {
  return { ...s, ...validate(s.fileName, s.text, s.valid) };
}

export function openEditor(fileName: string, text: string): EditorState {
  return {
    fileName,
    text,
    ...validate(fileName, text, null),
    undo: [],
    redo: [],
    typedAt: null,
  };
}

/** Applies form edits to a text (in order); a RangeError names an edit that cannot apply. */
export function applyDocEdits(text: string, edits: readonly DocEdit[]): string {
  return edits.reduce((t, e) => {
    switch (e.op) {
      case 'set':
        return editText(t, e.path, e.value);
      case 'delete':
        return deleteAt(t, e.path);
      case 'insert':
        return insertAt(t, e.path, e.index, e.value);
      case 'move':
        return moveItem(t, e.path, e.from, e.to);
    }
  }, text);
}

function withText(
  s: EditorState,
  text: string,
  label: string,
  typedAt: number | null,
  parsed?: LoadResult,
): EditorState {
  if (text === s.text) return s;
  const coalesce = typedAt !== null && s.typedAt !== null && typedAt - s.typedAt < COALESCE_MS;
  const undo = coalesce ? s.undo : [...s.undo, { text: s.text, label }].slice(-MAX_UNDO);
  return { ...s, text, ...validate(s.fileName, text, s.valid, parsed), undo, redo: [], typedAt };
}

/** The form's edits, as one undo step. */
export const applyEdits = (s: EditorState, edits: readonly DocEdit[], label: string): EditorState =>
  withText(s, applyDocEdits(s.text, edits), label, null);

/** Text typed in the YAML editor at time `at` (ms). */
export const typeText = (s: EditorState, text: string, at: number): EditorState =>
  withText(s, text, 'Typing in the YAML', at);

/**
 * A whole new text (an import, a restored version), as one undo step; `parsed`, when given, is
 * the loader's answer for it (an import read in a worker is not read again here).
 */
export const replaceText = (
  s: EditorState,
  text: string,
  label: string,
  parsed?: LoadResult,
): EditorState => withText(s, text, label, null, parsed);

function travel(s: EditorState, from: 'undo' | 'redo'): EditorState {
  const stack = s[from];
  const entry = stack[stack.length - 1];
  if (!entry) return s;
  const other = from === 'undo' ? 'redo' : 'undo';
  return {
    ...s,
    text: entry.text,
    ...validate(s.fileName, entry.text, s.valid),
    [from]: stack.slice(0, -1),
    [other]: [...s[other], { text: s.text, label: entry.label }],
    typedAt: null,
  };
}

export const undo = (s: EditorState): EditorState => travel(s, 'undo');
export const redo = (s: EditorState): EditorState => travel(s, 'redo');

/** The errors as lines a person can act on (file, line, column, path, fix). */
export const errorLines = (s: EditorState): string[] =>
  s.errors.map((issue) => formatIssue(issue, s.fileName));
