/**
 * The editor's look, from the app's theme tokens (`--cs-surface`, `--cs-text`, `--cs-border`,
 * `--cs-accent`, `--cs-muted`, ...): light and dark follow the page without a second theme.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

const tint = (variable: string, percent: number) =>
  `color-mix(in srgb, var(${variable}) ${percent}%, transparent)`;

const editorTheme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--cs-text)',
    backgroundColor: 'var(--cs-surface)',
    fontSize: '0.85rem',
  },
  '&.cm-focused': { outline: '2px solid var(--cs-accent)', outlineOffset: '-2px' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
    lineHeight: '1.5',
  },
  '.cm-content': { caretColor: 'var(--cs-text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--cs-text)' },
  '.cm-selectionBackground': { background: tint('--cs-muted', 22) },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground': {
    background: tint('--cs-accent', 28),
  },
  '.cm-activeLine': { backgroundColor: tint('--cs-accent', 6) },
  '.cm-gutters': {
    backgroundColor: 'var(--cs-surface)',
    color: 'var(--cs-muted)',
    borderRight: '1px solid var(--cs-border)',
  },
  '.cm-activeLineGutter': { backgroundColor: tint('--cs-accent', 10), color: 'var(--cs-text)' },
  '.cm-foldPlaceholder': {
    backgroundColor: 'var(--cs-surface)',
    border: '1px solid var(--cs-border)',
    color: 'var(--cs-muted)',
  },
  '.cm-matchingBracket': { backgroundColor: tint('--cs-accent', 18), outline: 'none' },
  '.cm-nonmatchingBracket': { color: 'var(--cs-danger)' },
  '.cm-searchMatch': { backgroundColor: tint('--cs-degraded', 35) },
  '.cm-searchMatch-selected': { backgroundColor: tint('--cs-accent', 35) },
  '.cm-selectionMatch': { backgroundColor: tint('--cs-accent', 12) },
  '.cm-tooltip': {
    backgroundColor: 'var(--cs-surface)',
    color: 'var(--cs-text)',
    border: '1px solid var(--cs-border)',
    borderRadius: '6px',
    boxShadow: '0 4px 14px rgb(0 0 0 / 0.15)',
    overflow: 'hidden',
  },
  '.cm-tooltip-lint': { maxWidth: '34rem' },
  '.cm-diagnostic': { padding: '0.35rem 0.6rem', whiteSpace: 'normal', fontFamily: 'system-ui' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--cs-danger)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--cs-degraded)' },
  '.cm-diagnosticSource': {
    color: 'var(--cs-muted)',
    fontFamily: 'ui-monospace, monospace',
    fontSize: '0.75rem',
    opacity: 1,
  },
  '.cs-issue-hint': { marginTop: '0.2rem', color: 'var(--cs-muted)' },
  '.cs-issue-hint strong': { color: 'var(--cs-text)' },
  '.cm-panels': {
    backgroundColor: 'var(--cs-surface)',
    color: 'var(--cs-text)',
  },
  '.cm-panels-top': { borderBottom: '1px solid var(--cs-border)' },
  '.cm-panels-bottom': { borderTop: '1px solid var(--cs-border)' },
  '.cm-textfield': {
    color: 'var(--cs-text)',
    backgroundColor: 'var(--cs-surface)',
    border: '1px solid var(--cs-border)',
    borderRadius: '4px',
  },
  '.cm-button': {
    color: 'var(--cs-text)',
    backgroundImage: 'none',
    backgroundColor: 'var(--cs-surface)',
    border: '1px solid var(--cs-border)',
    borderRadius: '4px',
  },
  '.cm-panel.cm-panel-lint ul [aria-selected]': { backgroundColor: tint('--cs-accent', 14) },
  '.cm-panel.cm-panel-lint ul:focus [aria-selected]': {
    backgroundColor: tint('--cs-accent', 28),
    color: 'var(--cs-text)',
  },
});

/** YAML tokens: keys in the accent colour, quoted strings green, comments and marks muted. */
const yamlHighlight = HighlightStyle.define([
  { tag: t.definition(t.propertyName), color: 'var(--cs-accent)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--cs-good)' },
  { tag: t.lineComment, color: 'var(--cs-muted)', fontStyle: 'italic' },
  { tag: [t.separator, t.meta], color: 'var(--cs-muted)' },
  { tag: [t.labelName, t.typeName, t.keyword], color: 'var(--cs-yaml-tag)' },
  { tag: t.attributeValue, color: 'var(--cs-good)' },
]);

export const yamlEditorTheme: Extension = [editorTheme, syntaxHighlighting(yamlHighlight)];
