/**
 * The command line keeps a scenario file it has read and checked, as the Scenario it became
 * (with its warnings), in a file beside its bundle: a later run of simulate on the same text,
 * under the same name, takes it from there instead of reading YAML, validating and laying out
 * holidays and zones again (~30 ms less at each start on the bank). One file per scenario name
 * and text length, named by the build and host (derived-store.ts) too; the text is kept in it and
 * compared whole, so an edited file (even to the same length) is read again. Only
 * a scenario that survives V8's serialisation unchanged is kept (its values are plain data), and
 * only one that passed: errors are always found afresh. Under tsx (no build) nothing is kept.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { Scenario } from '../core/model.ts';
import type { ScenarioIssue } from '../scenario/index.ts';
import { hashOf, hostKey } from './derived-store.ts';

/** The build's id, defined by build-cli.mjs in the bundles (absent under tsx). */
declare const CS_CLI_BUILD: string | undefined;

export interface ReadScenario {
  readonly scenario: Scenario;
  readonly warnings: readonly ScenarioIssue[];
}

interface Kept extends ReadScenario {
  readonly name: string;
  readonly text: string;
}

export interface ScenarioStore {
  get(name: string, text: string): ReadScenario | null;
  set(name: string, text: string, read: ReadScenario): void;
}

/** Scenarios kept at most (~30 kB each for the bank): a file edited run after run leaves one each. */
export const KEPT_SCENARIOS = 32;

/** Removes all but the `keep` newest scenario files of `folder` (best effort). */
function prune(folder: string, keep: number): void {
  try {
    const files = readdirSync(folder)
      .filter((f) => f.startsWith('scenario.') && f.endsWith('.v8'))
      .map((f) => ({ path: join(folder, f), at: statSync(join(folder, f)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of files.slice(keep)) rmSync(old.path, { force: true });
  } catch {
    // Another run pruned meanwhile, or the folder is read-only: the next run tries again.
  }
}

/** A store of read scenarios in `folder`, for build `build` on this host. */
export function scenarioStore(
  folder: string,
  build: string,
  env = process,
  keep = KEPT_SCENARIOS,
): ScenarioStore {
  const host = hostKey(env);
  // Named by the file's name and its text's length, not a hash of the text (~3-7 ms of CPU for
  // the bank's 12 kB in a fresh process): the text inside is compared whole anyway, so an edit to
  // the same length only replaces the kept version.
  const fileOf = (name: string, text: string) =>
    join(folder, `scenario.${build}.${host}.${hashOf(name)}.${text.length}.v8`);
  return {
    get(name, text) {
      let kept: Partial<Kept>;
      try {
        kept = deserialize(readFileSync(fileOf(name, text))) as Partial<Kept>;
      } catch {
        return null; // not kept (or unreadable): read the file
      }
      if (kept.name !== name || kept.text !== text) return null;
      if (kept.scenario === undefined || !Array.isArray(kept.warnings)) return null;
      return { scenario: kept.scenario, warnings: kept.warnings };
    },
    set(name, text, read) {
      const kept: Kept = { name, text, scenario: read.scenario, warnings: read.warnings };
      // V8's serialisation keeps what JSON would not: shared objects stay shared (a service's
      // calendar is the scenario's, and caches keyed by it still hit), Infinity stays Infinity.
      const bytes = serialize(kept);
      if (!isDeepStrictEqual(deserialize(bytes), kept)) return; // not plain data: read it each time
      const file = fileOf(name, text);
      try {
        // Through a temporary file renamed over it: a run started meanwhile reads all or nothing.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, bytes);
        renameSync(temporary, file);
        prune(folder, keep);
      } catch {
        // A store is an optimisation: a read-only folder only makes the next run slower.
      }
    },
  };
}

/** This build's store, or null under tsx. */
export function buildScenarioStore(): ScenarioStore | null {
  return typeof CS_CLI_BUILD === 'string' ? scenarioStore(import.meta.dirname, CS_CLI_BUILD) : null;
}
