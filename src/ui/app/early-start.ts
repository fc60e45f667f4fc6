/**
 * What the page starts before its app's modules are evaluated (src/main.ts imports this first):
 * the simulation worker (its script fetched and compiled meanwhile) and, for a bundled scenario,
 * its reading by the build (prebuilt.ts) and its holidays. Opened plainly on a bundled scenario
 * (nothing but `?scenario=` in the address: a first visit), the worker also starts the run the app
 * is about to ask for (src/workers/early-run.ts). Not in a participant's window
 * (`?view=participant`), which runs no simulation.
 */
import { prebuiltLoader } from '../../workers/prebuilt-loaders.ts';
import { startSimulationWorker } from '../controllers/simulation-runner.ts';
import { DEFAULT_SCENARIO, fetchHolidaysEarly } from './early-holidays.ts';
import { loadPrebuilt } from './prebuilt.ts';

/** The seed of a run opened from an address that names none (app.ts's applyLoad, permalink.ts). */
export const PLAIN_SEED = '1';

/** The bundled scenario of a plain address (nothing but `scenario`), or null. */
export function plainBundledScenario(search: string): string | null {
  const query = new URLSearchParams(search);
  if ([...query.keys()].some((key) => key !== 'scenario')) return null;
  const id = query.get('scenario') ?? DEFAULT_SCENARIO;
  return prebuiltLoader(id) === undefined ? null : id;
}

function earlyStart(search: string): void {
  const query = new URLSearchParams(search);
  if (query.get('view') === 'participant') return;
  const id = query.get('scenario') ?? DEFAULT_SCENARIO;
  const plain = plainBundledScenario(search);
  startSimulationWorker('simulate', plain === null ? undefined : { id: plain, seed: PLAIN_SEED });
  // The page's own copy of the scenario as the build read it, fetched now (the app asks for it).
  const prebuilt = loadPrebuilt(id);
  prebuilt?.catch(() => undefined); // the app's load reads the text instead, and says why
  fetchHolidaysEarly(search, prebuilt !== null);
}

if (typeof location !== 'undefined') earlyStart(location.search);
