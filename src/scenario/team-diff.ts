/**
 * What changed in the people of a scenario, in words, for the version diff (diff.ts): teams
 * added, removed or changed (name, size, working hours, call-out, contacts, escalation), a
 * service's priority and invocation, and a plan's review cycle.
 */
import type {
  CalendarPeriod,
  DayWindow,
  DurationDistribution,
  Invocation,
  PlanReview,
  RecoveryPlan,
  Service,
  Team,
} from '../core/model.ts';
import { formatDuration, MS_PER_DAY as DAY, MS_PER_HOUR as HOUR } from '../core/time.ts';
import type { Change, ChangeArea } from './change.ts';
import { matchById } from './match-by-id.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const hhmm = (ms: number): string =>
  `${String(Math.floor(ms / HOUR)).padStart(2, '0')}:${String(Math.floor((ms % HOUR) / 60_000)).padStart(2, '0')}`;
const windows = (w: readonly DayWindow[]): string =>
  w.map((x) => `${hhmm(x.from)}-${hhmm(x.to)}`).join(', ');
const named = (name: string, id: string): string => (name === id ? id : `${name} (${id})`);

/** `Monday to Friday 08:00-18:00`; `always (24x7)` for every day 00:00-24:00; `never` for no hours. */
export function weekText(weekly: readonly (readonly DayWindow[])[]): string {
  const days = weekly.map(windows);
  if (days.length === 7 && days.every((d) => d === `00:00-${hhmm(DAY)}`)) return 'always (24x7)';
  const runs: { first: number; last: number; text: string }[] = [];
  days.forEach((text, d) => {
    if (text === '') return;
    const run = runs[runs.length - 1];
    if (run !== undefined && run.last === d - 1 && run.text === text) run.last = d;
    else runs.push({ first: d, last: d, text });
  });
  if (runs.length === 0) return 'never (only when called out)';
  return runs
    .map(({ first, last, text }) =>
      first === last
        ? `${DAYS[first] ?? ''} ${text}`
        : `${DAYS[first] ?? ''} to ${DAYS[last] ?? ''} ${text}`,
    )
    .join(', ');
}

function distribution(d: DurationDistribution): string {
  if (d.type === 'fixed') return d.value === 0 ? 'none' : formatDuration(d.value);
  if (d.type === 'uniform') return `${formatDuration(d.min)}-${formatDuration(d.max)}`;
  return `${formatDuration(d.min)}-${formatDuration(d.max)}, most likely ${formatDuration(d.likely)}`;
}

const people = (n: number): string => (n === 1 ? '1 person' : `${n} people`);
const contacts = (t: Team): string =>
  t.contacts.length === 0
    ? 'none'
    : t.contacts
        .map((c) => `${c.name} (${c.role}${c.reach === null ? '' : `, ${c.reach}`})`)
        .join('; ');

/** A team in one line: `2 people, Monday to Friday 08:00-18:00, call-out 45m-1h30m`. */
export function teamText(t: Team): string {
  const callOut = distribution(t.callOut);
  return `${people(t.size)}, ${weekText(t.hours.weekly)}${callOut === 'none' ? '' : `, call-out ${callOut}`}`;
}

function pusher(out: Change[], area: ChangeArea, subject: string, lead: string) {
  return {
    field(field: string, label: string, before: string, after: string): void {
      if (before === after) return;
      const text = `${lead}: ${label} ${before} → ${after}`;
      out.push({ kind: 'changed', area, subject, field, before, after, text });
    },
    whole(kind: 'added' | 'removed', field: string, text: string, value: string): void {
      out.push({
        kind,
        area,
        subject,
        field,
        ...(kind === 'added' ? { after: value } : { before: value }),
        text,
      });
    },
  };
}

