/**
 * The file of a Monte Carlo aggregate: one writer for the command line's `--out` and the app's
 * Download aggregate (so the two give the same bytes), and one reader for merging.
 *
 * The file is the aggregate's JSON on one line with a content digest, `"digest":
 * "sha256:..."`, the SHA-256 of the canonical JSON of everything else (keys sorted, no
 * spacing). The reader refuses, each problem named: a file whose digest does not match (a
 * byte changed after it was written), a file of the wrong shape (study-schema.ts), and a file
 * whose figures contradict each other (study-invariants.ts). Files of the previous version
 * (continuity-montecarlo/2, the same fields without a digest) are read with a warning.
 */
import { canonicalJson } from '../../core/canonical-json.ts';
import { sha256 } from '../../core/sha256.ts';
import { checkShape } from './study-schema.ts';
import { studyProblems } from './study-invariants.ts';
import {
  FORMAT,
  FORMAT_BEFORE_INJECTS,
  FORMAT_WITHOUT_DIGEST,
  StudyAggregate,
  type StudyJson,
} from './study-aggregate.ts';

const DIGEST = 'sha256:';
/** Problems listed in a refusal; the rest are counted. */
const SHOWN = 20;

/** A file that is not a sound aggregate: each problem names its place and what is wrong. */
export class ShardError extends Error {
  constructor(readonly problems: readonly string[]) {
    const more = problems.length - SHOWN;
    super(
      [...problems.slice(0, SHOWN), ...(more > 0 ? [`and ${more} more problems`] : [])].join('\n'),
    );
  }
}

/** The digest of an aggregate's content (any `digest` field it has left out). */
export function studyDigest(content: object): string {
  const { digest: _, ...rest } = content as Record<string, unknown>;
  return `${DIGEST}${sha256(canonicalJson(rest))}`;
}

/** The bytes of the aggregate's file: its JSON with its digest, on one line. */
export function studyFileText(study: StudyAggregate | StudyJson): string {
  const json = study instanceof StudyAggregate ? study.toJSON() : study;
  return `${JSON.stringify({ ...json, digest: studyDigest(json) })}\n`;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks the format and the digest; returns the content and any warning. */
function unseal(value: unknown): { content: Record<string, unknown>; warnings: string[] } {
  if (!isRecord(value))
    throw new ShardError(['not a Monte Carlo aggregate: the file holds no JSON object']);
  const { format, digest, ...content } = value;
  if (format === FORMAT_BEFORE_INJECTS)
    throw new ShardError([
      `an aggregate from an earlier version (${format}), whose runs all had the scenario's scripted injects; run the study again`,
    ]);
  if (format === FORMAT_WITHOUT_DIGEST) {
    if (digest !== undefined)
      throw new ShardError([
        `a ${format} file has no digest, yet this one has one: the file was changed after it was written`,
      ]);
    return {
      content: { format: FORMAT, ...content },
      warnings: [
        `written by an earlier version (${format}) without a content digest: its figures were checked against each other, but a changed figure cannot be detected; run its shard again for a sealed file`,
      ],
    };
  }
  if (format !== FORMAT)
    throw new ShardError([
      `not a Monte Carlo aggregate (format ${JSON.stringify(format) ?? 'missing'}; this version reads ${FORMAT})`,
    ]);
  if (digest === undefined)
    throw new ShardError([
      `it has no content digest ("digest"), which every ${FORMAT} file has: the file was changed after it was written`,
    ]);
  let expected: string;
  try {
    expected = studyDigest(value);
  } catch (error) {
    throw new ShardError([`not a Monte Carlo aggregate: the JSON is ${(error as Error).message}`]);
  }
  if (digest !== expected)
    throw new ShardError([
      'its content digest does not match: the file was changed after it was written',
    ]);
  return { content: { format, ...content }, warnings: [] };
}

/**
 * Reads the text of an aggregate file; throws a ShardError listing what is wrong, so that no
 * impossible figure reaches a merge or a report.
 */
export function readStudyFile(text: string): { study: StudyAggregate; warnings: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ShardError([`not JSON (${(error as Error).message})`]);
  }
  const { content, warnings } = unseal(value);
  const shape = checkShape(content);
  if (!shape.ok) throw new ShardError(shape.problems);
  const problems = studyProblems(shape.json);
  if (problems.length > 0) throw new ShardError(problems);
  try {
    return { study: StudyAggregate.fromJSON(shape.json as StudyJson), warnings };
  } catch (error) {
    throw new ShardError([(error as Error).message]);
  }
}
