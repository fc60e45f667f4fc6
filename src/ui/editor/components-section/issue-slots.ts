/**
 * Which field of a component card shows an issue: `components[1].capacity` -> `capacity`,
 * `components[1].failure.weibull.shape` -> `failure.shape`, `components[1].dependsOn[0]` ->
 * `dependsOn`. Issues no field shows go to the card itself (slot ''). Pure.
 */
import type { ScenarioIssue } from '../../../scenario/issues.ts';

const PLAIN = new Set(['id', 'name', 'kind', 'capacity', 'detection', 'recovery', 'ageAtStart']);
const WHOLE = new Set(['overload', 'dependsOn']);

/** The slot of a path relative to the component (`failure.weibull.shape`). */
export function slotOf(relative: string): string {
  const parts = relative.split(/[.[\]]+/).filter((p) => p !== '');
  const [head = '', second, third] = parts;
  if (PLAIN.has(head) && parts.length === 1) return head;
  if (WHOLE.has(head)) return head;
  if (head === 'failure') return third === undefined ? 'failure' : `failure.${third}`;
  if (head === 'data') return second === undefined ? 'data' : `data.${second}`;
  return '';
}

/** The issues of component `index`, by slot. */
export function componentIssueSlots(
  issues: readonly ScenarioIssue[],
  index: number,
): Map<string, ScenarioIssue[]> {
  const prefix = `components[${index}]`;
  const slots = new Map<string, ScenarioIssue[]>();
  for (const issue of issues) {
    if (!issue.path.startsWith(prefix)) continue;
    const rest = issue.path.slice(prefix.length);
    if (rest !== '' && rest[0] !== '.' && rest[0] !== '[') continue;
    const slot = slotOf(rest);
    slots.set(slot, [...(slots.get(slot) ?? []), issue]);
  }
  return slots;
}

/** Issues about the list itself (`components`, not one item). */
export const listIssues = (issues: readonly ScenarioIssue[]): ScenarioIssue[] =>
  issues.filter((i) => i.path === 'components');

/** Issues whose slot is not among the fields the card shows, for the card's own list. */
export function unplaced(
  slots: ReadonlyMap<string, readonly ScenarioIssue[]>,
  shown: ReadonlySet<string>,
): ScenarioIssue[] {
  return [...slots].filter(([slot]) => !shown.has(slot)).flatMap(([, list]) => list);
}
