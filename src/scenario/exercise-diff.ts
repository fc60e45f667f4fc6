/**
 * What changed in a scenario's exercise, in words, for the version diff (diff.ts): the
 * exercise added or removed, its settings, and its injects and decisions matched by id.
 */
import type { DecisionPoint, Exercise, ExerciseInject, InjectEffect } from '../core/model.ts';
import { formatDuration } from '../core/time.ts';
import type { Change } from './change.ts';
import { matchById } from './match-by-id.ts';
import { formatLocal } from '../core/civil.ts';
import type { Scenario } from '../core/model.ts';
import { localAt } from '../core/zone.ts';

/** The scenario's clock: its local start and time zone. */
type Clock = Pick<Scenario, 'startEpoch' | 'timeZone'>;

const effect = (e: InjectEffect | null): string => {
  if (e === null) return 'none';
  switch (e.action) {
    case 'degrade':
      return `degrade ${e.component} to ${Math.round(e.capacity * 1000) / 10}%`;
    case 'surge':
      return `demand ×${e.factor} for ${formatDuration(e.duration)}`;
    default:
      return `${e.action} ${e.component}`;
  }
};

const options = (d: DecisionPoint): string =>
  d.options
    .map(
      (o) =>
        `${o.id}${o.actions.length ? ` (${o.actions.map((a) => `${a.after ? `after ${formatDuration(a.after)}, ` : ''}${effect(a.effect)}`).join('; ')})` : ''}`,
    )
    .join(', ');

export function exerciseChanges(
  before: Exercise | null,
  after: Exercise | null,
  /** Each version's start: exercise times are kept since the scenario start. */
  clocks: { readonly before: Clock; readonly after: Clock },
): Change[] {
  const out: Change[] = [];
  if (before === null && after === null) return out;
  if (before === null || after === null) {
    const x = (before ?? after)!;
    const kind = before === null ? 'added' : 'removed';
    out.push({
      kind,
      area: 'exercise',
      subject: x.name,
      ...(kind === 'added' ? { after: x.name } : { before: x.name }),
      text: `Exercise '${x.name}' ${kind}`,
    });
    return out;
  }
  const field = (subject: string, lead: string, name: string, b: string, a: string) => {
    if (b !== a)
      out.push({
        kind: 'changed',
        area: 'exercise',
        subject,
        field: name,
        before: b,
        after: a,
        text: `${lead}: ${name} ${b} → ${a}`,
      });
  };
  const local = (clock: Clock, t: number) => formatLocal(localAt(clock, t)).replace('T', ' ');
  const was = (t: number) => local(clocks.before, t);
  const at = (t: number) => local(clocks.after, t);
  const lead = `Exercise '${after.name}'`;
  field(after.name, lead, 'name', `'${before.name}'`, `'${after.name}'`);
  field(after.name, lead, 'start', was(before.start), at(after.start));
  field(
    after.name,
    lead,
    'duration',
    formatDuration(before.duration),
    formatDuration(after.duration),
  );
  field(after.name, lead, 'pace', String(before.pace), String(after.pace));
  field(
    after.name,
    lead,
    'manualInvocation',
    before.manualInvocation.join(', ') || 'none',
    after.manualInvocation.join(', ') || 'none',
  );
  const whole = (kind: 'added' | 'removed', what: string, id: string) =>
    out.push({
      kind,
      area: 'exercise',
      subject: id,
      ...(kind === 'added' ? { after: id } : { before: id }),
      text: `${lead}: ${what} '${id}' ${kind}`,
    });
  matchById<ExerciseInject>(before.injects, after.injects, {
    removed: (i) => whole('removed', 'inject', i.id),
    added: (i) => whole('added', 'inject', i.id),
    both: (b, a) => {
      const l = `${lead}, inject '${a.id}'`;
      field(a.id, l, 'at', was(b.at), at(a.at));
      field(a.id, l, 'text', `'${b.text}'`, `'${a.text}'`);
      field(a.id, l, 'release', b.release, a.release);
      field(a.id, l, 'effect', effect(b.effect), effect(a.effect));
    },
  });
  const opens = (d: DecisionPoint, time: (t: number) => string) =>
    d.opens.kind === 'at' ? `at ${time(d.opens.at)}` : `after ${d.opens.inject}`;
  matchById<DecisionPoint>(before.decisions, after.decisions, {
    removed: (d) => whole('removed', 'decision', d.id),
    added: (d) => whole('added', 'decision', d.id),
    both: (b, a) => {
      const l = `${lead}, decision '${a.id}'`;
      field(a.id, l, 'opens', opens(b, was), opens(a, at));
      field(a.id, l, 'question', `'${b.question}'`, `'${a.question}'`);
      field(a.id, l, 'timeLimit', formatDuration(b.timeLimit), formatDuration(a.timeLimit));
      field(a.id, l, 'options', options(b), options(a));
      field(a.id, l, 'default', b.default, a.default);
    },
  });
  return out;
}
