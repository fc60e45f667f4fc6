/**
 * A Vite plugin: each bundled scenario (`scenarios/*.yaml`) read once at build time, by the same
 * reader the page and the command line use (src/scenario), so that opening the app does not read
 * the bank on the page first (~80 ms of YAML, zod and the holiday engine on a cold page, and
 * Germany's data fetched before it) and the simulation worker can start its first run at once:
 *  - `virtual:prebuilt-scenario/<id>`: `{ scenario, variants, warnings }`, the reader's result;
 *  - `virtual:prebuilt-scenarios`: `{ '<id>': () => import('virtual:prebuilt-scenario/<id>') }`.
 * A file the reader refuses is left out: the page reads it and shows its errors as before. The
 * scenario is plain data (no function, no class, no non-finite number: `plainDataProblem` checks
 * it here, and a build with one fails), so JSON carries it exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ALL = 'virtual:prebuilt-scenarios';
const PREFIX = 'virtual:prebuilt-scenario/';

/** Where a value is not plain JSON data (path and why), or null when JSON carries it exactly. */
export function plainDataProblem(value: unknown, path = '$'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number')
    return Number.isFinite(value) && !Object.is(value, -0)
      ? null
      : `${path} is ${Object.is(value, -0) ? '-0' : value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return `${path}[${i}] is a hole`;
      const problem = plainDataProblem(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, v] of Object.entries(value)) {
      const problem = plainDataProblem(v, `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  }
  return `${path} is ${typeof value === 'object' ? value.constructor.name : typeof value}`;
}

const scenarioFolder = (): string => fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** The bundled scenarios by id (the file name without its extension, as `?scenario=` names it). */
function bundledFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(scenarioFolder())
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort())
    files.set(file.replace(/\.(ya?ml|json)$/, ''), file);
  return files;
}

/** The module of one bundled scenario read, or null when the reader refuses it. */
export async function prebuiltModule(fileName: string, text: string): Promise<string | null> {
  // Loaded here, not at the top: the reader (zod, yaml, date-holidays) only when a build asks.
  // (Vite bundles this config with the reader as it is when the dev server starts: an edit of
  // src/scenario shows in these modules after a restart; every build reads them afresh.)
  const { parseScenario } = await import('../scenario/index.ts');
  const result = parseScenario(text, fileName);
  if (!result.ok) return null;
  const data = { scenario: result.scenario, variants: result.variants, warnings: result.warnings };
  const problem = plainDataProblem(data);
  if (problem)
    throw new Error(
      `prebuilt-scenarios: ${fileName} read to a value JSON cannot carry exactly (${problem}); leave it out of the prebuilt scenarios or make the reader return plain data`,
    );
  // JSON.parse of a string literal: faster to compile and run than the same object literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
}

/**
 * `eager`: the loaders hand over modules imported statically (the simulation worker's build: its
 * first run must not wait for one more request after the worker has loaded, ~4 kB gzip a scenario).
 */
export function prebuiltScenarios({ eager = false } = {}): Plugin {
  return {
    name: 'prebuilt-scenarios',
    resolveId(id) {
      if (id === ALL || id.startsWith(PREFIX)) return `\0${id}`;
      return null;
    },
    async load(id) {
      if (id === `\0${ALL}`) {
        const names = [...bundledFiles().keys()];
        if (eager) {
          const imports = names.map((name, i) => `import s${i} from ${JSON.stringify(PREFIX + name)};`);
          const loaders = names.map(
            (name, i) => `${JSON.stringify(name)}: () => Promise.resolve({ default: s${i} })`,
          );
          return `${imports.join('\n')}\nexport default {${loaders.join(',\n')}};`;
        }
        const loaders = names.map(
          (name) => `${JSON.stringify(name)}: () => import(${JSON.stringify(PREFIX + name)})`,
        );
        return `export default {${loaders.join(',\n')}};`;
      }
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      const fileName = bundledFiles().get(name);
      if (fileName === undefined) return 'export default null;';
      const path = join(scenarioFolder(), fileName);
      this.addWatchFile(path);
      return (await prebuiltModule(fileName, readFileSync(path, 'utf8'))) ?? 'export default null;';
    },
  };
}
