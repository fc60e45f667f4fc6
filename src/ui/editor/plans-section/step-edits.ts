/**
 * The edits the steps table makes, each one undoable change with a label naming the step.
 * Renaming a step also renames it in the plan's prerequisites; removing one hands its own
 * prerequisites to the steps that waited for it, so the order of the rest is kept.
 */
import { formatDuration } from '../../../core/time.ts';
import { parseDurationRange } from '../../../scenario/units.ts';
import type { DocEdit, DocEditDetail, DocPath } from '../doc-edit.ts';
import { freshId, record, text } from './form-data.ts';
import type { PlanView, StepView } from './plan-data.ts';
import { removeStepFromVariants, renameStepInVariants } from './variant-refs.ts';

export const NEW_STEP = { name: 'New step', duration: '15m' } as const;

const stepPath = (plan: PlanView, step: StepView): DocPath => [
  'plans',
  plan.index,
  'steps',
  step.index,
];

const FIELDS = { name: 'Name', owner: 'Owner', duration: 'Duration' } as const;

/** Sets a text field of a step; an empty name or owner removes the key. Null when unchanged. */
export function setStepField(
  plan: PlanView,
  step: StepView,
  field: keyof typeof FIELDS,
  value: string,
): DocEditDetail | null {
  const current = field === 'duration' ? text(step.duration) : step[field];
  if (value === current && (field !== 'duration' || typeof step.duration === 'string')) return null;
  const written = value === '' && field !== 'duration' ? undefined : value;
  return {
    edits: [{ op: 'set', path: [...stepPath(plan, step), field], value: written }],
    label: `${FIELDS[field]} of ${step.title}`,
  };
}

/** Sets one end of a triangular duration (`min`, `likely` or `max`). */
export function setTriangle(
  plan: PlanView,
  step: StepView,
  key: 'min' | 'likely' | 'max',
  value: string,
): DocEditDetail | null {
  if (text(record(step.duration)?.[key]) === value) return null;
  return {
    edits: [{ op: 'set', path: [...stepPath(plan, step), 'duration', key], value }],
    label: `Duration of ${step.title}`,
  };
}

/** `5m-15m` becomes `{ min: 5m, likely: 10m, max: 15m }`; a triangle becomes `min-max`. */
export function toggledDuration(duration: unknown): unknown {
  const triangle = record(duration);
  if (triangle) {
    const [min, max] = [text(triangle['min']), text(triangle['max'])];
    return min === max ? min : `${min}-${max}`;
  }
  const parsed = parseDurationRange(text(duration));
  const [low, high] = !parsed.ok
    ? [900_000, 900_000]
    : parsed.value.type === 'fixed'
      ? [parsed.value.value, parsed.value.value]
      : [parsed.value.min, parsed.value.max];
  return {
    min: formatDuration(low),
    likely: formatDuration(Math.round((low + high) / 120_000) * 60_000),
    max: formatDuration(high),
  };
}

/** Switches the step's duration between a range and a triangle (see `toggledDuration`). */
export function toggleTriangle(plan: PlanView, step: StepView): DocEditDetail {
  return {
    edits: [
      {
        op: 'set',
        path: [...stepPath(plan, step), 'duration'],
        value: toggledDuration(step.duration),
      },
    ],
    label: `Duration of ${step.title}`,
  };
}

/** Gives the step a new id, renamed in the plan's prerequisites and the variants' changes. */
export function renameStep(
  data: unknown,
  plan: PlanView,
  step: StepView,
  id: string,
): DocEditDetail | null {
  if (id === step.id) return null;
  const edits: DocEdit[] = [{ op: 'set', path: [...stepPath(plan, step), 'id'], value: id }];
  for (const other of plan.steps) {
    if (other === step || !step.id || !other.after.includes(step.id)) continue;
    const after = other.after.map((a) => (a === step.id ? id : a));
    edits.push({ op: 'set', path: [...stepPath(plan, other), 'after'], value: after });
  }
  if (plan.id && step.id) edits.push(...renameStepInVariants(data, plan.id, step.id, id));
  return { edits, label: `Id of ${step.title}` };
}

/** Sets the prerequisites; none removes the key. */
export function setAfter(plan: PlanView, step: StepView, after: readonly string[]): DocEditDetail {
  return {
    edits: [
      {
        op: 'set',
        path: [...stepPath(plan, step), 'after'],
        value: after.length ? [...after] : undefined,
      },
    ],
    label: `Prerequisites of ${step.title}`,
  };
}

export function moveStep(plan: PlanView, step: StepView, by: -1 | 1): DocEditDetail | null {
  const to = step.index + by;
  if (to < 0 || to >= plan.length) return null;
  return {
    edits: [{ op: 'move', path: ['plans', plan.index, 'steps'], from: step.index, to }],
    label: `Move ${step.title} ${by < 0 ? 'up' : 'down'}`,
  };
}

/**
 * Removes the step; the steps that waited for it wait for its own prerequisites instead, and
 * the variants' changes of it go too.
 */
export function removeStep(data: unknown, plan: PlanView, step: StepView): DocEditDetail {
  const edits: DocEdit[] = [];
  for (const other of plan.steps) {
    if (other === step || !step.id || !other.after.includes(step.id)) continue;
    const after = [
      ...new Set(other.after.flatMap((a) => (a === step.id ? step.after : [a]))),
    ].filter((a) => a !== other.id);
    edits.push({
      op: 'set',
      path: [...stepPath(plan, other), 'after'],
      value: after.length ? after : undefined,
    });
  }
  if (plan.id && step.id) edits.push(...removeStepFromVariants(data, plan.id, step.id));
  edits.push({ op: 'delete', path: stepPath(plan, step) });
  return { edits, label: `Remove step ${step.title}` };
}

/** A new step at the end, with a fresh id (`step-5`), waiting for the last step. */
export function addStep(plan: PlanView): DocEditDetail {
  const ids = plan.steps.map((s) => s.id);
  const id = freshId('step', ids, plan.length + 1);
  const last = [...plan.steps].reverse().find((s) => s.id !== '');
  const value = { id, ...NEW_STEP, ...(last ? { after: [last.id] } : {}) };
  return {
    edits: [{ op: 'insert', path: ['plans', plan.index, 'steps'], index: plan.length, value }],
    label: `Add a step to ${plan.title}`,
  };
}
