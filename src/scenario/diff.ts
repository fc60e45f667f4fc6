/**
 * What changed between two versions of a scenario, in words: one `Change` per added, removed
 * or changed thing, each with a sentence such as
 * "Step 'Promote the replica' of 'Promote the replica and rebuild': duration 10m-20m → 5m-10m".
 *
 * Order (stable, so the same pair always gives the same list): by area in the order of
 * `AREAS`; within an area, things in their order in `before`, then things only in `after` in
 * their order there; within a thing, its fields in the order of the file format.
 * Durations are written as in scenario files (`formatDuration`), failure-model durations in
 * hours (`2500h`), shares as percentages, times of day as HH:MM.
 */
import type {
  AgeAtStart,
  Calendar,
  Component,
  DataProtection,
  DayWindow,
  Demand,
  DurationDistribution,
  FailureModel,
  Inject,
  PlanStep,
  RecoveryPlan,
  Recurrence,
  Scenario,
  Service,
  Surge,
  Topology,
} from '../core/model.ts';
import { formatDuration, MS_PER_DAY as DAY, MS_PER_HOUR as HOUR } from '../core/time.ts';
import { mbcoText } from '../core/mbco.ts';
import { AREAS, type Change, type ChangeArea } from './change.ts';
import { exerciseChanges } from './exercise-diff.ts';
import { matchById as match } from './match-by-id.ts';
import { reviewChanges, serviceTeamChanges, teamChanges } from './team-diff.ts';
import { formatLocal } from '../core/civil.ts';
import { localAt } from '../core/zone.ts';

export { AREAS, type Change, type ChangeArea } from './change.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

// ---- how values are written -------------------------------------------------------------

const dur = (ms: number): string => formatDuration(ms);
/** Failure-model durations as people write them: whole hours past two days stay in hours. */
const longDur = (ms: number): string =>
  ms >= 48 * HOUR && ms % HOUR === 0 ? `${ms / HOUR}h` : dur(ms);
