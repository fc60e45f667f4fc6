/// <reference lib="webworker" />
/**
 * A thin worker around one run of a scenario and what the views derive from it
 * (analysis/run-data.ts), so that the page stays responsive however long the run takes.
 */
import { runData } from '../analysis/run-data.ts';
import { EventBudgetError } from '../core/event-budget.ts';
import type { SimulateRequest, SimulateResponse } from './simulate-protocol.ts';

const post = (message: SimulateResponse): void => postMessage(message);

addEventListener('message', (event: MessageEvent<SimulateRequest>) => {
  const request = event.data;
  const { id } = request;
  try {
    post({ id, type: 'done', data: runData(request, (t) => post({ id, type: 'progress', t })) });
  } catch (error) {
    if (error instanceof EventBudgetError)
      post({ id, type: 'refused', message: error.message, refusal: error.refusal });
    else
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
