/**
 * The scenario's time zone, said once under its description: where its local times are read,
 * and when the clocks change during the run (`clocks +1 h (GMT→BST) on Sun 29 Mar 2026 at
 * 01:00 GMT`). Nothing for a scenario without a time zone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Scenario } from '../../core/model.ts';
import { changeLabel, changeSentence, changesInside, changeWhen } from '../../charts/local-time.ts';

/** Changes listed by date; more are counted. */
const LISTED = 2;

export function zoneLine(scenario: Scenario): TemplateResult | typeof nothing {
  const zone = scenario.timeZone;
  if (zone === null) return nothing;
  const changes = changesInside(scenario, 0, scenario.horizon);
  const listed = changes.slice(0, LISTED);
  const more = changes.length - listed.length;
  return html`<p class="zone-facts" data-testid="time-zone">
    Local times in <strong>${zone.name}</strong>${
      changes.length === 0
        ? html`; the clocks do not change during the run.`
        : html`:
          ${listed.map(
            (c, i) =>
              html`${i > 0 ? '; ' : ''}<span title=${changeSentence(scenario, c)}
                  >${changeLabel(scenario, c)} on ${changeWhen(scenario, c)}</span
                >`,
          )}${more > 0 ? html` and ${more} more change${more === 1 ? '' : 's'}` : nothing}.`
    }
  </p>`;
}
