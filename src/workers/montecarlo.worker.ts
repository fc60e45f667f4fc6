/// <reference lib="webworker" />
/** A thin Web Worker serving the Monte Carlo pool's protocol (montecarlo-serve.ts). */
import type { FromWorker, ToWorker } from '../analysis/montecarlo/pool-protocol.ts';
import { serveStudies } from './montecarlo-serve.ts';

serveStudies(
  (message: FromWorker, transfer?: ArrayBuffer[]) => postMessage(message, transfer ?? []),
  (handler) => addEventListener('message', (event: MessageEvent<ToWorker>) => handler(event.data)),
);
