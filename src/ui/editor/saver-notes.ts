/**
 * What the saver has to tell the planner, above the editor: another tab saved over this tab's
 * unsaved edits (the conflict banner), an edit has no write-ahead copy (browser storage full or
 * disabled), or what became of unsaved texts found on opening.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { exactTime } from '../library-panel/when.ts';
import type { Conflict } from '../storage/durable-saver.ts';
import type { Comparison } from '../versions-panel/compare.ts';
import { comparisonView } from '../versions-panel/comparison-view.ts';

export interface SaverNotes {
  readonly conflict: Conflict | null;
  /** The comparison of this tab's text with the other tab's, when there is a conflict. */
  readonly comparison: Comparison | null;
  /** A choice is being carried out: the buttons wait. */
  readonly busy: boolean;
  readonly journalProblem: Error | null;
  readonly notice: string | null;
}

export interface SaverActions {
  keepMine(): void;
  takeTheirs(): void;
  dismissNotice(): void;
}

export function saverNotes(notes: SaverNotes, on: SaverActions): TemplateResult {
  return html`${
    notes.conflict && notes.comparison
      ? conflictBanner(notes.conflict, notes.comparison, notes.busy, on)
      : nothing
  }
  ${
    notes.journalProblem
      ? html`<p class="problem" role="alert" data-testid="journal-problem">
          ${notes.journalProblem.message}
        </p>`
      : nothing
  }
  ${
    notes.notice
      ? html`<p class="valid" role="status" data-testid="save-notice">
          ${notes.notice}
          <button type="button" @click=${() => on.dismissNotice()}>Dismiss</button>
        </p>`
      : nothing
  }`;
}

/**
 * The banner of a tab that fell behind: it says so, shows what differs and the other tab's text,
 * and offers the two ways out, each of which keeps the other text as a save point. Until then
 * this tab's saves are held, and its text stays in the write-ahead journal.
 */
function conflictBanner(
  conflict: Conflict,
  comparison: Comparison,
  busy: boolean,
  on: Pick<SaverActions, 'keepMine' | 'takeTheirs'>,
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
