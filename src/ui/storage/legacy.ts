import type { ScenarioLibrary } from './library.ts';
import type { StoredScenario } from './records.ts';

/** Where earlier versions of the app kept opened files in localStorage (see app/load.ts). */
export const LEGACY_FILE_PREFIX = 'continuity-simulator:file:';

/** Kept in the library itself, so a library that did not survive (private mode) imports again. */
export const LEGACY_IMPORT_MARKER = 'legacy-files-imported';

/**
 * Copies the files earlier versions kept in localStorage into the library, once: later calls
 * import nothing, even if the planner has since deleted an imported scenario. The files are left
 * in localStorage, where `file:` links still find them. Returns the scenarios created.
 */
export async function importLegacyFiles(
  storage: Pick<Storage, 'length' | 'key' | 'getItem'>,
  library: Pick<ScenarioLibrary, 'create' | 'list' | 'hasMarker' | 'setMarker'>,
): Promise<StoredScenario[]> {
  if (await library.hasMarker(LEGACY_IMPORT_MARKER)) return [];
  // An import cut short (storage full) is resumed without copying any file twice.
  const already = new Set(
    (await library.list()).map((s) =>
      s.source.kind === 'file' ? s.source.name + '\n' + s.text : '',
    ),
  );
  const created: StoredScenario[] = [];
  for (const fileName of legacyFileNames(storage)) {
    const text = storage.getItem(LEGACY_FILE_PREFIX + fileName);
    if (text === null || already.has(fileName + '\n' + text)) continue;
    const name = fileName.replace(/\.(ya?ml|json)$/i, '').trim() || 'Imported scenario';
    created.push(await library.create(name, text, { kind: 'file', name: fileName }));
  }
  await library.setMarker(LEGACY_IMPORT_MARKER);
  return created;
}

/** The file names under the legacy prefix, sorted so the import order never depends on the browser. */
function legacyFileNames(storage: Pick<Storage, 'length' | 'key'>): string[] {
  const names: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(LEGACY_FILE_PREFIX)) names.push(key.slice(LEGACY_FILE_PREFIX.length));
  }
  return names.sort();
}
