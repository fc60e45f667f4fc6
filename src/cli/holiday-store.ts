/**
 * The command line keeps the holiday closures it works out (src/scenario/holidays.ts's
 * ClosureStore) in a file beside its bundle, one per build: a later run of any tool on a
 * scenario naming the same sets and years reads them there and loads neither date-holidays'
 * parser nor its data (~20 ms less at each start of simulate on the bank). A build is made
 * again whenever a source or a package changes (launch.cjs), so a file never outlives the code
 * and data that wrote it. Under tsx (no build) nothing is kept.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setClosureStore, type ClosureStore, type HolidayClosure } from '../scenario/holidays.ts';

/** The build's id, defined by build-cli.mjs in the bundles (absent under tsx). */
declare const CS_CLI_BUILD: string | undefined;

type Entries = Record<string, readonly HolidayClosure[]>;

function read(file: string): Entries {
  try {
    const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return entries !== null && typeof entries === 'object' ? (entries as Entries) : {};
  } catch {
    return {}; // none yet (or unreadable): the closures are worked out again
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
export function fileClosureStore(file: string): ClosureStore {
  let entries: Entries | null = null;
  let added = false;
  const load = (): Entries => (entries ??= read(file));
  return {
    // A list as written, or nothing (a file edited into another shape is not trusted).
    get: (key) => {
      const closures = Object.hasOwn(load(), key) ? load()[key] : undefined;
      return Array.isArray(closures) ? closures : undefined;
    },
    set: (key, closures) => {
      load()[key] = closures;
      if (!added) process.once('exit', () => save(file, load()));
      added = true;
    },
  };
}

/** The file of this build's closures (and of the TZ it runs in: they were found not to depend on it). */
export function closureStoreFile(folder: string, build: string, tz = ''): string {
  return join(folder, `holidays.${build}.${encodeURIComponent(tz)}.json`);
}

if (typeof CS_CLI_BUILD === 'string')
  setClosureStore(
    fileClosureStore(closureStoreFile(import.meta.dirname, CS_CLI_BUILD, process.env.TZ)),
  );
