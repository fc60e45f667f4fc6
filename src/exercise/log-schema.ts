/**
 * Reading an exercise log from outside (an after-action report exported by the app, replayed
 * by `npm run exercise -- --replay`): each entry checked for its kind and fields, and every
 * inject, decision and option it names checked against the scenario's exercise. A problem names
 * the entry's index and field (`log[3].kind`), so a hand-edited or truncated report is refused
 * with a message rather than failing inside the replay.
 */
import type { Exercise } from '../core/model.ts';
import { z } from '../scenario/zod.ts';
import type { ExerciseLog, ExerciseLogEntry } from './log.ts';
import { REPORT_FORMAT } from './report.ts';

const time = z.number({ error: 'expected a time (ms since the scenario start)' }).min(0);
const id = z.string({ error: 'expected an id (text)' });

const ENTRY_SCHEMAS = {
  started: z.object({ t: time, kind: z.literal('started') }),
  paused: z.object({ t: time, kind: z.literal('paused') }),
  resumed: z.object({ t: time, kind: z.literal('resumed') }),
  ended: z.object({ t: time, kind: z.literal('ended') }),
  pace: z.object({
    t: time,
    kind: z.literal('pace'),
    pace: z.number({ error: 'expected a pace (a number above 0)' }).positive(),
  }),
  released: z.object({
    t: time,
    kind: z.literal('released'),
    inject: id,
    how: z.enum(['timed', 'on-demand'], { error: "expected 'timed' or 'on-demand'" }),
  }),
  delayed: z.object({
    t: time,
    kind: z.literal('delayed'),
    inject: id,
    by: z.number({ error: 'expected a delay in ms' }).min(0),
  }),
  'decision-opened': z.object({
    t: time,
    kind: z.literal('decision-opened'),
    decision: id,
    deadline: time,
  }),
  decided: z.object({
    t: time,
    kind: z.literal('decided'),
    decision: id,
    option: id,
    openedAt: time,
    tookMinutes: z.number({ error: 'expected minutes (a number)' }).min(0),
    timedOut: z.boolean({ error: 'expected true or false' }),
  }),
} satisfies Record<ExerciseLogEntry['kind'], z.ZodType<ExerciseLogEntry>>;

type Kind = keyof typeof ENTRY_SCHEMAS;
const KINDS = Object.keys(ENTRY_SCHEMAS) as Kind[];

const describe = (x: unknown): string =>
  x === null
    ? 'null'
    : Array.isArray(x)
      ? 'a list'
      : typeof x === 'object'
        ? 'an object'
        : JSON.stringify(x);

const fieldPath = (at: string, path: readonly PropertyKey[]): string =>
  [at, ...path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))].join('');

/** What the entry names that the exercise does not have. */
function unknownReferences(e: ExerciseLogEntry, exercise: Exercise, at: string): string[] {
  const injects = exercise.injects.map((i) => i.id);
  const list = (ids: readonly string[]) => ids.join(', ') || 'none';
  if (e.kind === 'released' || e.kind === 'delayed')
    return injects.includes(e.inject)
      ? []
      : [`${at}.inject: the exercise has no inject "${e.inject}"; it has ${list(injects)}`];
  if (e.kind === 'decision-opened' || e.kind === 'decided') {
    const decision = exercise.decisions.find((d) => d.id === e.decision);
    if (!decision)
      return [
        `${at}.decision: the exercise has no decision "${e.decision}"; it has ${list(exercise.decisions.map((d) => d.id))}`,
      ];
    const options = decision.options.map((o) => o.id);
    if (e.kind === 'decided' && !options.includes(e.option))
      return [
        `${at}.option: decision ${decision.id} has no option "${e.option}"; its options are ${list(options)}`,
      ];
  }
  return [];
}

/** The log, or each problem with its entry index and field. */
export function readExerciseLog(
  value: unknown,
  exercise: Exercise,
  at = 'log',
): { ok: true; log: ExerciseLog } | { ok: false; problems: string[] } {
  if (!Array.isArray(value))
    return {
      ok: false,
      problems: [`${at}: expected a list of log entries, not ${describe(value)}`],
    };
  const problems: string[] = [];
  const log: ExerciseLogEntry[] = [];
  value.forEach((entry: unknown, i) => {
    const where = `${at}[${i}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(
        `${where}: expected a log entry (an object with t and kind), not ${describe(entry)}`,
      );
      return;
    }
    const kind = (entry as { kind?: unknown }).kind;
    if (typeof kind !== 'string' || !KINDS.includes(kind as Kind)) {
      problems.push(
        `${where}.kind: ${kind === undefined ? 'missing' : `${describe(kind)} is not a kind of log entry`}; the kinds are ${KINDS.join(', ')}`,
      );
      return;
    }
    const parsed = ENTRY_SCHEMAS[kind as Kind].safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${fieldPath(where, issue.path)}: ${issue.message}`);
      return;
    }
    const references = unknownReferences(parsed.data, exercise, where);
    if (references.length > 0) problems.push(...references);
    else log.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, log };
}

/** What a replay takes from an exported after-action report. */
export interface ReplayInput {
  readonly seed: string;
  readonly log: ExerciseLog;
  readonly notes: string;
  readonly fingerprints: { readonly run: string; readonly script: string } | null;
}

const reportSchema = z.object({
  format: z.literal(REPORT_FORMAT, {
    error: `not an after-action report (format ${REPORT_FORMAT} expected); export one from the Exercise tab (Export JSON)`,
  }),
  seed: z.string({ error: 'expected the seed of the run (text)' }),
  notes: z.string({ error: "expected the facilitator's notes as text" }).optional(),
  fingerprints: z
    .object({
      run: z.string({ error: 'expected a fingerprint (text)' }),
      script: z.string({ error: 'expected a fingerprint (text)' }),
    })
    .optional(),
  log: z.unknown(),
});

/** The seed, log and notes of an exported report, or each problem with its field. */
export function readReplayInput(
  value: unknown,
  exercise: Exercise,
): { ok: true; replay: ReplayInput } | { ok: false; problems: string[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return {
      ok: false,
      problems: [
        `not an after-action report (a JSON object); export one from the Exercise tab (Export JSON)`,
      ],
    };
  const report = reportSchema.safeParse(value);
  if (!report.success)
    return {
      ok: false,
      problems: report.error.issues.map(
        (i) => `${fieldPath('', i.path).slice(1) || 'format'}: ${i.message}`,
      ),
    };
  const log = readExerciseLog(report.data.log, exercise);
  if (!log.ok) return log;
  const { seed, notes, fingerprints } = report.data;
  return {
    ok: true,
    replay: { seed, log: log.log, notes: notes ?? '', fingerprints: fingerprints ?? null },
  };
}
