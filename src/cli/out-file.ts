/**
 * `--out FILE` for the command-line tools: checked before any work is done (a study of an hour
 * must not end in "no such folder"), and written so that the work is never lost: when the file
 * cannot be written after all (the disk filled up, the folder went away), the text is kept in a
 * temporary file whose path the error gives.
 */
import { accessSync, constants, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cli-basics.ts';

const code = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Refuses, before anything runs, an --out path that cannot be written. */
export function checkOutFile(path: string): void {
  const folder = dirname(path);
  let stats;
  try {
    stats = statSync(folder);
  } catch {
    throw new CliError(
      `--out ${path}: the folder ${folder} does not exist. Create it first (mkdir -p ${folder}) or choose another path; nothing was run.`,
    );
  }
  if (!stats.isDirectory())
    throw new CliError(`--out ${path}: ${folder} is a file, not a folder; nothing was run.`);
  let target;
  try {
    target = statSync(path);
  } catch {
    target = null;
  }
  if (target?.isDirectory())
    throw new CliError(
      `--out ${path}: that is a folder; give a file name, e.g. --out ${join(path, 'study.json')}; nothing was run.`,
    );
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new CliError(
      `--out ${path}: cannot write in the folder ${folder} (${code(error)}); nothing was run.`,
    );
  }
}

/**
 * Writes the file; when that fails, keeps the text in a temporary file and returns a CliError
 * to throw once the rest of the output is out (null when the file was written).
 */
export function writeOutFile(path: string, text: string): CliError | null {
  try {
    writeFileSync(path, text);
    return null;
  } catch (error) {
    let kept: string;
    try {
      kept = join(mkdtempSync(join(tmpdir(), 'continuity-')), basename(path));
      writeFileSync(kept, text);
    } catch {
      return new CliError(`--out ${path}: cannot write the file (${code(error)}).`);
    }
    return new CliError(
      `--out ${path}: cannot write the file (${code(error)}); it was saved to ${kept} instead.`,
    );
  }
}
