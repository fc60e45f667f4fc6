/**
 * Where the run shown stands, in the header of the run: being simulated (with how far it has
 * got, and Cancel), refused by the event budget or stopped at its ceiling (with the reason and
 * Run anyway), failed, or cancelled. A run that is not current is never presented as if it
 * were: the views of the previous run are dimmed while a new one is made, and cleared when it
 * is refused or fails.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BudgetRefusal } from '../../core/event-budget.ts';
import { groupDigits } from '../../core/event-budget-text.ts';

export type RunStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly t: number; readonly horizon: number }
  | { readonly kind: 'ready' }
  | { readonly kind: 'refused'; readonly message: string; readonly refusal: BudgetRefusal }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'cancelled' };

export interface RunStatusActions {
  readonly cancel: () => void;
  /** Runs again with this event budget (the refusal's suggestion) or, without one, as it was. */
  readonly retry: (maxEvents?: number) => void;
}

/** How far a run has got, as a share of the horizon. */
function reached(status: { t: number; horizon: number }): string {
  if (!(status.horizon > 0) || !(status.t > 0)) return '';
  if (status.t >= status.horizon) return ' done; preparing the views';
  return ` ${Math.min(99, Math.floor((status.t / status.horizon) * 100))} % of the horizon`;
}

export function runStatusLine(
  status: RunStatus,
  actions: RunStatusActions,
): TemplateResult | typeof nothing {
  switch (status.kind) {
    case 'idle':
    case 'ready':
      return nothing;
    case 'running':
      return html`<p class="run-status" role="status" data-testid="run-status">
        <span class="spinner" aria-hidden="true"></span>
        Simulating…${reached(status)}
        <button type="button" @click=${actions.cancel}>Cancel</button>
      </p>`;
    case 'cancelled':
      return html`<p class="run-status" role="status" data-testid="run-status">
        Simulation cancelled: nothing is shown for this run.
        <button type="button" @click=${() => actions.retry()}>Run it</button>
      </p>`;
    case 'error':
      return html`<section class="problem" role="alert" data-testid="run-problem">
        <h2>The simulation failed</h2>
        <p>${status.message}</p>
        <p>Nothing is shown for this run.</p>
        <button type="button" @click=${() => actions.retry()}>Try again</button>
      </section>`;
    case 'refused': {
      const { refusal } = status;
      return html`<section class="problem" role="alert" data-testid="run-problem">
        <h2>
          ${
            refusal.stage === 'estimate'
              ? 'Not simulated: over the event budget'
              : 'Stopped: the run went far past its estimate'
          }
        </h2>
        <p data-testid="run-refusal">${status.message}</p>
        <p>
          Nothing is shown for this run. The other tabs still work (the business impact analysis has
          no random failures).
        </p>
        <button type="button" @click=${() => actions.retry(refusal.suggested)}>
          Run anyway, with a budget of ${groupDigits(refusal.suggested)} events
        </button>
        <span class="hint">It may take minutes and much memory; you can cancel it.</span>
      </section>`;
    }
  }
}
