/**
 * Reading a file the planner brings (picked, dropped or pasted): any readable version of the
 * format is migrated; a bad file gives its errors as lines a person can act on and changes
 * nothing.
 */
import { parseAnyVersion } from '../../scenario/migrate.ts';
import { formatIssue } from '../../scenario/index.ts';

export type Imported =
  | {
      readonly ok: true;
      readonly text: string;
      readonly name: string;
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly fileName: string; readonly errors: readonly string[] };

export function importScenarioText(fileName: string, text: string): Imported {
  const r = parseAnyVersion(text, fileName);
  if (!r.ok)
    return {
      ok: false,
      fileName,
      errors: [...r.errors, ...r.warnings].map((i) => formatIssue(i, fileName)),
    };
  const notes = [
    ...(r.migratedFrom ? [`Migrated from ${r.migratedFrom}.`] : []),
    ...r.notes,
    ...r.warnings.map((i) => formatIssue(i, fileName)),
  ];
  return { ok: true, text: r.text, name: r.scenario.name, notes };
}
