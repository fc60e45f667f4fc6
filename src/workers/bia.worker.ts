/// <reference lib="webworker" />
/** A thin worker around the BIA and the advisor, so the page stays responsive while they run. */
import { advise } from '../analysis/advisor/index.ts';
import { runBia } from '../analysis/bia/index.ts';
import type { BiaRequest, BiaResponse } from './bia-protocol.ts';

const post = (message: BiaResponse): void => postMessage(message);

addEventListener('message', (event: MessageEvent<BiaRequest>) => {
  const { id, scenario, triples } = event.data;
  try {
    let reported = -1;
    const bia = runBia(scenario, {
      triples,
      heatmap: { rows: 12 },
      onProgress: (done, total) => {
        // At most one message per percent.
        const percent = Math.floor((done / Math.max(1, total)) * 100);
        if (percent !== reported) {
          reported = percent;
          post({ id, type: 'progress', done, total });
        }
      },
    });
    post({ id, type: 'done', bia, findings: advise(scenario, bia) });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
