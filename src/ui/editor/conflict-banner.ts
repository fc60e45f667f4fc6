/**
 * The banner of a tab that fell behind: another tab saved the scenario over this tab's unsaved
 * edits. It says so, shows what differs and the other tab's text, and offers the two ways out,
 * each of which keeps the other text as a save point. Until then this tab's saves are held, and
 * its text stays in the write-ahead journal.
 */
import { html, type TemplateResult } from 'lit';
import { exactTime } from '../library-panel/when.ts';
import type { Conflict } from '../storage/durable-saver.ts';
import type { Comparison } from '../versions-panel/compare.ts';
import { comparisonView } from '../versions-panel/comparison-view.ts';

export interface ConflictActions {
  keepMine(): void;
  takeTheirs(): void;
}

export function conflictBanner(
  conflict: Conflict,
  comparison: Comparison,
  busy: boolean,
  on: ConflictActions,
): TemplateResult {
  const when = exactTime(conflict.theirs.updatedAt);
  return html`<section class="problem conflict" role="alert" data-testid="conflict">
    <strong>Another tab saved this scenario (${when}) after your last save here.</strong>
    Your edits in this tab are not saved yet, and nothing is overwritten until you choose; either
    way the other text is kept as a version.
    ${comparisonView(
      comparison,
      { before: 'your text', after: 'the other tab’s text' },
      'Changes from your text to the other tab’s',
    )}
    <details>
      <summary>Show the other tab’s text</summary>
      <pre class="theirs">${conflict.theirs.text}</pre>
    </details>
    <div class="choices">
      <button type="button" class="primary" ?disabled=${busy} @click=${() => on.keepMine()}>
        Keep mine
      </button>
      <button type="button" ?disabled=${busy} @click=${() => on.takeTheirs()}>
        Use the other tab’s text
      </button>
    </div>
  </section>`;
}
