/**
 * Checks across the exercise section: unique ids, references to components, services,
 * injects and options, when each decision opens, and times inside the exercise.
 */
import type { InjectTime } from './inject-format.ts';
import { clockOfFile, simTimeOf } from './local-time.ts';
import type { PathSegment } from './issues.ts';
import type { ScenarioFileOutput } from './schema.ts';
import { suggestion } from './suggest.ts';
import type { RawIssue } from './zod-issues.ts';

type Effect = { action: string; component?: string; service?: string | undefined };

export function checkExercise(file: ScenarioFileOutput): RawIssue[] {
  const exercise = file.exercise;
  if (exercise === undefined) return [];
  const out: RawIssue[] = [];
  const base: PathSegment[] = ['exercise'];
  const error = (path: PathSegment[], message: string, hint: string) =>
    out.push({ severity: 'error', path: [...base, ...path], message, hint });
  const unknown = (ref: string, known: readonly string[], path: PathSegment[], kind: string) => {
    if (!known.includes(ref)) error(path, `unknown ${kind} "${ref}"`, suggestion(ref, known, kind));
  };
  const duplicates = (ids: readonly string[], path: PathSegment[], kind: string) => {
    ids.forEach((id, i) => {
      const first = ids.indexOf(id);
      if (first < i)
        error(
          [...path, i, 'id'],
          `duplicate ${kind} id "${id}"; ${[...base, ...path].join('.')}[${first}] already uses it`,
          `give each ${kind} its own id, e.g. id: ${id}-2`,
        );
    });
  };
  const components = file.components.map((c) => c.id);
  const services = file.services.map((s) => s.id);
  const effect = (e: Effect, path: PathSegment[]) => {
    if (e.component !== undefined)
      unknown(e.component, components, [...path, 'component'], 'component');
    if (e.service !== undefined) unknown(e.service, services, [...path, 'service'], 'service');
  };

  const clock = clockOfFile(file);
  const start = simTimeOf(exercise.start, clock);
  if (start < 0 || start >= file.horizon)
    error(
      ['start'],
      `the exercise starts outside the scenario (${exercise.start.text})`,
      'start the exercise after the scenario start and before its horizon ends',
    );
  const end = start + exercise.duration;
  const inside = (t: InjectTime, path: PathSegment[], what: string) => {
    const at = simTimeOf(t, clock);
    if (at >= start && at <= end) return;
    out.push({
      severity: 'warning',
      path: [...base, ...path],
      message: `${what} (${t.text}) is outside the exercise, which runs from its start for ${exercise.duration / 60_000} min; it will never happen`,
      hint: 'move it between the exercise start and its end, or lengthen the exercise (duration)',
    });
  };

  exercise.manualInvocation.forEach((ref, i) =>
    unknown(ref, components, ['manualInvocation', i], 'component'),
  );
  const injectIds = exercise.injects.map((i) => i.id);
  duplicates(injectIds, ['injects'], 'exercise inject');
  exercise.injects.forEach((inject, i) => {
    inside(inject.at, ['injects', i, 'at'], `the inject ${inject.id}`);
    if (inject.effect !== undefined) effect(inject.effect, ['injects', i, 'effect']);
  });

  duplicates(
    exercise.decisions.map((d) => d.id),
    ['decisions'],
    'decision',
  );
  exercise.decisions.forEach((decision, d) => {
    const path: PathSegment[] = ['decisions', d];
    if (decision.at === undefined && decision.after === undefined)
      error(
        [...path, 'question'],
        `the decision ${decision.id} never opens: it needs at (a time) or after (an inject id)`,
        `after: ${injectIds[0] ?? 'timeouts'}`,
      );
    if (decision.at !== undefined && decision.after !== undefined)
      error(
        [...path, 'after'],
        `the decision ${decision.id} has both at and after`,
        'keep one: at (a time) or after (an inject id)',
      );
    if (decision.at !== undefined)
      inside(decision.at, [...path, 'at'], `the decision ${decision.id}`);
    if (decision.after !== undefined)
      unknown(decision.after, injectIds, [...path, 'after'], 'exercise inject');
    const optionIds = decision.options.map((o) => o.id);
    duplicates(optionIds, [...path, 'options'], 'option');
    unknown(decision.default, optionIds, [...path, 'default'], `option of ${decision.id}`);
    decision.options.forEach((option, o) =>
      option.actions.forEach((action, a) => effect(action, [...path, 'options', o, 'actions', a])),
    );
  });
  return out;
}
