/**
 * Reading a scenario's text on the page: the scenario reader (zod's schemas, YAML) is imported
 * statically here, and this module dynamically by load.ts, so that the first paint of a bundled
 * scenario (read by the build, src/ui/app/prebuilt.ts) never evaluates it.
 */
import { syntheticScenario } from '../../core/synthetic.ts';
import { parseScenario } from '../../scenario/index.ts';
import { bundledScenarios, findBundledScenario } from '../bundled-scenarios.ts';
import { FILE_PREFIX, loadResult, readItem, storageKey, type LoadState } from './load-state.ts';

/** Parses scenario text; problems become lines a person can act on (file, line, column, path, fix). */
export function loadText(id: string, fileName: string, text: string): LoadState {
  return loadResult(id, fileName, parseScenario(text, fileName));
}

/**
 * Loads a bundled scenario by id, a file the user opened earlier (`file:<name>`, kept in local
 * storage), or a generated one (`generated-50`).
 */
export function loadScenario(id: string, storage: Pick<Storage, 'getItem'> | null): LoadState {
  const generated = /^generated-(\d{1,4})$/.exec(id);
  if (generated) {
    // A generated scenario of N components (2 to 2,000), for trying the tool at scale.
    const components = Math.min(2000, Math.max(2, Number(generated[1])));
    const scenario = syntheticScenario({ components });
    return { kind: 'loaded', id, scenario, variants: [], warnings: [] };
  }
  if (id.startsWith(FILE_PREFIX)) {
    const name = id.slice(FILE_PREFIX.length);
    const text = readItem(storage, storageKey(name));
    if (text !== null) return loadText(id, name, text);
    return {
      kind: 'unknown',
      id,
      available: bundledScenarios.map((s) => s.id),
      reason:
        `The file ${name} is not kept in this browser: it was opened while the browser's ` +
        'storage was full or unavailable, or the browser data was cleared since. Open it again ' +
        'with Open file…; to keep a scenario here, use Edit a copy of this scenario.',
    };
  }
  const file = findBundledScenario(id);
  if (!file) return { kind: 'unknown', id, available: bundledScenarios.map((s) => s.id) };
  return loadText(id, file.fileName, file.text);
}
