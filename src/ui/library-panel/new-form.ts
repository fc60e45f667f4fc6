/** "New from a bundled scenario": pick one of the shipped scenarios and make an own copy of it. */
import { html, type TemplateResult } from 'lit';
import { bundledScenarios } from '../bundled-scenarios.ts';
import { bundledName } from './new-name.ts';

export function newForm(
  chosen: string,
  enabled: boolean,
  on: { choose(id: string): void; create(): void },
): TemplateResult {
  return html`<div class="new" role="group" aria-labelledby="new-title">
    <label for="bundled" id="new-title">New from a bundled scenario</label>
    <div class="new-row">
      <select
        id="bundled"
        @change=${(e: Event) => on.choose((e.target as HTMLSelectElement).value)}
      >
        ${bundledScenarios.map(
          (b) =>
            html`<option value=${b.id} ?selected=${b.id === chosen}>${bundledName(b)}</option>`,
        )}
      </select>
      <button type="button" ?disabled=${!enabled} @click=${() => on.create()}>Create</button>
    </div>
  </div>`;
}
