/// <reference lib="webworker" />
/**
 * A thin worker around one run of a scenario and what the views derive from it
 * (analysis/run-data.ts), so that the page stays responsive however long the run takes. Its first
 * run may already be under way when the page asks for it (early-run.ts).
 */
import { runData, type RunData } from '../analysis/run-data.ts';
import { EventBudgetError } from '../core/event-budget.ts';
import { earlyTimes, startEarlyRun, takeEarlyRun, type Outcome } from './early-run.ts';
import {
  earlyRunOf,
  type EarlyTimes,
  type SimulateRequest,
  type SimulateResponse,
} from './simulate-protocol.ts';

const post = (message: SimulateResponse): void => postMessage(message);

/** The newest request's id: requests queued behind it (while loading or running) are moot. */
let newest = 0;

// Asked by the page's entry, in this worker's name: its first run, begun now (early-run.ts).
const asked = earlyRunOf(self.name);
if (asked) startEarlyRun(asked, (request) => runData(request));

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
  const early = takeEarlyRun<RunData>(request);
  post({ id, type: 'started' });
  if (early !== null) {
    // The same run, begun before the page asked (or its chunk failed: run it now).
    early.then(
      (outcome) => reply(id, outcome, earlyTimes() ?? undefined),
      () => reply(id, attempt(request)),
    );
    return;
  }
  reply(id, attempt(request));
}

function attempt(request: SimulateRequest): Outcome<RunData> {
  try {
    const { id } = request;
    return { ok: true, value: runData(request, (t) => post({ id, type: 'progress', t })) };
  } catch (error) {
    return { ok: false, error };
  }
}

function reply(id: number, outcome: Outcome<RunData>, early?: EarlyTimes): void {
  if (outcome.ok) post({ id, type: 'done', data: outcome.value, ...(early && { early }) });
  else if (outcome.error instanceof EventBudgetError)
    post({ id, type: 'refused', message: outcome.error.message, refusal: outcome.error.refusal });
  else
    post({
      id,
      type: 'error',
      message: outcome.error instanceof Error ? outcome.error.message : String(outcome.error),
    });
}
