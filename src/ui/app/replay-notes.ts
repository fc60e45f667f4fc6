/**
 * Two notes the app shows above a run: that it replays a BIA disruption under the BIA's
 * conditions, and what the live injects add to the run (for a replayed disruption, the BIA's
 * own figures for it: a heatmap cell or a table row).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Bound } from '../../analysis/bia/types.ts';
import type { InjectsEffect } from '../../analysis/injects-effect.ts';
import { integer, minutesText, money } from '../format.ts';

const ENDS: Record<Bound, string> = { low: 'shortest', likely: 'most-likely', high: 'longest' };

export function replayBanner(
  replay: Bound | null,
  leave: () => void,
): TemplateResult | typeof nothing {
  if (replay === null) return nothing;
  return html`<section class="variant" role="status" aria-label="Replay">
    <strong>Replay of a BIA disruption</strong>, run as the business impact analysis runs it: no
    random failures, none of the scenario's scripted injects, every recovery step at its
    ${ENDS[replay]} duration.
    <button type="button" @click=${leave}>Back to the full run</button>
  </section>`;
}

export function effectLine(
  effect: InjectsEffect | undefined,
  currency: string,
  replay: Bound | null,
): TemplateResult | typeof nothing {
  if (!effect) return nothing;
  return html`<p class="run-facts" data-testid="injects-effect">
    ${replay === null ? 'Your live injects add' : 'The disruption adds'}
    <strong data-testid="injects-effect-down">${minutesText(effect.downMinutes)}</strong> down in
    agreed hours, ${minutesText(effect.degradedMinutes)} degraded,
    ${integer(effect.unservedTransactions)} unserved transactions and
    <strong data-testid="injects-effect-cost">${money(effect.cost, currency)}</strong> to this run,
    against the same run without ${replay === null ? 'them' : 'it'}.
  </p>`;
}
