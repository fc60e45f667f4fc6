/// <reference lib="webworker" />
/**
 * A thin worker around one run of a scenario and what the views derive from it
 * (analysis/run-data.ts), so that the page stays responsive however long the run takes. Asked in
 * its name, it makes its first run before the page asks for it, and posts it (early-run.ts).
 */
import { runData, runViews, type RunData, type RunViews } from '../analysis/run-data.ts';
import { EventBudgetError } from '../core/event-budget.ts';
import { fingerprint } from '../core/fingerprint.ts';
import type { Trace } from '../core/trace.ts';
import { startEarlyRun, type Outcome } from './early-run.ts';
import {
  earlyRunOf,
  type EarlyAnswer,
  type EarlyFingerprint,
  type RunAnswer,
  type SimulateRequest,
  type SimulateResponse,
} from './simulate-protocol.ts';

const post = (message: SimulateResponse | EarlyAnswer | EarlyFingerprint): void =>
  postMessage(message);

// Asked by the page's entry, in this worker's name: its first run, begun now and posted when
// done; its fingerprint is worked out once the answer is on its way (the page draws it meanwhile).
const asked = earlyRunOf(self.name);
if (asked)
  startEarlyRun(asked, (request) => runViews(request))?.then(
    ({ outcome, times }) => {
      post({ id: 0, type: 'early', answer: answer<RunViews>(0, outcome), times });
      if (outcome.ok) post(earlyFingerprint(outcome.value.trace));
    },
    () => undefined, // its scenario did not arrive: the page's request runs as usual
  );

/** The early run's fingerprint, or why there is none (the page's wait for it always ends). */
function earlyFingerprint(trace: Trace): EarlyFingerprint {
  try {
    return { id: 0, type: 'early-fingerprint', fingerprint: fingerprint(trace) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      id: 0,
      type: 'early-fingerprint',
      fingerprint: null,
      error: `the run's fingerprint could not be worked out: ${why}`,
    };
  }
}

/** The newest request's id: requests queued behind it (while loading or running) are moot. */
let newest = 0;

addEventListener('message', (event: MessageEvent<SimulateRequest>) => {
  const request = event.data;
  newest = request.id;
  // Every message already queued is read before this timer fires, so only the newest runs.
  setTimeout(() => {
    if (request.id === newest) run(request);
  }, 0);
});

function run(request: SimulateRequest): void {
  const { id } = request;
  post({ id, type: 'started' });
  let outcome: Outcome<RunData>;
  try {
    outcome = { ok: true, value: runData(request, (t) => post({ id, type: 'progress', t })) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  post(answer(id, outcome));
}

function answer<T = RunData>(
  id: number,
  outcome: Outcome<T>,
): Exclude<RunAnswer, { type: 'done' }> | { id: number; type: 'done'; data: T } {
  if (outcome.ok) return { id, type: 'done', data: outcome.value };
  const { error } = outcome;
  if (error instanceof EventBudgetError)
    return { id, type: 'refused', message: error.message, refusal: error.refusal };
  return { id, type: 'error', message: error instanceof Error ? error.message : String(error) };
}
