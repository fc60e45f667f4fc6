/**
 * The worker_threads entry of the Node Monte Carlo pool (montecarlo-node-worker.ts starts it,
 * bundled into plain JavaScript under tsx): serves the pool's protocol on the parent port.
 */
import { parentPort } from 'node:worker_threads';
import { serveStudies } from './montecarlo-serve.ts';

const port = parentPort;
if (port)
  serveStudies(
    (message) => port.postMessage(message),
    (handler) => port.on('message', handler),
  );
