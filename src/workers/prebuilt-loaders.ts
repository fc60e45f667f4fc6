/**
 * The bundled scenarios as the build read them (src/build/prebuilt-scenarios.ts), by id, for the
 * page (src/ui/app/prebuilt.ts) and the simulation worker (early-run.ts): each a chunk of its own.
 */
import loaders from 'virtual:prebuilt-scenarios';
import type { PrebuiltScenario } from '../scenario/prebuilt.ts';

type Loader = () => Promise<{ readonly default: PrebuiltScenario | null }>;

/** The plugin writes the reader's result for a file it accepts, null for one it refuses. */
const typed = loaders as Readonly<Record<string, Loader>>;

/** The loader of bundled scenario `id`, if it is one. */
export function prebuiltLoader(id: string): Loader | undefined {
  return Object.hasOwn(typed, id) ? typed[id] : undefined;
}
