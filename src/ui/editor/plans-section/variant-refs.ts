/**
 * Where variants name plans and steps: `variants[i].changes.plans.<plan>.steps.<step>` and a
 * component change's `recovery`. Renaming a plan or step moves those keys (a `set` of the new
 * key and a `delete` of the old one); removing one drops the variants' changes of it.
 */
import type { DocEdit, DocPath } from '../doc-edit.ts';
import { items, record, text, type Rec } from './form-data.ts';

interface VariantChanges {
  readonly path: DocPath;
  readonly name: string;
  readonly changes: Rec;
}

function variantChanges(data: unknown): VariantChanges[] {
  return items(data, 'variants').flatMap(({ index, item }) => {
    const changes = record(item['changes']);
    return changes
      ? [{ path: ['variants', index, 'changes'], name: text(item['name']), changes }]
      : [];
  });
}

/** The edits that move key `from` of the mapping at `path` (holding `value`) to `to`. */
const moveKey = (path: DocPath, from: string, to: string, value: unknown): DocEdit[] => [
  { op: 'set', path: [...path, to], value },
  { op: 'delete', path: [...path, from] },
];

/** A plan renamed: the variants' changes of it and the components they point to it. */
export function renamePlanInVariants(data: unknown, from: string, to: string): DocEdit[] {
  return variantChanges(data).flatMap(({ path, changes }) => {
    const edits: DocEdit[] = [];
    const plans = record(changes['plans']);
    if (plans && Object.hasOwn(plans, from))
      edits.push(...moveKey([...path, 'plans'], from, to, plans[from]));
    for (const [id, change] of Object.entries(record(changes['components']) ?? {}))
      if (text(record(change)?.['recovery']) === from)
        edits.push({ op: 'set', path: [...path, 'components', id, 'recovery'], value: to });
    return edits;
  });
}

/** The variants' changes of step `step` of plan `plan`, each with its path. */
function stepChanges(data: unknown, plan: string, step: string) {
  return variantChanges(data).flatMap(({ path, changes }) => {
    const steps = record(record(record(changes['plans'])?.[plan])?.['steps']);
    const at = [...path, 'plans', plan, 'steps'];
    return steps && Object.hasOwn(steps, step) ? [{ path: at, value: steps[step] }] : [];
  });
}

export const renameStepInVariants = (data: unknown, plan: string, from: string, to: string) =>
  stepChanges(data, plan, from).flatMap((c) => moveKey(c.path, from, to, c.value));

export const removeStepFromVariants = (data: unknown, plan: string, step: string): DocEdit[] =>
  stepChanges(data, plan, step).map((c) => ({ op: 'delete', path: [...c.path, step] }));

/** The variants' changes of a plan (to drop with it). */
export const removePlanFromVariants = (data: unknown, plan: string): DocEdit[] =>
  variantChanges(data).flatMap(({ path, changes }) =>
    Object.hasOwn(record(changes['plans']) ?? {}, plan)
      ? [{ op: 'delete' as const, path: [...path, 'plans', plan] }]
      : [],
  );

/** Variants that point a component to the plan, as `variant “x” (db-2)`. */
export function variantUsers(data: unknown, plan: string): string[] {
  return variantChanges(data).flatMap(({ name, changes }) =>
    Object.entries(record(changes['components']) ?? {})
      .filter(([, change]) => text(record(change)?.['recovery']) === plan)
      .map(([id]) => `variant “${name}” (${id})`),
  );
}
