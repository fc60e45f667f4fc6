/** The planner's scenario library: scenarios and save points kept in the browser. */
export { type Backend } from './backend.ts';
export { memoryBackend, type MemoryBackendOptions } from './memory.ts';
export { indexedDbBackend } from './indexeddb.ts';
export { ScenarioLibrary, type LibraryOptions, type RemovedScenario } from './library.ts';
export { Autosaver, type AutosaverOptions, type SaveStatus, type Timers } from './autosave.ts';
export { importLegacyFiles, LEGACY_FILE_PREFIX, LEGACY_IMPORT_MARKER } from './legacy.ts';
export { openScenarioLibrary } from './browser.ts';
export { StorageFullError, isQuotaError } from './errors.ts';
export type { Exercised, SavePoint, ScenarioSource, StoredScenario } from './records.ts';
