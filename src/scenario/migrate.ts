/**
 * Older scenario files, brought up to the current format before they are read.
 *
 * The format history (the `schema` key at the top of every file):
 *
 * - `continuity-scenario/0`: the pre-release format. It differed from /1 in three places:
 *   - agreed hours were a top-level `hours:` mapping of day keys to windows
 *     (`hours: { mon-fri: "09:00-16:00" }`); /1 has `calendar: { agreedHours: ... }` (and adds
 *     dated `exceptions`, which /0 did not have);
 *   - the objectives `rto`, `rpo` and `mtpd` were plain numbers of minutes (`rto: 120`); /1 writes
 *     durations with a unit (`rto: 2h`);
 *   - a component's failures were `mtbfHours: 2500`, always exponential; /1 writes
 *     `failure: { exponential: { mtbf: 2500h } }` and adds Weibull, lognormal and none.
 *   Everything else (services, topology, demand, plans, injects, variants) reads the same.
 * - `continuity-scenario/1`: differed from /2 in the meaning of one field: a service's
 *   `objectives.mbco` (`mbco: 50%`) was a share of the service's full installed capacity, so
 *   adding capacity raised the bar and could turn a degradation into an outage. /2 judges the
 *   MBCO against demand, as ITSCM does: `mbco: 50%` is half of the transactions asked for at
 *   each moment, and `mbco: 600 tpm` an absolute rate. The migration keeps the value and says
 *   what it now means (a note per service): the text needs no change, its meaning does.
 *   /2 also added, without changing anything that /1 wrote: `impact.costPerHourOfDataLost`,
 *   and later `teams`, a service's `priority` and `invocation`, and a plan's `review` (all
 *   optional: a file without them gives the results it always gave, so no migration and no
 *   new version).
 * - `continuity-scenario/2`: the current format (src/scenario/schema.ts).
 *
 * A file without a `schema` key is read as the current version, with a note asking to add it.
 * A newer or unknown version is refused: guessing at a format we do not know would simulate
 * something other than what the file says.
 *
 * The same migration plan changes plain data (`migrate`) and the file text (`migrateText`, which
 * keeps comments and layout through the document editor).
 */
import { stringify } from 'yaml';
import { formatDuration } from '../core/time.ts';
import { applyEdit, parsePathText, type DocPath } from './document/index.ts';
import { renamePlain, setPlain } from './document/plain.ts';
import { formatPath, type ScenarioIssue } from './issues.ts';
import { locate } from './locate.ts';
import { parseScenario, type LoadResult } from './parse.ts';
import { readYaml } from './read-yaml.ts';
import { SCHEMA_VERSION } from './schema.ts';

export const PRE_RELEASE_VERSION = 'continuity-scenario/0';
export const V1 = 'continuity-scenario/1';
/** Every version this app reads, oldest first. */
export const READABLE_VERSIONS = [PRE_RELEASE_VERSION, V1, SCHEMA_VERSION] as const;

export type MigrateResult =
  | { ok: true; data: unknown; from: string | null; notes: string[] }
  | { ok: false; reason: string; hint: string };

type Step =
  | { op: 'set'; path: DocPath; value: unknown; position?: 'first' | 'last' }
  /** `inner`: where the old value sits inside the new one (for locating issues in the old file). */
  | { op: 'rename'; path: DocPath; key: string; value: unknown; inner?: DocPath };

type Plan =
  | { ok: true; from: string | null; steps: Step[]; notes: string[] }
  /** `path`: where in the file the reason points. */
  | { ok: false; reason: string; hint: string; path: DocPath };

const READS = `this app reads ${PRE_RELEASE_VERSION}, /1 and /2`;
const VERSION_HINT = `schema: ${SCHEMA_VERSION}`;
const MINUTE = 60_000;

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const refuse = (reason: string, hint: string, path: DocPath = ['schema']): Plan => ({
  ok: false,
  reason,
  hint,
  path,
});

/** `120` minutes -> `2h`; `90` -> `1h30m`; a fraction of a second stays in minutes. */
function minutesText(minutes: number): string {
  return Number.isInteger(minutes * 60) ? formatDuration(minutes * MINUTE) : `${minutes}m`;
}

function refuseVersion(version: unknown): Plan {
  const newer = typeof version === 'string' ? /^continuity-scenario\/(\d+)$/.exec(version) : null;
  if (newer !== null && Number(newer[1]) > 2)
    return refuse(
      `this file is for a newer version of the simulator (${String(version)}); ${READS}`,
      `open it with a newer version of the simulator, or save it from there as ${SCHEMA_VERSION}`,
    );
  if (typeof version === 'string')
    return refuse(`unknown format version ${JSON.stringify(version)}; ${READS}`, VERSION_HINT);
  return refuse(
    `the format version must be text such as ${SCHEMA_VERSION}, got ${JSON.stringify(version) ?? String(version)}`,
    VERSION_HINT,
  );
}

