/**
 * Turns zod issues into located-ready issues: picks the branch a person meant in a union,
 * splits message and hint, and reports unknown keys (with the closest known key).
 */
import type { z } from 'zod';
import { splitHint, type PathSegment } from './issues.ts';
import { closest } from './suggest.ts';

export interface RawIssue {
  severity: 'error' | 'warning';
  path: PathSegment[];
  message: string;
  hint: string;
  /** Point at the key rather than its value. */
  atKey?: boolean;
}

type Issue = z.core.$ZodIssue;

const GENERIC_HINT =
  'see public/scenario.schema.json or scenarios/bank-money-transfer.yaml for the format';

/** A union branch that failed on the type of the value itself did not match at all. */
function rejectsOuterShape(issues: readonly Issue[]): boolean {
  return issues.some(
    (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
  );
}

function structuralScore(issues: readonly Issue[]): number {
  let score = 0;
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') score += 2 * issue.keys.length;
    else if (issue.path.length === 1 && issue.code === 'invalid_type' && issue.input === undefined)
      score += 2;
    else score += 1;
  }
  return score;
}

/**
 * An unknown key: its message and its "did you mean" are worked out only if the warning is
 * shown (a file may hold 200,000 unknown keys; each suggestion searches every known key).
 */
class UnknownKey implements RawIssue {
  readonly severity = 'warning';
  readonly atKey = true;
  readonly path: PathSegment[];
  readonly #knownKeys: readonly string[];
  constructor(path: PathSegment[], knownKeys: readonly string[]) {
    this.path = path;
    this.#knownKeys = knownKeys;
  }
  get #key(): string {
    return String(this.path[this.path.length - 1]);
  }
  get message(): string {
    return `unknown key "${this.#key}" is ignored`;
  }
  get hint(): string {
    const near = closest(this.#key, this.#knownKeys);
    return near !== null
      ? `did you mean ${near}?`
      : 'remove it; if it is part of a text with a comma inside { ... }, quote the text: note: "New Year\'s Eve, short day"';
  }
}

/** Flattens zod issues (with unions resolved to the most likely branch). */
export function convertZodIssues(
  issues: readonly Issue[],
  knownKeys: readonly string[],
  prefix: PathSegment[] = [],
): RawIssue[] {
  const out: RawIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const candidates = issue.errors.filter((branch) => !rejectsOuterShape(branch));
      if (candidates.length > 0) {
        let best = candidates[0] ?? [];
        for (const branch of candidates)
          if (structuralScore(branch) < structuralScore(best)) best = branch;
        out.push(...convertZodIssues(best, knownKeys, path));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(new UnknownKey([...path, key], knownKeys));
      continue;
    }
    const { message, hint } = splitHint(issue.message, GENERIC_HINT);
    const atKey =
      issue.code === 'custom' && (issue.params as { atKey?: boolean } | undefined)?.atKey === true;
    out.push({ severity: 'error', path, message, hint, ...(atKey ? { atKey } : {}) });
  }
  return out;
}

/** Every key name used anywhere in the schema, for "did you mean" on unknown keys. */
export function collectKeys(schema: z.core.$ZodType): string[] {
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (node === undefined || node === null || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (def === undefined) return;
    const shape = def['shape'] as Record<string, unknown> | undefined;
    if (shape !== undefined) {
      for (const [key, child] of Object.entries(shape)) {
        keys.add(key);
        visit(child);
      }
    }
    for (const field of ['element', 'innerType', 'in', 'out', 'valueType', 'keyType'])
      visit(def[field]);
    const options = def['options'];
    if (Array.isArray(options)) options.forEach(visit);
    const getter = def['getter'];
    if (typeof getter === 'function') visit((getter as () => unknown)());
  };
  visit(schema);
  return [...keys].sort();
}
