/**
 * The edits on whole plans: name, id (renamed in the components that use the plan too), add
 * and remove. A plan that components still use for recovery is not removed: the refusal says
 * which components, so the person can point them elsewhere first.
 */
import type { DocEdit, DocEditDetail } from '../doc-edit.ts';
import { freshId, items, list, record, text } from './form-data.ts';
import { planUsers, type PlanView } from './plan-data.ts';
import { NEW_STEP } from './step-edits.ts';
import { removePlanFromVariants, renamePlanInVariants, variantUsers } from './variant-refs.ts';

export function setPlanName(plan: PlanView, name: string): DocEditDetail | null {
  if (name === plan.name) return null;
  return {
    edits: [{ op: 'set', path: ['plans', plan.index, 'name'], value: name || undefined }],
    label: `Name of plan ${plan.title}`,
  };
}

/** Gives the plan a new id, and points the components and variants that name it to it. */
export function renamePlan(data: unknown, plan: PlanView, id: string): DocEditDetail | null {
  if (id === plan.id) return null;
  const edits: DocEdit[] = [{ op: 'set', path: ['plans', plan.index, 'id'], value: id }];
  if (plan.id)
    for (const { index, item } of items(data, 'components'))
      if (text(item['recovery']) === plan.id)
        edits.push({ op: 'set', path: ['components', index, 'recovery'], value: id });
  if (plan.id) edits.push(...renamePlanInVariants(data, plan.id, id));
  return { edits, label: `Id of plan ${plan.title}` };
}

/** A new plan at the end with one step: `{ id: plan-4, name: New plan, steps: [...] }`. */
export function addPlan(data: unknown): DocEditDetail {
  const plans = list(record(data)?.['plans']);
  const ids = plans.map((p) => text(record(p)?.['id']));
  const value = {
    id: freshId('plan', ids, plans.length + 1),
    name: 'New plan',
    steps: [{ id: 'step-1', ...NEW_STEP }],
  };
  return {
    edits: [{ op: 'insert', path: ['plans'], index: plans.length, value }],
    label: 'Add plan',
  };
}

export type Removal =
  | { readonly ok: true; readonly edit: DocEditDetail }
  | { readonly ok: false; readonly reason: string };

const names = (all: readonly string[]): string =>
  all.length < 2 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;

/** Removes the plan (and the variants' changes of it), unless components still recover with it. */
export function removePlan(data: unknown, plan: PlanView): Removal {
  const users = [
    ...planUsers(data, plan.id).map((u) => `${u.name} (${u.id})`),
    ...variantUsers(data, plan.id),
  ];
  if (users.length) {
    const who = names(users);
    const verb = users.length === 1 ? 'uses' : 'use';
    return {
      ok: false,
      reason:
        `“${plan.title}” cannot be removed: ${who} ${verb} it to recover. ` +
        `Point ${users.length === 1 ? 'that component' : 'those components'} to another plan first.`,
    };
  }
  return {
    ok: true,
    edit: {
      edits: [
        ...(plan.id ? removePlanFromVariants(data, plan.id) : []),
        { op: 'delete', path: ['plans', plan.index] },
      ],
      label: `Remove plan ${plan.title}`,
    },
  };
}
