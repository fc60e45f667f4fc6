/**
 * Reading a file the planner brings (picked, dropped or pasted): any readable version of the
 * format is migrated; a bad file gives its errors as lines a person can act on and changes
 * nothing. Files are decoded from their bytes (UTF-8, or UTF-16 by its mark) and read in a
 * worker, so a large file never freezes the page.
 */
import type { LoadResult } from '../../scenario/parse.ts';
import { parseAnyVersion, type AnyVersionResult } from '../../scenario/migrate.ts';
import { formatIssue } from '../../scenario/index.ts';
import type { FileAnswer } from '../../scenario/read-file.ts';
import { readFileOffThread, readOffThread } from '../controllers/read-file-client.ts';

export type Imported =
  | {
      readonly ok: true;
      readonly text: string;
      readonly name: string;
      readonly notes: readonly string[];
      /** The loader's answer for `text`, so the editor need not read it again. */
      readonly parsed: LoadResult;
    }
  | { readonly ok: false; readonly fileName: string; readonly errors: readonly string[] };

function imported(fileName: string, r: AnyVersionResult, notes: readonly string[] = []): Imported {
  if (!r.ok)
    return {
      ok: false,
      fileName,
      errors: [...r.errors, ...r.warnings].map((i) => formatIssue(i, fileName)),
    };
  return {
    ok: true,
    text: r.text,
    name: r.scenario.name,
    notes: [
      ...notes,
      ...(r.migratedFrom ? [`Migrated from ${r.migratedFrom}.`] : []),
      ...r.notes,
      ...r.warnings.map((i) => formatIssue(i, fileName)),
    ],
    parsed: r,
  };
}

function answered(fileName: string, answer: FileAnswer<'import'>): Imported {
  if (!answer.ok) return { ok: false, fileName, errors: [formatIssue(answer.error, fileName)] };
  const encoding =
    answer.encoding === 'UTF-8'
      ? []
      : [`Read as ${answer.encoding}; the scenario is kept in UTF-8 from now on.`];
  return imported(fileName, answer.result, encoding);
}

/** Reads text in place (on the calling thread). */
export function importScenarioText(fileName: string, text: string): Imported {
  return imported(fileName, parseAnyVersion(text, fileName));
}

/** Reads a picked or dropped file off the main thread. */
export async function importFile(file: Blob & { readonly name: string }): Promise<Imported> {
  return answered(file.name, await readFileOffThread('import', file));
}

/** Reads pasted text off the main thread. */
export async function importPasted(fileName: string, text: string): Promise<Imported> {
  return answered(fileName, await readOffThread('import', fileName, text));
}