const servicesOf = (data: Mapping): unknown[] =>
  Array.isArray(data['services']) ? (data['services'] as unknown[]) : [];

/** What /2 reads differently in a /1 (or /0) file: the MBCO, now judged against demand. */
function mbcoNotes(data: Mapping): string[] {
  return servicesOf(data).flatMap((service, s) => {
    const objectives = isMapping(service) ? service['objectives'] : undefined;
    const mbco = isMapping(objectives) ? objectives['mbco'] : undefined;
    if (typeof mbco !== 'string') return [];
    return [
      `services[${s}].objectives.mbco: ${mbco.trim()} is now ${mbco.trim()} of the demand at each moment, no longer of the installed capacity (so more capacity never makes the service look worse); to keep a fixed floor instead, write a rate such as "mbco: 600 tpm"`,
    ];
  });
}

/** The steps from /1 to /2: the version, and notes on what the MBCO now means. */
function fromV1(data: Mapping): Plan {
  return {
    ok: true,
    from: V1,
    steps: [{ op: 'set', path: ['schema'], value: SCHEMA_VERSION }],
    notes: [`schema: ${V1} → ${SCHEMA_VERSION}`, ...mbcoNotes(data)],
  };
}

/** The steps from /0 to /2 (through /1). */
function fromPreRelease(data: Mapping): Plan {
  const steps: Step[] = [{ op: 'set', path: ['schema'], value: SCHEMA_VERSION }];
  const notes = [`schema: ${PRE_RELEASE_VERSION} → ${SCHEMA_VERSION}`];
  if ('hours' in data) {
    if ('calendar' in data)
      return refuse(
        `the file has both hours (${PRE_RELEASE_VERSION}) and calendar (${SCHEMA_VERSION})`,
        'keep one: calendar: { agreedHours: { mon-fri: "09:00-16:00" } }',
        ['hours'],
      );
    const value = { agreedHours: data['hours'] };
    steps.push({ op: 'rename', path: ['hours'], key: 'calendar', value, inner: ['agreedHours'] });
    notes.push('calendar.agreedHours from hours');
  }
  servicesOf(data).forEach((service, s) => {
    const objectives = isMapping(service) ? service['objectives'] : undefined;
    if (!isMapping(objectives)) return;
    for (const key of ['rto', 'rpo', 'mtpd'] as const) {
      const minutes = objectives[key];
      if (typeof minutes !== 'number') continue;
      const path = ['services', s, 'objectives', key];
      steps.push({ op: 'set', path, value: minutesText(minutes) });
      notes.push(`${formatPath(path)}: ${minutes} (minutes) → ${minutesText(minutes)}`);
    }
  });
  const components = Array.isArray(data['components']) ? (data['components'] as unknown[]) : [];
  for (const [c, component] of components.entries()) {
    if (!isMapping(component) || !('mtbfHours' in component)) continue;
    const path = ['components', c, 'mtbfHours'];
    const hours = component['mtbfHours'];
    if ('failure' in component)
      return refuse(`components[${c}] has both mtbfHours and failure`, 'keep failure only', path);
    if (typeof hours !== 'number' || !Number.isFinite(hours))
      return refuse(
        `${formatPath(path)} must be a number of hours, got ${JSON.stringify(hours)}`,
        'mtbfHours: 2500',
        path,
      );
    const failure = { exponential: { mtbf: `${hours}h` } };
    steps.push({ op: 'rename', path, key: 'failure', value: failure });
    notes.push(
      `components[${c}].failure: { exponential: { mtbf: ${hours}h } } from mtbfHours: ${hours}`,
    );
  }
  return { ok: true, from: PRE_RELEASE_VERSION, steps, notes: [...notes, ...mbcoNotes(data)] };
}

function plan(data: unknown): Plan {
  if (!isMapping(data))
    return refuse(
      `a scenario is a mapping of keys (schema, name, ...), got ${Array.isArray(data) ? 'a list' : data === null || data === undefined ? 'nothing' : 'a single value'}`,
      `start the file with ${VERSION_HINT}`,
      [],
    );
  if (!('schema' in data))
    return {
      ok: true,
      from: null,
      steps: [{ op: 'set', path: ['schema'], value: SCHEMA_VERSION, position: 'first' }],
      notes: [
        `the file has no schema key, so it was read as ${SCHEMA_VERSION}; add "${VERSION_HINT}" as its first key`,
      ],
    };
  const version = data['schema'];
  if (version === SCHEMA_VERSION) return { ok: true, from: SCHEMA_VERSION, steps: [], notes: [] };
  if (version === V1) return fromV1(data);
  if (version === PRE_RELEASE_VERSION) return fromPreRelease(data);
  return refuseVersion(version);
}

