/**
 * What the page starts before its app's modules are evaluated (src/main.ts imports this first):
 * the simulation worker (its script fetched and compiled meanwhile) and, for a bundled scenario
 * with public holidays, the holiday engine and its countries' data. Not in a participant's
 * window (`?view=participant`), which runs no simulation.
 */
import { startSimulationWorker } from '../controllers/simulation-runner.ts';
import './early-holidays.ts';

if (
  typeof location !== 'undefined' &&
  new URLSearchParams(location.search).get('view') !== 'participant'
)
  startSimulationWorker();
