/**
 * Where a component id is used in the file's data: the topology of every service (`requires`),
 * other components' `dependsOn`, injects, variants (their `changes.components` keys and
 * any service topology they replace) and the exercise (its manual invocations, inject effects
 * and decision actions). Pure; reads malformed data without throwing.
 */
import type { DocPath } from '../doc-edit.ts';
import { asList, asRecord, asText, componentName, componentsOf } from './read.ts';

export interface ComponentReference {
  /**
   * `value`: the id is the value at `path` (a topology member, a dependsOn entry, an inject's
   * component). `key`: the id is the last key of `path` (a variant's component change).
   */
  readonly kind: 'value' | 'key';
  readonly path: DocPath;
  /** For people: "service Money transfer (requires)". */
  readonly where: string;
}

type Visit = (path: DocPath) => void;

/** Calls `visit` with the path of every member of a topology that is exactly `id`. */
function walkTopology(node: unknown, path: DocPath, id: string, visit: Visit, depth = 0): void {
  if (depth > 64) return;
  if (typeof node === 'string') {
    if (node === id) visit(path);
    return;
  }
  const group = asRecord(node);
  if (group === null) return;
  for (const key of ['series', 'of'])
    asList(group[key]).forEach((member, k) =>
      walkTopology(member, [...path, key, k], id, visit, depth + 1),
    );
  // A standby group's members sit under their role.
  for (const key of ['active', 'standby'])
    if (group[key] !== undefined) walkTopology(group[key], [...path, key], id, visit, depth + 1);
}

const serviceName = (service: unknown, fallback: string): string => {
  const s = asRecord(service);
  return asText(s?.['name']).trim() || asText(s?.['id']).trim() || fallback;
};

function serviceRefs(data: unknown, id: string, out: ComponentReference[]): void {
  asList(asRecord(data)?.['services']).forEach((service, s) => {
    const where = `service ${serviceName(service, `${s + 1}`)} (requires)`;
    walkTopology(asRecord(service)?.['requires'], ['services', s, 'requires'], id, (path) =>
      out.push({ kind: 'value', path, where }),
    );
  });
}

function dependsOnRefs(data: unknown, id: string, out: ComponentReference[]): void {
  componentsOf(data).forEach((component, c) => {
    asList(asRecord(component)?.['dependsOn']).forEach((ref, k) => {
      if (ref === id)
        out.push({
          kind: 'value',
          path: ['components', c, 'dependsOn', k],
          where: `${componentName(component, c)} (depends on it)`,
        });
    });
  });
}

function injectRefs(data: unknown, id: string, out: ComponentReference[]): void {
  asList(asRecord(data)?.['injects']).forEach((inject, i) => {
    const record = asRecord(inject);
    if (record?.['component'] !== id) return;
    const what = [asText(record['action']), asText(record['at'])].filter((t) => t !== '');
    out.push({
      kind: 'value',
      path: ['injects', i, 'component'],
      where: `inject ${i + 1}${what.length > 0 ? ` (${what.join(' at ')})` : ''}`,
    });
  });
}

function variantRefs(data: unknown, id: string, out: ComponentReference[]): void {
  asList(asRecord(data)?.['variants']).forEach((variant, v) => {
    const name = asText(asRecord(variant)?.['name']).trim() || `${v + 1}`;
    const changes = asRecord(asRecord(variant)?.['changes']);
    const components = asRecord(changes?.['components']);
    if (components !== null && Object.hasOwn(components, id))
      out.push({
        kind: 'key',
        path: ['variants', v, 'changes', 'components', id],
        where: `variant ${name} (changes it)`,
      });
    const services = asRecord(changes?.['services']) ?? {};
    for (const [serviceId, change] of Object.entries(services)) {
      const path = ['variants', v, 'changes', 'services', serviceId, 'requires'];
      const where = `variant ${name} (requires of service ${serviceId})`;
      walkTopology(asRecord(change)?.['requires'], path, id, (at) =>
        out.push({ kind: 'value', path: at, where }),
      );
    }
  });
}

function exerciseRefs(data: unknown, id: string, out: ComponentReference[]): void {
  const exercise = asRecord(asRecord(data)?.['exercise']);
  if (exercise === null) return;
  asList(exercise['manualInvocation']).forEach((ref, k) => {
    if (ref === id)
      out.push({
        kind: 'value',
        path: ['exercise', 'manualInvocation', k],
        where: 'the exercise (the team invokes its plan)',
      });
  });
  asList(exercise['injects']).forEach((inject, i) => {
    if (asRecord(asRecord(inject)?.['effect'])?.['component'] === id)
      out.push({
        kind: 'value',
        path: ['exercise', 'injects', i, 'effect', 'component'],
        where: `exercise inject ${asText(asRecord(inject)?.['id']) || i + 1}`,
      });
  });
  asList(exercise['decisions']).forEach((decision, d) =>
    asList(asRecord(decision)?.['options']).forEach((option, o) =>
      asList(asRecord(option)?.['actions']).forEach((action, a) => {
        if (asRecord(action)?.['component'] === id)
          out.push({
            kind: 'value',
            path: ['exercise', 'decisions', d, 'options', o, 'actions', a, 'component'],
            where: `exercise decision ${asText(asRecord(decision)?.['id']) || d + 1} (option ${asText(asRecord(option)?.['id']) || o + 1})`,
          });
      }),
    ),
  );
}

/** Every place in the file that names component `id`, in file order by section. */
export function findComponentReferences(data: unknown, id: string): ComponentReference[] {
  const out: ComponentReference[] = [];
  if (id === '') return out;
  serviceRefs(data, id, out);
  dependsOnRefs(data, id, out);
  injectRefs(data, id, out);
  variantRefs(data, id, out);
  exerciseRefs(data, id, out);
  return out;
}

/** The references that would dangle if component `index` were removed (not its own). */
export function blockingReferences(data: unknown, index: number, id: string) {
  return findComponentReferences(data, id).filter(
    (ref) => !(ref.path[0] === 'components' && ref.path[1] === index),
  );
}
