/**
 * Merging aggregate files (`npm run montecarlo:merge`): each file read and checked on its own
 * (study-file.ts), then merged in order; a refusal names the file and what is wrong with it, or
 * the two files that cannot go together. A merged study that misses some of its planned runs
 * says which (the command line refuses it unless --allow-partial).
 */
import type { StudyAggregate } from './study-aggregate.ts';
import { MergeError, describeRanges } from './study-aggregate.ts';
import { ShardError, readStudyFile } from './study-file.ts';

export interface NamedFile {
  /** How the user named the file (its path), for messages. */
  readonly name: string;
  readonly text: string;
}

export interface MergedFiles {
  readonly study: StudyAggregate;
  /** Files read with a warning (no digest), each warning with the file's name. */
  readonly warnings: readonly string[];
  /** The planned runs no file covers, as a sentence (see missingRuns), or null. */
  readonly missing: string | null;
}

/** The sentence for runs that are missing, e.g. `runs 5000-9999 of the 10,000 planned are missing`. */
export function missingRuns(study: StudyAggregate): string | null {
  const gaps = study.missing();
  if (gaps.length === 0) return null;
  const count = gaps.reduce((n, [a, b]) => n + b - a, 0);
  const planned = study.header.plannedRuns.toLocaleString('en-US');
  return `runs ${describeRanges(gaps)} missing: ${count.toLocaleString('en-US')} of the ${planned} planned run${study.header.plannedRuns === 1 ? '' : 's'} (the files cover ${describeRanges(study.ranges)})`;
}

/** Reads one file; a ShardError's problems are prefixed with the file's name. */
function readOne(file: NamedFile): { study: StudyAggregate; warnings: string[] } {
  try {
    const read = readStudyFile(file.text);
    return { study: read.study, warnings: read.warnings.map((w) => `${file.name}: ${w}`) };
  } catch (error) {
    if (!(error instanceof ShardError)) throw error;
    throw new ShardError(error.problems.map((p) => `${file.name}: ${p}`));
  }
}

export function mergeStudyFiles(files: readonly NamedFile[]): MergedFiles {
  if (files.length === 0) throw new ShardError(['no aggregate file to merge']);
  const read = files.map(readOne);
  const warnings = read.flatMap((r) => r.warnings);
  const merged = read[0]!.study;
  read.slice(1).forEach((r, i) => {
    try {
      merged.merge(r.study);
    } catch (error) {
      if (!(error instanceof MergeError)) throw error;
      const before = files.slice(0, i + 1).map((f) => f.name);
      throw new ShardError([
        `${files[i + 1]!.name} cannot be merged with ${before.join(', ')}: ${error.message}.`,
      ]);
    }
  });
  return { study: merged, warnings, missing: missingRuns(merged) };
}
