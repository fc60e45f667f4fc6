/** Checks across the document: duplicate ids, references to unknown ids, cycles. */
import type { Topology } from '../core/model.ts';
import { memberPath } from './topology-paths.ts';
import { checkStandbyGroups } from './standby-checks.ts';
import { checkExercise } from './exercise-checks.ts';
import { findCycles } from './graph-checks.ts';
import type { PathSegment } from './issues.ts';
import type { ScenarioFileOutput } from './schema.ts';
import { suggestion } from './suggest.ts';
import { checkTeams } from './team-checks.ts';
import type { RawIssue } from './zod-issues.ts';

function duplicates(
  items: readonly { id: string }[],
  base: PathSegment[],
  kind: string,
  out: RawIssue[],
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, index);
      return;
    }
    out.push({
      severity: 'error',
      path: [...base, index, 'id'],
      message: `duplicate ${kind} id "${item.id}"; ${base.join('.')}[${earlier}] already uses it`,
      hint: `give each ${kind} its own id, e.g. id: ${item.id}-2`,
    });
  });
}

/** Ids, with a set to look them up (10,000 injects naming 2,000 components). */
class Ids {
  readonly list: readonly string[];
  readonly #set: ReadonlySet<string>;
  constructor(list: readonly string[]) {
    this.list = list;
    this.#set = new Set(list);
  }
  has(id: string): boolean {
    return this.#set.has(id);
  }
}

function unknown(
  ref: string,
  known: Ids,
  path: PathSegment[],
  kind: string,
  out: RawIssue[],
): void {
  if (known.has(ref)) return;
  out.push({
    severity: 'error',
    path,
    message: `unknown ${kind} "${ref}"`,
    // Worked out only if the issue is shown: each is a search of every id.
    get hint() {
      return suggestion(ref, known.list, kind);
    },
  });
}

function topologyRefs(
  node: Topology,
  path: PathSegment[],
  visit: (id: string, path: PathSegment[]) => void,
): void {
  if (node.type === 'component') visit(node.id, path);
  else node.of.forEach((child, i) => topologyRefs(child, [...path, ...memberPath(node, i)], visit));
}

/** Duplicates, unknown references and cycles, each with a path and a suggestion. */
export function checkReferences(file: ScenarioFileOutput): RawIssue[] {
  const out: RawIssue[] = [];
  duplicates(file.components, ['components'], 'component', out);
  duplicates(file.services, ['services'], 'service', out);
  duplicates(file.plans, ['plans'], 'plan', out);
  const componentIds = file.components.map((c) => c.id);
  const components = new Ids(componentIds);
  const plans = new Ids(file.plans.map((p) => p.id));
  const services = new Ids(file.services.map((s) => s.id));

  file.services.forEach((service, s) =>
    topologyRefs(service.requires, ['services', s, 'requires'], (ref, path) =>
      unknown(ref, components, path, 'component', out),
    ),
  );
  file.components.forEach((component, c) => {
    (component.dependsOn ?? []).forEach((ref, i) =>
      unknown(ref, components, ['components', c, 'dependsOn', i], 'component', out),
    );
    if (component.recovery !== undefined)
      unknown(component.recovery, plans, ['components', c, 'recovery'], 'plan', out);
  });
  file.plans.forEach((plan, p) => {
    duplicates(plan.steps, ['plans', p, 'steps'], 'step', out);
    const stepIds = plan.steps.map((step) => step.id);
    const steps = new Ids(stepIds);
    plan.steps.forEach((step, s) =>
      (step.after ?? []).forEach((ref, i) =>
        unknown(ref, steps, ['plans', p, 'steps', s, 'after', i], `step in plan ${plan.id}`, out),
      ),
    );
    const needs = new Map(plan.steps.map((step) => [step.id, step.after ?? []] as const));
    for (const cycle of findCycles(stepIds, needs)) {
      const s = stepIds.indexOf(cycle[0] ?? '');
      out.push({
        severity: 'error',
        path: ['plans', p, 'steps', s, 'after'],
        message: `the steps wait for each other in a cycle: ${cycle.join(' -> ')}`,
        hint: `remove one of the prerequisites in after, so that ${cycle[0] ?? ''} can start`,
      });
    }
  });
  const needs = new Map(file.components.map((c) => [c.id, c.dependsOn ?? []] as const));
  for (const cycle of findCycles(componentIds, needs)) {
    const c = componentIds.indexOf(cycle[0] ?? '');
    out.push({
      severity: 'error',
      path: ['components', c, 'dependsOn'],
      message: `the components depend on each other in a cycle: ${cycle.join(' -> ')}`,
      hint: 'a component cannot need itself; remove one entry from dependsOn',
    });
  }
  file.injects.forEach((inject, i) => {
    if (inject.action === 'surge') {
      if (inject.service !== undefined)
        unknown(inject.service, services, ['injects', i, 'service'], 'service', out);
    } else {
      unknown(inject.component, components, ['injects', i, 'component'], 'component', out);
    }
  });
  out.push(...checkStandbyGroups(file));
  out.push(...checkExercise(file));
  out.push(...checkTeams(file));
  return out;
}
