/**
 * The plans of the file's data as the form shows them: each plan and step with its index in
 * the file (the path of its edits) and a title for labels ("Promote the replica", or its id
 * while it has no name). Entries that are not mappings are skipped (their issues say why).
 */
import { items, list, text, type Rec } from './form-data.ts';

export interface StepView {
  /** Index in the plan's `steps` list of the file. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** The name, else the id, else "step 2". */
  readonly title: string;
  /** As written: `10m`, `5m-15m`, `{ min, likely, max }` or anything the person typed. */
  readonly duration: unknown;
  readonly owner: string;
  readonly after: readonly string[];
}

export interface PlanView {
  /** Index in the file's `plans` list. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly steps: readonly StepView[];
  /** Length of the plan's `steps` list in the file (mappings or not). */
  readonly length: number;
}

function stepView(index: number, item: Rec): StepView {
  const id = text(item['id']);
  const name = text(item['name']);
  const after = item['after'];
  return {
    index,
    id,
    name,
    title: name || id || `step ${index + 1}`,
    duration: item['duration'],
    owner: text(item['owner']),
    after: (Array.isArray(after) ? after : after === undefined ? [] : [after]).map(text),
  };
}

export function planViews(data: unknown): PlanView[] {
  return items(data, 'plans').map(({ index, item }) => {
    const id = text(item['id']);
    const name = text(item['name']);
    return {
      index,
      id,
      name,
      title: name || id || `plan ${index + 1}`,
      steps: items(item, 'steps').map((s) => stepView(s.index, s.item)),
      length: list(item['steps']).length,
    };
  });
}

/** The components of the file whose `recovery` is the plan, with their names. */
export function planUsers(data: unknown, planId: string): { id: string; name: string }[] {
  if (!planId) return [];
  return items(data, 'components')
    .filter(({ item }) => text(item['recovery']) === planId)
    .map(({ item }) => ({ id: text(item['id']), name: text(item['name']) || text(item['id']) }));
}
