import { formatIssue } from '../../scenario/issues.ts';
import { readFileOffThread, readOffThread } from '../controllers/read-file-client.ts';
import { findBundledScenario } from '../bundled-scenarios.ts';
import { isQuotaError } from '../storage/errors.ts';
import { holidaysReady } from './holiday-loader.ts';
import { FILE_PREFIX, loadResult, readItem, storageKey, type LoadState } from './load-state.ts';
import { loadPrebuilt } from './prebuilt.ts';

/**
 * Opens a local file: its bytes are decoded and parsed in a worker, so a large file never
 * freezes the page. The text comes back too (null when the bytes could not be read as text).
 */
export async function openFile(
  id: string,
  file: Blob & { readonly name: string },
): Promise<{ state: LoadState; text: string | null }> {
  const answer = await readFileOffThread('open', file);
  if (!answer.ok)
    return {
      state: {
        kind: 'invalid',
        id,
        fileName: file.name,
        errors: [formatIssue(answer.error, file.name)],
      },
      text: null,
    };
  return { state: loadResult(id, file.name, answer.result), text: answer.text };
}

let latest = 0;

/** A later choice of scenario: a load still waiting for its holiday data is dropped. */
export function supersedeLoads(): void {
  latest++;
}

/**
 * `loadScenario`, once the holiday data the scenario names is fetched and the reader
 * (load-read.ts, a chunk of its own) is loaded: a moment later, never synchronously. A bundled
 * scenario comes as the build read it (a small chunk, src/ui/app/prebuilt.ts). Only the latest
 * choice is applied.
 */
export function loadScenarioReady(
  id: string,
  storage: Pick<Storage, 'getItem'> | null,
  apply: (state: LoadState) => void,
): void {
  const ticket = ++latest;
  // A bundled scenario as the build read it: nothing to read here, no holiday data to wait for.
  const prebuilt = loadPrebuilt(id);
  if (prebuilt !== null) {
    prebuilt.then(
      (read) => {
        if (ticket !== latest) return;
        if (read === null) loadScenarioParsed(id, storage, apply, ticket);
        else
          apply({
            kind: 'loaded',
            id,
            scenario: read.scenario,
            variants: read.variants,
            warnings: read.warnings.map((issue) =>
              formatIssue(issue, findBundledScenario(id)?.fileName ?? id),
            ),
          });
      },
      // Its chunk did not arrive: read the text instead (it says why if that fails too).
      () => ticket === latest && loadScenarioParsed(id, storage, apply, ticket),
    );
    return;
  }
  loadScenarioParsed(id, storage, apply, ticket);
}

/** `loadScenarioReady` by reading the text, once the holiday data it names is fetched. */
function loadScenarioParsed(
  id: string,
  storage: Pick<Storage, 'getItem'> | null,
  apply: (state: LoadState) => void,
  ticket: number,
): void {
  const file = id.startsWith(FILE_PREFIX)
    ? {
        fileName: id.slice(FILE_PREFIX.length),
        text: readItem(storage, storageKey(id.slice(FILE_PREFIX.length))),
      }
    : (findBundledScenario(id) ?? null);
  const ready = file?.text ? holidaysReady(file.text, file.fileName, id) : null;
  if (ready === null || file === null) {
    readNow(id, storage, apply, ticket);
    return;
  }
  ready.then(
    () => ticket === latest && readNow(id, storage, apply, ticket),
    (error: unknown) =>
      ticket === latest &&
      apply({
        kind: 'invalid',
        id,
        fileName: file.fileName,
        errors: [error instanceof Error ? error.message : String(error)],
      }),
  );
}

/**
 * `loadScenario` once the scenario reader (zod's schemas, YAML) has arrived: it is a chunk of its
 * own, loaded only when a scenario is read on the page, so that the first paint of a bundled
 * scenario (read by the build) never evaluates it (~60 ms of a cold load's main thread).
 */
function readNow(
  id: string,
  storage: Pick<Storage, 'getItem'> | null,
  apply: (state: LoadState) => void,
  ticket: number,
): void {
  import('./load-read.ts').then(
    ({ loadScenario }) => ticket === latest && apply(loadScenario(id, storage)),
    (error: unknown) =>
      ticket === latest &&
      apply({
        kind: 'invalid',
        id,
        fileName: findBundledScenario(id)?.fileName ?? id,
        errors: [
          `The page's scenario reader could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page.`,
        ],
      }),
  );
}

/**
 * A file the user opened earlier (`file:<name>`, kept in local storage), read again in a
 * worker as when it was opened; null for any other id.
 */
export function loadRememberedFile(
  id: string,
  storage: Pick<Storage, 'getItem'> | null,
): Promise<LoadState> | null {
  if (!id.startsWith(FILE_PREFIX)) return null;
  const name = id.slice(FILE_PREFIX.length);
  let text: string | null;
  try {
    text = storage?.getItem(storageKey(name)) ?? null;
  } catch {
    text = null; // storage refused: loadScenario says why the file is not found
  }
  if (text === null) return null;
  return readOffThread('open', name, text).then((answer) =>
    answer.ok
      ? loadResult(id, name, answer.result)
      : { kind: 'invalid', id, fileName: name, errors: [formatIssue(answer.error, name)] },
  );
}

/** Where an opened file went: its id, and why a reload will not find it (null when it will). */
export interface RememberedFile {
  readonly id: string;
  readonly problem: string | null;
}

/**
 * Keeps an opened file so that a reload (or the permalink in this browser) finds it again. When
 * the browser's storage is full or unavailable the file stays open from memory, an older file of
 * the same name is forgotten (a reload must never show it instead), and `problem` says what to do.
 */
export function rememberFile(
  name: string,
  text: string,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
): RememberedFile {
  const id = FILE_PREFIX + name;
  if (!storage) return { id, problem: notKept(name, false) };
  try {
    storage.setItem(storageKey(name), text);
    return { id, problem: null };
  } catch (error) {
    try {
      storage.removeItem(storageKey(name));
    } catch {
      // Nothing stored can be reached either: nothing older will be shown.
    }
    return { id, problem: notKept(name, isQuotaError(error)) };
  }
}

function notKept(name: string, full: boolean): string {
  const keep = full
    ? "this browser's storage is full. It stays open in this tab until you close or reload it. " +
      'To keep it, use Keep it with my scenarios (an editable copy, stored apart), or free some ' +
      'room (export, then delete old scenarios or versions) and open it again.'
    : 'this browser does not let the page store data here (private window, or storage ' +
      'disabled). It stays open in this tab until you close or reload it; keep the file, and ' +
      'open it again then.';
  return `${name} is open, but it is not kept for a reload: ${keep}`;
}
