import { DurableSaver, type DurableSaverOptions } from './durable-saver.ts';
import { indexedDbBackend } from './indexeddb.ts';
import { Journal } from './journal.ts';
import { importLegacyFiles } from './legacy.ts';
import { ScenarioLibrary, type LibraryOptions } from './library.ts';
import { localStore } from './local-storage.ts';
import { openTabChannel, type TabWrite } from './tab-channel.ts';
import { tabPresence } from './tab-presence.ts';

/**
 * The library as the page uses it: in IndexedDB (or memory, when the browser refuses it), on the
 * wall clock, with the files earlier versions kept in localStorage brought in on first open.
 * Check `library.persistent` to warn that changes will be lost when the tab closes.
 */
export async function openScenarioLibrary(
  options: Pick<LibraryOptions, 'writer' | 'onWrite'> = {},
): Promise<ScenarioLibrary> {
  const library = new ScenarioLibrary(await indexedDbBackend(), {
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    ...options,
  });
  const storage = localStore();
  if (storage) {
    try {
      await importLegacyFiles(storage, library);
    } catch {
      // Storage full: the old files stay in localStorage, and the import is tried on the next open.
    }
  }
  return library;
}

export interface BrowserStorage {
  readonly library: ScenarioLibrary;
  readonly saver: DurableSaver;
}

/**
 * The library and the saver of this page: a writer id held as a Web Lock while the page lives,
 * the write-ahead journal in localStorage, and the channel on which the tabs tell each other
 * about their writes (`onOtherTab` hears the others').
 */
export async function openBrowserStorage(
  saver: Pick<DurableSaverOptions, 'textOf' | 'onFollow' | 'onChange'>,
  onOtherTab: (write: TabWrite) => void,
): Promise<BrowserStorage> {
  const presence = tabPresence();
  const channel = openTabChannel(onOtherTab);
  const library = await openScenarioLibrary({
    writer: presence.writer,
    onWrite: (write) => channel.post({ ...write, writer: presence.writer }),
  });
  const journal = new Journal(localStore(), presence.writer);
  return {
    library,
    saver: new DurableSaver({ library, journal, presence, now: () => Date.now(), ...saver }),
  };
}
