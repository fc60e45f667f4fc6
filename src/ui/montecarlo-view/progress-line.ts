/** The progress of the task the Monte Carlo pool is running: bar, runs, time left, Cancel. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MonteCarloStatus } from '../controllers/montecarlo-controller.ts';
import type { MonteCarloSession, Task } from './session.ts';

const TASKS: Record<Task, string> = {
  study: 'Running the study',
  compare: 'Comparing the variants',
  sweep: 'Running the sweep',
  tornado: 'Running the tornado',
};

const seconds = (ms: number): string =>
  ms < 60_000 ? `${Math.max(1, Math.ceil(ms / 1000))} s` : `${Math.ceil(ms / 60_000)} min`;

type Running = Extract<MonteCarloStatus, { kind: 'running' }>;

/**
 * What a screen reader is told of a running task: what started (`started`), later the share
 * done and the time left.
 */
export function announcement(task: Task, status: Running, started: boolean): string {
  const runs = status.total.toLocaleString('en');
  const on = `${status.workers} worker${status.workers === 1 ? '' : 's'}`;
  if (started) return `${TASKS[task]}: ${runs} runs on ${on}.`;
  const share = status.total > 0 ? Math.floor((status.done / status.total) * 100) : 0;
  const left = status.etaMs === null ? '' : `, about ${seconds(status.etaMs)} left`;
  return `${TASKS[task]}: ${share} % of ${runs} runs done${left}.`;
}

/**
 * The line itself; `spoken` is the polite live region's text while a task runs (the visible
 * count changes a few times a second, too often to be read out).
 */
export function progressLine(
  session: MonteCarloSession | null,
  spoken = '',
): TemplateResult | typeof nothing {
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
        <span
          >${status.done.toLocaleString('en')} of ${status.total.toLocaleString('en')} runs on
          ${status.workers}
          worker${status.workers === 1 ? '' : 's'}${
            status.etaMs === null ? '' : ` · about ${seconds(status.etaMs)} left`
          }</span
        >
        <button type="button" @click=${() => session.cancel()}>Cancel</button>
        <span class="visually-hidden" role="status">${spoken}</span>
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
