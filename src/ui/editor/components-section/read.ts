/**
 * Defensive reading of the scenario file's data while it is being typed: any value may be
 * missing or of the wrong type, and nothing here throws.
 */

export type Plain = Record<string, unknown>;

/** The value as a mapping, or null. */
export const asRecord = (value: unknown): Plain | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Plain) : null;

/** The value as a list, or an empty list. */
export const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Strings as they are, numbers as text, anything else as ''. */
export const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** The file's `components` (empty when missing or malformed). */
export const componentsOf = (data: unknown): readonly unknown[] =>
  asList(asRecord(data)?.['components']);

/** The id of a component entry, or '' when it has none. */
export const componentId = (component: unknown): string => asText(asRecord(component)?.['id']);

/** What people call component `index`: its name, else its id, else "component 3". */
export function componentName(component: unknown, index: number): string {
  const c = asRecord(component);
  const name = asText(c?.['name']).trim();
  if (name !== '') return name;
  const id = asText(c?.['id']).trim();
  return id !== '' ? id : `component ${index + 1}`;
}

/** Ids of the file's components, in file order (entries without an id left out). */
export const componentIds = (data: unknown): string[] =>
  componentsOf(data)
    .map(componentId)
    .filter((id) => id !== '');

/** `component-N` for the smallest N from the list length + 1 that no component uses. */
export function freshComponentId(data: unknown): string {
  const taken = new Set(componentIds(data));
  let n = componentsOf(data).length + 1;
  while (taken.has(`component-${n}`)) n++;
  return `component-${n}`;
}