const pct = (share: number): string => `${Math.round(share * 100_000) / 1000}%`;
function num(n: number): string {
  const [int = '', frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
const hhmm = (ms: number): string =>
  `${String(Math.floor(ms / HOUR)).padStart(2, '0')}:${String(Math.floor((ms % HOUR) / 60_000)).padStart(2, '0')}`;
const windows = (w: readonly DayWindow[]): string =>
  w.length === 0 ? 'closed' : w.map((x) => `${hhmm(x.from)}-${hhmm(x.to)}`).join(', ');
const named = (name: string, id: string): string => (name === id ? id : `${name} (${id})`);
const list = (ids: readonly string[]): string => (ids.length === 0 ? 'none' : ids.join(', '));

function topology(t: Topology): string {
  if (t.type === 'component') return t.id;
  if (t.type === 'standby')
    return `${topology(t.of[0])} with standby ${topology(t.of[1])} (switch-over ${distribution(t.switchover)}, failback ${t.failback})`;
  const members = `[${t.of.map(topology).join(', ')}]`;
  return t.type === 'series' ? `all of ${members}` : `${t.atLeast} of ${members}`;
}

function distribution(d: DurationDistribution): string {
  if (d.type === 'fixed') return dur(d.value);
  if (d.type === 'uniform') return `${dur(d.min)}-${dur(d.max)}`;
  return `${dur(d.min)}-${dur(d.max)}, most likely ${dur(d.likely)}`;
}

function failure(f: FailureModel): string {
  if (f.type === 'none') return 'none';
  if (f.type === 'exponential') return `exponential, MTBF ${longDur(f.mtbf)}`;
  if (f.type === 'weibull') return `Weibull, shape ${f.shape}, scale ${longDur(f.scale)}`;
  return `lognormal, median ${longDur(f.median)}, sigma ${f.sigma}`;
}

function age(a: AgeAtStart): string {
  return a.type === 'age' ? `${longDur(a.age)} without a failure` : a.type;
}

function protection(d: DataProtection | null): string {
  if (d === null) return 'none';
  const backups =
    d.backupEvery === null
      ? 'no backups'
      : `backups every ${dur(d.backupEvery)}${d.backupOffset > 0 ? ` from ${dur(d.backupOffset)}` : ''}`;
  const replica =
    d.replicationLag === null ? 'no replica' : `replication lag ${dur(d.replicationLag)}`;
  return `${backups}, ${replica}`;
}

function recurrence(r: Recurrence): string {
  switch (r.kind) {
    case 'daily':
      return 'every day';
    case 'weekday':
      return `every ${DAYS[r.day] ?? ''}`;
    case 'date':
      return `on ${r.date}`;
    default:
      return `at each ${r.kind.replace('-', ' ')}`;
  }
}

const surge = (s: Surge): string =>
  `${recurrence(s.every)} at ${hhmm(s.at)} for ${dur(s.duration)}, ×${s.factor}`;

function inject(i: Inject, clock: Pick<Scenario, 'startEpoch' | 'timeZone'>): string {
  const at = formatLocal(localAt(clock, i.at)).replace('T', ' ');
  switch (i.action) {
    case 'degrade':
      return `${at}, degrade ${i.component} to ${pct(i.capacity)} ${i.for === null ? 'until recovered' : `for ${dur(i.for)}`}`;
    case 'surge':
      return `${at}, demand ×${i.factor} for ${dur(i.duration)} (${i.service === null ? 'every service' : i.service})`;
    default:
      return `${at}, ${i.action} ${i.component}`;
  }
}

// ---- recording changes ------------------------------------------------------------------

interface Where {
  area?: ChangeArea;
  /** The start of the sentence, if not the recorder's. */
  lead?: string;
  /** The whole sentence, if not `lead: label before → after`. */
  text?: string;
}

/** Records the changes of one subject; `lead` starts its sentences ("Service 'Money transfer'"). */
function recorder(out: Change[], area: ChangeArea, subject: string, lead: string) {
  const push = (kind: Change['kind'], text: string, extra: Partial<Change>, at = area): void => {
    out.push({ kind, area: at, subject, ...extra, text });
  };
  return {
    lead,
    field(field: string, label: string, before: string, after: string, where: Where = {}): void {
      if (before === after) return;
      const text =
        where.text ??
        `${where.lead ?? lead}: ${label}${label === '' ? '' : ' '}${before} → ${after}`;
      push('changed', text, { field, before, after }, where.area);
    },
    added: (text: string, after: string, field?: string): void =>
      push('added', text, field === undefined ? { after } : { field, after }),
    removed: (text: string, before: string, field?: string): void =>
      push('removed', text, field === undefined ? { before } : { field, before }),
  };
}
type Recorder = ReturnType<typeof recorder>;

/** [area, field, label, how the value reads]: one row per field compared. */
type Row<T> = readonly [ChangeArea, string, string, (x: T) => string];

function compare<T>(rec: Recorder, rows: readonly Row<T>[], before: T, after: T): void {
  for (const [area, field, label, text] of rows)
    rec.field(field, label, text(before), text(after), { area });
}

/** Runs [first, last] of consecutive items that `follows` links (same change, next day). */
function runs<T>(items: readonly T[], follows: (x: T, y: T) => boolean): [T, T][] {
  const out: [T, T][] = [];
  for (const item of items) {
    const run = out[out.length - 1];
    if (run !== undefined && follows(run[1], item)) run[1] = item;
    else out.push([item, item]);
  }
  return out;
}

/** Values per day (Monday first); changed days in a row read as one: "Monday to Friday". */
function byDay(rec: Recorder, field: string, label: string, before: string[], after: string[]) {
  const days = DAYS.map((_, d) => ({ d, b: before[d] ?? '', a: after[d] ?? '' }));
  const same = (x: (typeof days)[number], y: (typeof days)[number]) =>
    y.d === x.d + 1 && x.b === y.b && x.a === y.a;
  for (const [first, last] of runs(
    days.filter((x) => x.b !== x.a),
    same,
  )) {
    const one = first.d === last.d;
    const names = one ? DAYS[first.d] : `${DAYS[first.d]} to ${DAYS[last.d]}`;
    const key = one ? DAY_KEYS[first.d] : `${DAY_KEYS[first.d]}-${DAY_KEYS[last.d]}`;
    rec.field(`${field}.${key}`, label, first.b, first.a, { lead: `${rec.lead}, ${names}` });
  }
}

const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00Z`) + DAY).toISOString().slice(0, 10);

interface Dated {
  readonly text: string;
  readonly hours: string;
  readonly holiday: boolean;
}

/** What a dated day says in a diff: its hours and note; `holiday` for a public holiday. */
function dated(c: Calendar): Map<string, Dated> {
  return new Map(
    c.exceptions.map((e) => {
      const hours = windows(e.windows);
      const text = `${hours}${e.note === null ? '' : ` (${e.note})`}`;
      return [e.date, { text, hours, holiday: e.origin === 'holiday' }];
    }),
  );
}

/** The local dates either run covers, `YYYY-MM-DD`, first and last. */
interface Run {
  readonly first: string;
  readonly last: string;
}

function runOf(b: Scenario, a: Scenario): Run {
  const date = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);
  const end = (s: Scenario) => localAt(s, Math.max(0, s.horizon - 1));
  return {
    first: date(Math.min(b.startEpoch, a.startEpoch)),
    last: date(Math.max(end(b), end(a))),
  };
}

/** Whether a dated day changed: a holiday that stays one with the same hours has not. */
const changed = (b: Dated | undefined, a: Dated | undefined): boolean =>
  b?.text !== a?.text && !(b?.holiday === true && a?.holiday === true && b.hours === a.hours);

/**
 * The weekly hours by day, then each dated day that differs: a file's exception or a public
 * holiday (laid in from a holiday set), consecutive dates with the same change as one range.
 * A holiday whose hours stay the same is no change (another set naming the same day), nor is
 * one outside both runs (holidays are laid in for whole years).
 */
function calendar(rec: Recorder, b: Calendar, a: Calendar, run: Run): void {
  byDay(rec, 'agreedHours', '', b.weekly.map(windows), a.weekly.map(windows));
  const [was, now] = [dated(b), dated(a)];
  const dates = [...new Set([...was.keys(), ...now.keys()])].sort();
  const inRun = (date: string, d: Dated | undefined) =>
    d !== undefined && (!d.holiday || (date >= run.first && date <= run.last));
  const diffs = dates
    .filter((date) => inRun(date, was.get(date)) || inRun(date, now.get(date)))
    .filter((date) => changed(was.get(date), now.get(date)))
    .map((date) => {
      const [before, after] = [was.get(date), now.get(date)];
      const holiday = (after ?? before)?.holiday === true;
      return { date, b: before?.text, a: after?.text, holiday };
    });
  const follows = (x: (typeof diffs)[number], y: (typeof diffs)[number]) =>
    nextDate(x.date) === y.date && x.b === y.b && x.a === y.a && x.holiday === y.holiday;
  for (const [first, last] of runs(diffs, follows)) {
    const kind = first.holiday ? 'holiday' : 'exception';
    const where = `${rec.lead}, ${kind} on ${first.date}${first === last ? '' : ` to ${last.date}`}`;
    const field = `${first.holiday ? 'holidays' : 'exceptions'}.${first.date}`;
    if (first.b === undefined) rec.added(`${where} added: ${first.a ?? ''}`, first.a ?? '', field);
    else if (first.a === undefined) rec.removed(`${where} removed: ${first.b}`, first.b, field);
    else rec.field(field, '', first.b, first.a, { lead: where });
  }
}

const money = (n: number, s: Service) => `${num(n)} ${s.impact.currency}`;
const SERVICE: Row<Service>[] = [
  ['service', 'impact.costPerHour', 'cost per hour', (s) => money(s.impact.costPerHour, s)],
  [
    'service',
    'impact.costPerUnservedTransaction',
    'cost per unserved transaction',
    (s) => money(s.impact.costPerUnservedTransaction, s),
  ],
  ['service', 'impact.currency', 'currency', (s) => s.impact.currency],
  ['objective', 'objectives.availability', 'availability', (s) => pct(s.objectives.availability)],
  ['objective', 'objectives.rto', 'RTO', (s) => dur(s.objectives.rto)],
  ['objective', 'objectives.rpo', 'RPO', (s) => dur(s.objectives.rpo)],
  ['objective', 'objectives.mtpd', 'MTPD', (s) => dur(s.objectives.mtpd)],
  ['objective', 'objectives.mbco', 'MBCO', (s) => mbcoText(s.objectives.mbco)],
];

/** Surges matched by name (a repeated name by its occurrence: `Black Friday #2`). */
function surges(list: readonly Surge[]): { id: string; text: string }[] {
  const seen = new Map<string, number>();
  return list.map((s) => {
    const n = (seen.get(s.name) ?? 0) + 1;
    seen.set(s.name, n);
    return { id: n === 1 ? s.name : `${s.name} #${n}`, text: surge(s) };
  });
}

function demand(rec: Recorder, b: Demand, a: Demand): void {
  const tpm = (d: Demand) => `${num(d.tpm)} transactions per minute`;
  rec.field('demand.tpm', '', tpm(b), tpm(a));
  for (let h = 0; h < 24; h++)
    rec.field(`demand.hourly.${h}`, 'factor', String(b.hourly[h]), String(a.hourly[h]), {
      lead: `${rec.lead} at ${hhmm(h * HOUR)}`,
    });
  byDay(rec, 'demand.weekdays', 'factor', b.weekdays.map(String), a.weekdays.map(String));
  match(surges(b.surges), surges(a.surges), {
    removed: (s) =>
      rec.removed(
        `${rec.lead}: surge '${s.id}' removed (${s.text})`,
        s.text,
        `demand.surges.${s.id}`,
      ),
    added: (s) =>
      rec.added(`${rec.lead}: surge '${s.id}' added (${s.text})`, s.text, `demand.surges.${s.id}`),
    both: (x, y) => rec.field(`demand.surges.${x.id}`, `surge '${x.id}'`, x.text, y.text),
  });
}

function service(out: Change[], b: Service, a: Service, ownHours: boolean, run: Run): void {
  const subject = named(a.name, a.id);
  const rec = recorder(out, 'service', subject, `Service '${a.name}'`);
  rec.field('name', 'name', `'${b.name}'`, `'${a.name}'`, { lead: `Service ${a.id}` });
  compare(rec, SERVICE, b, a);
  out.push(...serviceTeamChanges(b, a));
  rec.field('requires', '', topology(b.requires), topology(a.requires), {
    area: 'topology',
    lead: `${rec.lead} requires`,
  });
  demand(recorder(out, 'demand', subject, `Demand of '${a.name}'`), b.demand, a.demand);
  if (ownHours)
    calendar(
      recorder(out, 'calendar', `agreed hours of ${subject}`, `Agreed hours of '${a.name}'`),
      b.calendar,
      a.calendar,
      run,
    );
}

const COMPONENT: Row<Component>[] = [
  ['component', 'kind', 'kind', (c) => c.kind],
  [
    'component',
    'capacity',
    'capacity',
    (c) => (c.capacity === null ? 'no limit' : `${num(c.capacity)} tpm`),
  ],
  ['component', 'failure', 'failure', (c) => failure(c.failure)],
  ['component', 'ageAtStart', 'age at start', (c) => age(c.ageAtStart)],
  ['component', 'detection', 'detection', (c) => dur(c.detection)],
  [
    'component',
    'overload',
    'overload',
    (c) =>
      c.overloadFailAfter === null ? 'only saturates' : `fails after ${dur(c.overloadFailAfter)}`,
  ],
  ['component', 'recovery', 'recovery plan', (c) => c.recovery ?? 'none'],
  ['component', 'dependsOn', 'depends on', (c) => list(c.dependsOn)],
  ['component', 'data', 'data protection', (c) => protection(c.data)],
];

function component(out: Change[], b: Component, a: Component): void {
  const rec = recorder(out, 'component', named(a.name, a.id), `Component '${a.name}'`);
  rec.field('name', 'name', `'${b.name}'`, `'${a.name}'`, { lead: `Component ${a.id}` });
  compare(rec, COMPONENT, b, a);
}

const STEP: Row<PlanStep>[] = [
  ['step', 'name', 'name', (s) => `'${s.name}'`],
  ['step', 'duration', 'duration', (s) => distribution(s.duration)],
  ['step', 'owner', 'owner', (s) => s.owner ?? 'none'],
  ['step', 'after', 'prerequisites', (s) => list(s.after)],
];
const stepText = (s: PlanStep): string =>
  `${distribution(s.duration)}, owner ${s.owner ?? 'none'}, after ${list(s.after)}`;

/** Ids of the common steps whose order changed: those off a longest run kept in order. */
function movedSteps(before: readonly PlanStep[], after: readonly PlanStep[]): Set<string> {
  const position = new Map(before.map((s, i) => [s.id, i]));
  const common = after.flatMap((s) => {
    const at = position.get(s.id);
    return at === undefined ? [] : [{ id: s.id, at }];
  });
  // Longest increasing run of old positions, by dynamic programming (plans are short).
  const best = common.map(() => ({ length: 1, prev: -1 }));
  common.forEach((x, i) => {
    for (let j = 0; j < i; j++) {
      const candidate = (best[j]?.length ?? 0) + 1;
      if ((common[j]?.at ?? 0) < x.at && candidate > (best[i]?.length ?? 0))
        best[i] = { length: candidate, prev: j };
    }
  });
  let end = best.reduce((top, x, i) => (x.length > (best[top]?.length ?? 0) ? i : top), 0);
  const kept = new Set<string>();
  for (; end >= 0 && common.length > 0; end = best[end]?.prev ?? -1)
    kept.add(common[end]?.id ?? '');
  return new Set(common.filter((s) => !kept.has(s.id)).map((s) => s.id));
}

function plan(out: Change[], b: RecoveryPlan, a: RecoveryPlan): void {
  recorder(out, 'plan', named(a.name, a.id), `Plan ${a.id}`).field(
    'name',
    'name',
    `'${b.name}'`,
    `'${a.name}'`,
  );
  out.push(...reviewChanges(b, a));
  const moved = movedSteps(b.steps, a.steps);
  const step = (s: PlanStep) =>
    recorder(out, 'step', `${s.name} (${a.id})`, `Step '${s.name}' of '${a.name}'`);
  match(b.steps, a.steps, {
    removed: (s) => step(s).removed(`${step(s).lead} removed (${stepText(s)})`, stepText(s)),
    added: (s) => step(s).added(`${step(s).lead} added (${stepText(s)})`, stepText(s)),
    both: (x, y) => {
      const rec = step(y);
      compare(rec, STEP, x, y);
      if (!moved.has(y.id)) return;
      const from = b.steps.findIndex((s) => s.id === y.id) + 1;
      const to = a.steps.findIndex((s) => s.id === y.id) + 1;
      rec.field('position', 'moved from position', String(from), String(to));
    },
  });
}

/** The items of `xs` not matched one for one in `ys` (a difference of multisets). */
function without(xs: readonly string[], ys: readonly string[]): string[] {
  const left = [...ys];
  return xs.filter((x) => {
    const at = left.indexOf(x);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
}

function whole(
  out: Change[],
  kind: 'added' | 'removed',
  area: ChangeArea,
  what: string,
  x: { id: string; name: string },
) {
  const rec = recorder(out, area, named(x.name, x.id), what);
  rec[kind](`${what} '${x.name}' (${x.id}) ${kind}`, x.name);
}

/** The changes from `before` to `after`, in the order described at the top of this file. */
export function diffScenarios(before: Scenario, after: Scenario): Change[] {
  const out: Change[] = [];
  const rec = recorder(out, 'scenario', after.name, 'Scenario');
  rec.field('name', 'name', `'${before.name}'`, `'${after.name}'`);
  rec.field('description', '', before.description, after.description, {
    text: 'Scenario description changed',
  });
  rec.field('start', 'start', before.start.replace('T', ' '), after.start.replace('T', ' '));
  rec.field('horizon', 'horizon', dur(before.horizon), dur(after.horizon));
  const run = runOf(before, after);
  calendar(
    recorder(out, 'calendar', 'agreed hours', 'Agreed hours'),
    before.calendar,
    after.calendar,
    run,
  );
  const own = (s: Service, of: Scenario) =>
    JSON.stringify(s.calendar) !== JSON.stringify(of.calendar);
  match(before.services, after.services, {
    removed: (s) => whole(out, 'removed', 'service', 'Service', s),
    added: (s) => whole(out, 'added', 'service', 'Service', s),
    both: (b, a) => service(out, b, a, own(b, before) || own(a, after), run),
  });
  match(before.components, after.components, {
    removed: (c) => whole(out, 'removed', 'component', 'Component', c),
    added: (c) => whole(out, 'added', 'component', 'Component', c),
    both: (b, a) => component(out, b, a),
  });
  out.push(...teamChanges(before.teams ?? [], after.teams ?? []));
  match(before.plans, after.plans, {
    removed: (p) => whole(out, 'removed', 'plan', 'Plan', p),
    added: (p) => whole(out, 'added', 'plan', 'Plan', p),
    both: (b, a) => plan(out, b, a),
  });
  const was = before.injects.map((i) => inject(i, before));
  const now = after.injects.map((i) => inject(i, after));
  for (const t of without(was, now))
    recorder(out, 'inject', t, 'Inject').removed(`Inject removed: ${t}`, t);
  for (const t of without(now, was))
    recorder(out, 'inject', t, 'Inject').added(`Inject added: ${t}`, t);
  out.push(...exerciseChanges(before.exercise ?? null, after.exercise ?? null, { before, after }));
  const rank = (c: Change) => AREAS.indexOf(c.area);
  return out
    .map((change, i) => ({ change, i }))
    .sort((x, y) => rank(x.change) - rank(y.change) || x.i - y.i)
    .map((x) => x.change);
}
