/** What the library panel says above its list: where scenarios are kept, and what was deleted. */
import { html, nothing, type TemplateResult } from 'lit';
import type { RemovedScenario, ScenarioLibrary } from '../storage/index.ts';

/** "Stored in this browser", or, prominently, that nothing outlasts the tab. */
export function storageNote(library: ScenarioLibrary | null): TemplateResult {
  if (!library) return html`<p class="muted">Opening the scenarios kept in this browser…</p>`;
  if (library.persistent) return html`<p class="muted stored">Stored in this browser</p>`;
  return html`<p class="warning" role="note">
    <strong>Not stored:</strong> this browser does not allow it here (private window?); export your
    scenarios as files
  </p>`;
}

/** The live region for "Deleted 'X'. Undo": it stays until dismissed or replaced by another delete. */
export function deletedNotice(
  removed: RemovedScenario | null,
  on: { undo(): void; dismiss(): void },
): TemplateResult {
  return html`<div class="notice-region" role="status">
    ${
      removed
        ? html`<div class="notice">
            <span>Deleted '${removed.scenario.name}'.</span>
            <button type="button" class="undo" @click=${() => on.undo()}>Undo</button>
            <button type="button" class="dismiss" aria-label="Dismiss" @click=${() => on.dismiss()}>
              ×
            </button>
          </div>`
        : nothing
    }
  </div>`;
}