/** Brings parsed file data (any readable version) to the current version; never mutates it. */
export function migrate(data: unknown): MigrateResult {
  const p = plan(data);
  if (!p.ok) return { ok: false, reason: p.reason, hint: p.hint };
  let out = data;
  for (const step of p.steps)
    out =
      step.op === 'set'
        ? setPlain(out, step.path, step.value)
        : renamePlain(out, step.path, step.key, step.value);
  return { ok: true, data: out, from: p.from, notes: p.notes };
}

export type MigrateTextResult =
  | { ok: true; text: string; from: string | null; notes: string[] }
  | { ok: false; reason: string; hint: string };

/** The same migration on the file text, keeping its comments and layout. */
export function migrateText(text: string, data: unknown): MigrateTextResult {
  const p = plan(data);
  if (!p.ok) return { ok: false, reason: p.reason, hint: p.hint };
  let out = text;
  for (const step of p.steps) {
    const { inner: _, ...edit } = step as Step & { inner?: DocPath };
    out = applyEdit(out, edit).text;
  }
  return { ok: true, text: out, from: p.from, notes: p.notes };
}

export type AnyVersionResult = LoadResult & {
  /** The version the file was migrated from; null when it was read as it is. */
  migratedFrom: string | null;
  /** What the migration changed, or what the file should change (a missing schema key). */
  notes: string[];
  /** The text that was read: the file brought to the current version (comments kept). */
  text: string;
};

/** A path of the migrated file -> the same place in the original file. */
function originalPath(path: DocPath, steps: readonly Step[]): DocPath {
  for (const step of steps) {
    if (step.op !== 'rename') continue;
    const renamed = [...step.path.slice(0, -1), step.key];
    if (!renamed.every((segment, i) => path[i] === segment)) continue;
    const rest = path.slice(renamed.length);
    const inner = step.inner;
    const within = inner !== undefined && inner.every((segment, i) => rest[i] === segment);
    return within ? [...step.path, ...rest.slice(inner.length)] : step.path;
  }
  return path;
}

/** The issues of the migrated text, pointed at their places in the original text. */
function relocate(
  issues: ScenarioIssue[],
  steps: readonly Step[],
  original: string,
  migrated: string,
  fileName?: string,
): ScenarioIssue[] {
  const before = readYaml(original, fileName);
  const after = readYaml(migrated, fileName);
  if (!before.ok || !after.ok) return issues;
  return issues.map((issue) => {
    const path = parsePathText(issue.path);
    if (path === null || issue.line === null) return issue;
    const key = locate(after.doc, after.lineCounter, path, true);
    const atKey = key.line === issue.line && key.column === issue.column;
    const where = locate(before.doc, before.lineCounter, originalPath(path, steps), atKey);
    return { ...issue, ...where };
  });
}

/** The `$schema` key of a JSON file is editor metadata (like the YAML modeline), not a mistake. */
const withoutSchemaKey = (issues: ScenarioIssue[]) => issues.filter((i) => i.path !== '$schema');

function tidy(
  result: LoadResult,
  extra: Omit<AnyVersionResult, keyof LoadResult>,
): AnyVersionResult {
  const warnings = withoutSchemaKey(result.warnings);
  return result.ok ? { ...result, warnings, ...extra } : { ...result, warnings, ...extra };
}

/**
 * Reads a scenario of any readable version: the file is migrated to the current version (see
 * above), then read by `parseScenario`. Issues point into the original text.
 */
export function parseAnyVersion(text: string, fileName?: string): AnyVersionResult {
  const unchanged = { migratedFrom: null, notes: [], text };
  const read = readYaml(text, fileName);
  if (!read.ok)
    return {
      ok: false,
      errors: read.errors,
      warnings: [],
      ...unchanged,
      notes: ['the file could not be read, so its format version is not known'],
    };
  if (read.value === null || read.value === undefined)
    return tidy(parseScenario(text, fileName), unchanged);
  const p = plan(read.value);
  if (!p.ok) {
    const where = locate(read.doc, read.lineCounter, p.path);
    const issue: ScenarioIssue = {
      severity: 'error',
      path: formatPath(p.path),
      ...where,
      message: p.reason,
      hint: p.hint,
    };
    return { ok: false, errors: [issue], warnings: [], ...unchanged };
  }
  if (p.steps.length === 0) return tidy(parseScenario(text, fileName), unchanged);
  let migrated: string;
  try {
    const result = migrateText(text, read.value);
    migrated = result.ok ? result.text : text;
  } catch {
    const result = migrate(read.value);
    migrated = result.ok ? stringify(result.data) : text;
  }
  const result = parseScenario(migrated, fileName);
  const extra = { migratedFrom: p.from, notes: p.notes, text: migrated };
  const moved = (issues: ScenarioIssue[]) => relocate(issues, p.steps, text, migrated, fileName);
  return result.ok
    ? tidy({ ...result, warnings: moved(result.warnings) }, extra)
    : tidy({ ...result, errors: moved(result.errors), warnings: moved(result.warnings) }, extra);
}
