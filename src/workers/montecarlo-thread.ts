/**
 * The worker_threads entry of the Node Monte Carlo pool (montecarlo-node-worker.ts starts it,
 * bundled into plain JavaScript under tsx): serves the pool's protocol on the parent port.
 */
import { parentPort } from 'node:worker_threads';
import { serveStudies } from './montecarlo-serve.ts';

const port = parentPort;
if (port)
  serveStudies(
    // Copied, never moved with a transfer list: in Node's V8 the first detached buffer makes
    // every later typed-array access in the thread check for detachment, and its runs were
    // ~10-15 % slower. (The browser's workers move them: montecarlo.worker.ts.)
    (message) => port.postMessage(message),
    (handler) => port.on('message', handler),
  );
