/// <reference lib="webworker" />
/**
 * A thin worker around one run of a scenario and what the views derive from it
 * (analysis/run-data.ts), so that the page stays responsive however long the run takes.
 */
import { runData } from '../analysis/run-data.ts';
import { EventBudgetError } from '../core/event-budget.ts';
import type { SimulateRequest, SimulateResponse } from './simulate-protocol.ts';

const post = (message: SimulateResponse): void => postMessage(message);

/** The newest request's id: requests queued behind it (while loading or running) are moot. */
let newest = 0;

addEventListener('message', (event: MessageEvent<SimulateRequest>) => {
  const request = event.data;
  newest = request.id;
  // Every message already queued is read before this timer fires, so only the newest runs.
  setTimeout(() => {
    if (request.id === newest) answer(request);
  }, 0);
});

function answer(request: SimulateRequest): void {
  const { id } = request;
  post({ id, type: 'started' });
  try {
    post({ id, type: 'done', data: runData(request, (t) => post({ id, type: 'progress', t })) });
  } catch (error) {
    if (error instanceof EventBudgetError)
      post({ id, type: 'refused', message: error.message, refusal: error.refusal });
    else
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
