/** A comparison in words: the scenario's changes, one sentence each, or why only lines were counted. */
import { html, type TemplateResult } from 'lit';
import type { Comparison } from './compare.ts';

export interface Sides {
  /** e.g. `the version of 2026-05-04 09:00` */
  readonly before: string;
  /** e.g. `now` or `the version of 2026-05-04 11:30` */
  readonly after: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A side as the text it stands for: `the current text` for now. */
const textOf = (side: string): string => (side === 'now' ? 'the current text' : side);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function unparsed(c: Extract<Comparison, { kind: 'unparsed' }>, sides: Sides): string {
  const who =
    c.which === 'both'
      ? 'Neither text reads as a scenario'
      : `${capital(textOf(c.which === 'before' ? sides.before : sides.after))} does not read as a scenario`;
  const lines = `${plural(c.lines.added, 'line', 'lines')} added, ${c.lines.removed} removed`;
  return `${who}, so only lines are compared: ${lines}.`;
}

export function comparisonView(c: Comparison, sides: Sides, label: string): TemplateResult {
  const body = (() => {
    if (c.kind === 'same') return html`<p>No differences: the text is the same.</p>`;
    if (c.kind === 'unparsed') return html`<p>${unparsed(c, sides)}</p>`;
    if (c.changes.length === 0) {
      return html`<p>No changes to the scenario: the text differs only in comments or layout.</p>`;
    }
    return html`<p>
        ${plural(c.changes.length, 'change', 'changes')} from ${sides.before} to ${sides.after}:
      </p>
      <ul class="changes">
        ${c.changes.map((x) => html`<li class=${x.kind}>${x.text}</li>`)}
      </ul>`;
  })();
  return html`<div class="comparison" role="region" aria-label=${label}>${body}</div>`;
}
