/** parseScenario: text in, a resolved Scenario or issues a person can act on out. Never throws. */
import type { Scenario } from '../core/model.ts';
import { checkConsistency } from './consistency-checks.ts';
import { checkLocalTimes } from './local-time.ts';
import {
  capIssues,
  formatPath,
  MAX_ISSUES,
  type PathSegment,
  type ScenarioIssue,
} from './issues.ts';
import { normalise } from './normalise.ts';
import { readText, type Locator, type Reader } from './read-text.ts';
import { checkReferences } from './reference-checks.ts';
import { HolidayDataMissing } from './holiday-data.ts';
import { SCHEMA_VERSION, ScenarioFileSchema, type ScenarioFileOutput } from './schema.ts';
import { resolveVariants, type ResolvedVariant } from './variant-apply.ts';
import { collectKeys, convertZodIssues, type RawIssue } from './zod-issues.ts';

export type LoadResult =
  | { ok: true; scenario: Scenario; variants: ResolvedVariant[]; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[]; warnings: ScenarioIssue[] };

let knownKeys: string[] | null = null;

function removeKey(root: unknown, path: readonly PathSegment[]): void {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[segment];
  }
  const last = path[path.length - 1];
  if (node !== null && typeof node === 'object' && last !== undefined)
    delete (node as Record<string | number, unknown>)[last];
}

/** Zod validation; unknown keys become warnings and are dropped, then the rest is checked again. */
function validate(value: unknown): { data: ScenarioFileOutput | null; issues: RawIssue[] } {
  knownKeys ??= collectKeys(ScenarioFileSchema);
  const warnings: RawIssue[] = [];
  for (let round = 0; round < 4; round++) {
    const result = ScenarioFileSchema.safeParse(value, { reportInput: true });
    if (result.success) return { data: result.data, issues: warnings };
    const issues = convertZodIssues(result.error.issues, knownKeys);
    const unknownKeys = issues.filter((i) => i.severity === 'warning');
    if (unknownKeys.length === 0 || round === 3)
      return { data: null, issues: [...warnings, ...issues] };
    for (const issue of unknownKeys) {
      warnings.push(issue);
      removeKey(value, issue.path);
    }
  }
  return { data: null, issues: warnings };
}

/**
 * The first `MAX_ISSUES` issues of one severity, located in the source, and a count of the
 * rest: only the issues shown are located (and their hints worked out), so a file with
 * 200,000 unknown keys costs 50 look-ups, not 200,000.
 */
function shown(
  raw: readonly RawIssue[],
  severity: RawIssue['severity'],
  locate: Locator,
): ScenarioIssue[] {
  const all = raw.filter((i) => i.severity === severity);
  const issues = all.slice(0, MAX_ISSUES).map((issue) => ({
    severity: issue.severity,
    path: formatPath(issue.path),
    ...locate(issue.path, issue.atKey === true),
    message: issue.message,
    hint: issue.hint,
  }));
  return capIssues(issues, all.length);
}

function finish(
  raw: RawIssue[],
  locate: Locator,
  scenario: () => { scenario: Scenario; variants: ResolvedVariant[] } | null,
): LoadResult {
  const errors = shown(raw, 'error', locate);
  const warnings = shown(raw, 'warning', locate);
  if (errors.length > 0) return { ok: false, errors, warnings };
  const resolved = scenario();
  return resolved === null ? { ok: false, errors, warnings } : { ok: true, ...resolved, warnings };
}

function parseUnsafe(text: string, fileName: string | undefined, reader: Reader): LoadResult {
  const read = readText(text, fileName, reader);
  if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
  const { locate, value } = read;
  if (value === null || value === undefined) {
    const issue: ScenarioIssue = {
      severity: 'error',
      path: '(file)',
      line: null,
      column: null,
      message: 'the file is empty',
      hint: `start with schema: ${SCHEMA_VERSION}, then name, start, horizon, calendar, services and components`,
    };
    return { ok: false, errors: [issue], warnings: [] };
  }
  const version =
    typeof value === 'object' ? (value as Record<string, unknown>)['schema'] : undefined;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    // Another version's file: its other "errors" would only be noise.
    const only = ScenarioFileSchema.shape.schema.safeParse(version);
    const raw = convertZodIssues(only.error?.issues ?? [], [], ['schema']);
    return finish(raw, locate, () => null);
  }
  const { data, issues } = validate(value);
  if (data === null) return finish(issues, locate, () => null);
  const checks = [
    ...issues,
    ...checkReferences(data),
    ...checkConsistency(data),
    ...checkLocalTimes(data),
  ];
  if (checks.some((i) => i.severity === 'error')) return finish(checks, locate, () => null);
  const variants = resolveVariants(data);
  return finish([...checks, ...variants.issues], locate, () => ({
    scenario: normalise(data),
    variants: variants.resolved,
  }));
}

/** A result with one error about the file as a whole (no line or column to point at). */
function fileError(message: string, hint: string): LoadResult {
  return {
    ok: false,
    errors: [{ severity: 'error', path: '(file)', line: null, column: null, message, hint }],
    warnings: [],
  };
}

/**
 * Reads a YAML or JSON scenario. Never throws: every problem becomes an issue. `reader: 'yaml'`
 * reads with the yaml library only (the tests compare it with the fast reader; see read-text.ts).
 */
export function parseScenario(
  text: string,
  fileName?: string,
  options: { reader?: Reader } = {},
): LoadResult {
  try {
    if (typeof text !== 'string')
      return fileError(
        `expected the scenario as text, got ${typeof text}`,
        'pass the file contents as a string',
      );
    return parseUnsafe(text, fileName, options.reader ?? 'fast');
  } catch (error) {
    if (error instanceof HolidayDataMissing) return fileError(error.message, error.hint);
    const message = error instanceof Error ? error.message : String(error);
    return fileError(
      `internal error while reading the scenario: ${message}`,
      'please report this with the file that caused it',
    );
  }
}
