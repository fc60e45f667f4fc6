/**
 * Shrinks a derived scenario to what one disruption can change, so that a BIA of hundreds
 * of components runs hundreds of small simulations instead of hundreds of large ones.
 *
 * A part of the topology that holds no disrupted component (nor anything depending on one)
 * behaves exactly as in the undisrupted run, unless its load can change and it may fail
 * under overload. Such a part is replaced by one stand-in component with the part's full
 * capacity, which gives the same service capacity and state at every moment:
 * - a series passes its load unchanged to its parts, so untouched parts of a series keep
 *   their load; they collapse when none of their components can fail under that load
 *   (overloadFailAfter with its peak load above its capacity), and all of them into one
 *   stand-in (capacity = the minimum);
 * - a group whose member loses capacity shifts load onto the others (a standby group onto its
 *   standby), so below a touched group (and everywhere for a surge) only parts without
 *   overloadFailAfter collapse.
 * The service is evaluated alone; when another service shares its components, nothing is
 * reduced (their loads add up on the shared components).
 */
import type { Component, Scenario, Service, Topology } from '../../core/model.ts';
import { componentsOf, distributeLoad, evaluate } from '../../core/topology.ts';
import { involvedComponents } from '../../core/involved.ts';
import { Capacities } from '../../simulator/capacities.ts';
import { StaticTopology } from './static-impact.ts';

export const STAND_IN_PREFIX = 'bia-stand-in-';

export function reduceScenario(
  scenario: Scenario,
  service: Service,
  disrupted: readonly string[],
  peakDemand: number,
  loadInvariant: boolean,
): Scenario {
  const mine = new Set(involvedComponents(scenario, service));
  const shared = scenario.services.some(
    (s) => s !== service && involvedComponents(scenario, s).some((id) => mine.has(id)),
  );
  if (shared) return scenario;
  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  const touched = new StaticTopology(scenario).lostWith(disrupted);
  const full = Capacities.full(scenario.components);
  const peakLoad = new Map<string, number>();
  distributeLoad(service.requires, peakDemand, full, (id, load) =>
    peakLoad.set(id, (peakLoad.get(id) ?? 0) + load),
  );
  const mayFail = (id: string, loadFixed: boolean): boolean => {
    const c = byId.get(id);
    if (!c || c.overloadFailAfter === null || c.capacity === null) return false;
    return !loadFixed || (peakLoad.get(id) ?? 0) > c.capacity;
  };
  const standIns: Component[] = [];
  const standIn = (capacity: number): Topology => {
    const id = `${STAND_IN_PREFIX}${standIns.length + 1}`;
    standIns.push({
      id,
      name: id,
      kind: 'other',
      capacity: Number.isFinite(capacity) ? capacity : null,
      failure: { type: 'none' },
      ageAtStart: { type: 'new' },
      detection: scenario.components[0]?.detection ?? (0 as Component['detection']),
      overloadFailAfter: null,
      recovery: null,
      dependsOn: [],
      data: null,
    });
    return { type: 'component', id };
  };
  const collapsible = (node: Topology, loadFixed: boolean): boolean =>
    componentsOf(node).every((id) => !touched.has(id) && !mayFail(id, loadFixed));

  const reduce = (node: Topology, loadFixed: boolean): Topology => {
    if (node.type === 'component') return node;
    const member = (m: Topology): Topology =>
      collapsible(m, false) ? standIn(evaluate(m, full).capacity) : reduce(m, false);
    // A standby group keeps its id, so its switch-overs draw what the full run draws.
    if (node.type === 'standby') return { ...node, of: [member(node.of[0]), member(node.of[1])] };
    if (node.type === 'group') return { ...node, of: node.of.map(member) };
    const kept: Topology[] = [];
    let rest = Infinity;
    let collapsed = false;
    for (const part of node.of)
      if (collapsible(part, loadFixed)) {
        rest = Math.min(rest, evaluate(part, full).capacity);
        collapsed = true;
      } else kept.push(reduce(part, loadFixed));
    if (collapsed) kept.push(standIn(rest));
    return { ...node, of: kept };
  };
  const requires = collapsible(service.requires, loadInvariant)
    ? standIn(evaluate(service.requires, full).capacity)
    : reduce(service.requires, loadInvariant);
  const keep = new Set<string>();
  const add = (id: string): void => {
    if (keep.has(id)) return;
    keep.add(id);
    for (const d of byId.get(id)?.dependsOn ?? []) add(d);
  };
  componentsOf(requires).forEach(add);
  disrupted.forEach(add);
  return {
    ...scenario,
    services: [{ ...service, requires }],
    components: [...scenario.components.filter((c) => keep.has(c.id)), ...standIns],
  };
}
