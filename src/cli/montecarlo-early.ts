/**
 * Imported first by montecarlo.ts, so evaluated first in its bundle: starts the study's worker
 * threads before the rest of the command line loads (see montecarlo-early-threads.ts).
 */
import process from 'node:process';
import { startEarlyThreads, threadsWanted } from '../workers/montecarlo-early-threads.ts';

// One worker is the main thread (montecarlo.ts: mainThreadWorks).
startEarlyThreads(threadsWanted(process.argv.slice(2)) - 1);
