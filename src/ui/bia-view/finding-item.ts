/**
 * One advisor finding in the BIA view: its severity and title, the explanation, the evidence
 * in words, the BIA run it rests on (with its Replay) and the suggested change (with Try).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { evidenceText } from '../../analysis/advisor/evidence-text.ts';
import { proseWhen } from '../../analysis/prose-time.ts';
import type { Citation, Finding, ScenarioEdit } from '../../analysis/advisor/types.ts';
import type { Scenario } from '../../core/model.ts';
import { zoneSuffix } from '../../charts/local-time.ts';

export interface FindingActions {
  /** Replay the run the finding cites. */
  readonly replay: (run: Citation) => void;
  /** Try the suggested change as a variant. */
  readonly apply: (edits: readonly ScenarioEdit[], title: string) => void;
}

export function findingItem(
  f: Finding,
  scenario: Scenario | null,
  actions: FindingActions,
): TemplateResult {
  const run = f.simulated;
  return html`<article class="finding" data-severity=${f.severity}>
    <h3><span class="badge">${f.severity}</span>${f.title}</h3>
    <p>${f.explanation}</p>
    <p class="evidence">
      ${evidenceText(f, scenario ?? undefined)
        .map((e) => `${e.label}: ${e.value}`)
        .join(' · ')}
    </p>
    ${
      run
        ? html`<p class="simulated">
            Simulated: ${run.disruption === null ? 'the undisrupted run' : `“${run.label}”`} at
            ${proseWhen(run.at)}${scenario ? zoneSuffix(scenario, 0, scenario.horizon)(run.t) : ''}
            <button type="button" class="open" @click=${() => actions.replay(run)}>Replay</button>
          </p>`
        : nothing
    }
    <p>
      <strong>Suggestion:</strong> ${f.suggestion.text}
      ${
        f.suggestion.edits.length
          ? html`<button
              type="button"
              class="apply"
              @click=${() => actions.apply(f.suggestion.edits, f.suggestion.text)}
            >
              Try this change
            </button>`
          : nothing
      }
    </p>
  </article>`;
}
