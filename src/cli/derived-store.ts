/**
 * The command line keeps what it derives from date-holidays and from the host's zone data in a
 * file beside its bundle, one per build and Node: the holiday closures of a set and year
 * (src/scenario/holidays.ts's ClosureStore) and the canonical names and rules of time zones
 * (src/scenario/time-zone.ts's ZoneStore). A later run of any tool on a scenario with the same
 * sets, zone and span reads them there and loads neither date-holidays' parser nor its data,
 * nor starts Intl (~35 ms less at each start of simulate on the bank). A build is made again
 * whenever a source or a package changes (launch.cjs) and the file is named by the build, the
 * Node version, its zone data and TZ, so a file never outlives what wrote it. Under tsx (no
 * build) nothing is kept.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setClosureStore, type HolidayClosure } from '../scenario/holidays.ts';
import { setZoneStore } from '../scenario/time-zone.ts';

/** The build's id, defined by build-cli.mjs in the bundles (absent under tsx). */
declare const CS_CLI_BUILD: string | undefined;

type Entries = Record<string, unknown>;

export interface Store {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

function read(file: string): Entries {
  try {
    const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return entries !== null && typeof entries === 'object' ? (entries as Entries) : {};
  } catch {
    return {}; // none yet (or unreadable): everything is worked out again
  }
}

function save(file: string, entries: Entries): void {
  try {
    // Through a temporary file renamed over it: a run started meanwhile reads all or nothing.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entries));
    renameSync(temporary, file);
  } catch {
    // A store is an optimisation: a read-only folder only makes the next run slower.
  }
}

/** A store in `file`, read on first use and written at exit when something was added. */
export function fileStore(file: string): Store {
  let entries: Entries | null = null;
  let added = false;
  const load = (): Entries => (entries ??= read(file));
  return {
    get: (key) => (Object.hasOwn(load(), key) ? load()[key] : undefined),
    set: (key, value) => {
      load()[key] = value;
      if (!added) process.once('exit', () => save(file, load()));
      added = true;
    },
  };
}

/** A short hash of a text (FNV-1a, 32 bits, in base 36), for a file name. */
export function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * What derived data depends on besides the build: Node's version and zone data, and TZ (the
 * closures were found not to depend on it; naming it costs nothing), as a short hash.
 */
export function hostKey(env = process): string {
  return hashOf(
    [env.version, env.versions.tz ?? '', env.versions.icu ?? '', env.env.TZ ?? ''].join(' '),
  );
}

/** The file of a build's derived data for this host (hostKey). */
export function storeFile(folder: string, build: string, env = process): string {
  return join(folder, `derived.${build}.${hostKey(env)}.json`);
}

/** Holidays and zones kept in `store`, each under keys of their own. */
export function useStore(store: Store): void {
  setClosureStore({
    // A list as written, or nothing (a file edited into another shape is not trusted).
    get: (key) => {
      const closures = store.get(`holidays:${key}`);
      return Array.isArray(closures) ? (closures as HolidayClosure[]) : undefined;
    },
    set: (key, closures) => store.set(`holidays:${key}`, closures),
  });
  setZoneStore({
    get: (key) => store.get(`zone:${key}`),
    set: (key, value) => store.set(`zone:${key}`, value),
  });
}

if (typeof CS_CLI_BUILD === 'string')
  useStore(fileStore(storeFile(import.meta.dirname, CS_CLI_BUILD)));
