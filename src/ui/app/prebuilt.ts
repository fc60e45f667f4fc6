/**
 * The bundled scenarios as the build read them (src/build/prebuilt-scenarios.ts): opening the app
 * on one takes it from a small chunk instead of reading its text on the page, and the simulation
 * worker, which gets the same chunk, can run it before the page asks (src/workers/early-run.ts).
 * The runner knows a scenario came from here by the object itself (`markPrebuilt`), so a request
 * for it is recognised without comparing its contents.
 */
import { prebuiltLoader } from '../../workers/prebuilt-loaders.ts';
import type { PrebuiltScenario } from '../../scenario/prebuilt.ts';
import { markPrebuilt } from '../controllers/simulation-runner.ts';
const loading = new Map<string, Promise<PrebuiltScenario | null>>();

/** The bundled scenario `id` as the build read it; null when it has none (the page reads it). */
export function loadPrebuilt(id: string): Promise<PrebuiltScenario | null> | null {
  const loader = prebuiltLoader(id);
  if (loader === undefined) return null;
  let found = loading.get(id);
  if (found === undefined) {
    found = loader().then(({ default: prebuilt }) => {
      if (prebuilt) markPrebuilt(prebuilt.scenario, id);
      return prebuilt;
    });
    // A failed fetch is forgotten, so that the next choice tries again.
    found.catch(() => loading.delete(id));
    loading.set(id, found);
  }
  return found;
}
