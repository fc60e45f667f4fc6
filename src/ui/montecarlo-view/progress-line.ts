/** The progress of the task the Monte Carlo pool is running: bar, runs, time left, Cancel. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MonteCarloSession, Task } from './session.ts';

const TASKS: Record<Task, string> = {
  study: 'Running the study',
  compare: 'Comparing the variants',
  sweep: 'Running the sweep',
  tornado: 'Running the tornado',
};

const seconds = (ms: number): string =>
  ms < 60_000 ? `${Math.max(1, Math.ceil(ms / 1000))} s` : `${Math.ceil(ms / 60_000)} min`;

export function progressLine(session: MonteCarloSession | null): TemplateResult | typeof nothing {
  const status = session?.controller.status;
  const task = session?.task;
  if (!session || !status || !task) return nothing;
  switch (status.kind) {
    case 'running':
      return html`<div class="progress" data-testid="mc-progress">
        <label
          >${TASKS[task]}
          <progress
            max=${status.total}
            value=${status.done}
            aria-label="Monte Carlo progress"
          ></progress>
        </label>
        <span role="status"
          >${status.done.toLocaleString('en')} of ${status.total.toLocaleString('en')} runs on
          ${status.workers}
          worker${status.workers === 1 ? '' : 's'}${
            status.etaMs === null ? '' : ` · about ${seconds(status.etaMs)} left`
          }</span
        >
        <button type="button" @click=${() => session.cancel()}>Cancel</button>
      </div>`;
    case 'cancelled':
      return html`<div class="progress" role="status" data-testid="mc-progress">
        Cancelled after ${status.done.toLocaleString('en')} of ${status.total.toLocaleString('en')}
        runs; the previous results are kept.
      </div>`;
    case 'error':
      if (status.refused)
        return html`<div class="progress" role="alert" data-testid="mc-progress">
          Not run: ${status.message}
        </div>`;
      return html`<div class="progress" role="alert" data-testid="mc-progress">
        The Monte Carlo workers failed: ${status.message}. Try again; if it keeps failing, reload
        the page (your scenario and changes are kept in the link).
      </div>`;
    default:
      return nothing;
  }
}