/** Teams matched by id: removed and changed in `before` order, then added. */
export function teamChanges(before: readonly Team[], after: readonly Team[]): Change[] {
  const out: Change[] = [];
  const whole = (kind: 'added' | 'removed', t: Team) => {
    const value = teamText(t);
    out.push({
      kind,
      area: 'team',
      subject: named(t.name, t.id),
      ...(kind === 'added' ? { after: value } : { before: value }),
      text: `Team '${t.name}' (${t.id}) ${kind}: ${value}`,
    });
  };
  matchById(before, after, {
    removed: (t) => whole('removed', t),
    added: (t) => whole('added', t),
    both: (b, a) => {
      const rec = pusher(out, 'team', named(a.name, a.id), `Team '${a.name}'`);
      pusher(out, 'team', named(a.name, a.id), `Team ${a.id}`).field(
        'name',
        'name',
        `'${b.name}'`,
        `'${a.name}'`,
      );
      rec.field('size', 'size', people(b.size), people(a.size));
      rec.field('hours', 'working hours', weekText(b.hours.weekly), weekText(a.hours.weekly));
      rec.field('callOut', 'call-out', distribution(b.callOut), distribution(a.callOut));
      rec.field('contacts', 'contacts', contacts(b), contacts(a));
      rec.field('escalation', 'escalates to', b.escalation ?? 'nobody', a.escalation ?? 'nobody');
    },
  });
  return out;
}

function invocationText(i: Invocation): string {
  const by = i.decidedBy === null ? '' : `, decided by ${i.decidedBy}`;
  const assessment = i.assessment === null ? '' : `, assessment ${formatDuration(i.assessment)}`;
  return `'${i.criteria}'${by}${assessment}`;
}

/** A service's priority and invocation. */
export function serviceTeamChanges(b: Service, a: Service): Change[] {
  const out: Change[] = [];
  const subject = named(a.name, a.id);
  const lead = `Service '${a.name}'`;
  const rec = pusher(out, 'service', subject, lead);
  rec.field('priority', 'priority', String(b.priority ?? 'none'), String(a.priority ?? 'none'));
  const [was, now] = [b.invocation ?? null, a.invocation ?? null];
  if (was === null && now !== null)
    rec.whole(
      'added',
      'invocation',
      `${lead}: invocation added: ${invocationText(now)}`,
      invocationText(now),
    );
  else if (was !== null && now === null)
    rec.whole('removed', 'invocation', `${lead}: invocation removed`, invocationText(was));
  else if (was !== null && now !== null) {
    rec.field(
      'invocation.criteria',
      'invocation criteria',
      `'${was.criteria}'`,
      `'${now.criteria}'`,
    );
    rec.field(
      'invocation.decidedBy',
      'invocation decided by',
      was.decidedBy ?? 'nobody named',
      now.decidedBy ?? 'nobody named',
    );
    const time = (i: Invocation) =>
      i.assessment === null ? 'not said' : formatDuration(i.assessment);
    rec.field('invocation.assessment', 'assessment time', time(was), time(now));
  }
  return out;
}

const period = (p: CalendarPeriod): string => `${p.count} ${p.unit}${p.count === 1 ? '' : 's'}`;
const reviewText = (r: PlanReview): string =>
  `every ${period(r.every)} by ${r.owner}, ${r.last === null ? 'never reviewed' : `last reviewed ${r.last}`}`;

/** A plan's review cycle. */
export function reviewChanges(b: RecoveryPlan, a: RecoveryPlan): Change[] {
  const out: Change[] = [];
  const lead = `Plan ${a.id}`;
  const rec = pusher(out, 'plan', named(a.name, a.id), lead);
  const [was, now] = [b.review ?? null, a.review ?? null];
  if (was === null && now !== null)
    rec.whole('added', 'review', `${lead}: review added: ${reviewText(now)}`, reviewText(now));
  else if (was !== null && now === null)
    rec.whole(
      'removed',
      'review',
      `${lead}: review removed (was ${reviewText(was)})`,
      reviewText(was),
    );
  else if (was !== null && now !== null) {
    rec.field('review.owner', 'review owner', `'${was.owner}'`, `'${now.owner}'`);
    rec.field('review.every', 'reviewed every', period(was.every), period(now.every));
    rec.field('review.last', 'last reviewed', was.last ?? 'never', now.last ?? 'never');
  }
  return out;
}
