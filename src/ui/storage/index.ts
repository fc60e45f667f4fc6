/** The planner's scenario library: scenarios and save points kept in the browser. */
export { type Backend } from './backend.ts';
export { memoryBackend, type MemoryBackendOptions } from './memory.ts';
export { indexedDbBackend } from './indexeddb.ts';
export {
  ScenarioLibrary,
  type LibraryOptions,
  type LibraryWrite,
  type RemovedScenario,
} from './library.ts';
export { Autosaver, type AutosaverOptions, type SaveStatus, type Timers } from './autosave.ts';
export { importLegacyFiles, LEGACY_FILE_PREFIX, LEGACY_IMPORT_MARKER } from './legacy.ts';
export { openBrowserStorage, openScenarioLibrary } from './browser.ts';
export { StorageFullError, isQuotaError } from './errors.ts';
export { SaveConflictError } from './revision.ts';
export { Journal, JournalError, JOURNAL_PREFIX, type JournalEntry } from './journal.ts';
export { planReplay, type ReplayPlan } from './replay.ts';
export { DurableSaver, type Conflict, type DurableSaverOptions } from './durable-saver.ts';
export type { Exercised, SavePoint, ScenarioSource, StoredScenario } from './records.ts';
