/**
 * What a run of a scenario needs that does not depend on the seed, worked out once and
 * shared by every run (Monte Carlo runs thousands): component indices and dependency order,
 * each component's initial context from the machine, each service's involved components,
 * its agreed hours, and its demand as breakpoints with the rate after
 * each. Demand does not depend on the seed, so the breakpoints are those `simulate` would
 * schedule one by one (`DemandProfile.nextChange`) and the rates are `rateAt` there.
 */
import { getInitialSnapshot } from 'xstate';
import { contentKey } from '../../core/content-key.ts';
import { estimateEvents, type EventEstimate } from '../../core/event-estimate.ts';
import { involvedComponents } from '../../core/involved.ts';
import type { Component, Inject, RecoveryPlan, Scenario, Service } from '../../core/model.ts';
import { componentMachine } from '../../machines/component.machine.ts';
import { dependencyOrder } from '../capacities.ts';
import { standbyGroupsOfScenario, type GroupInRun } from '../standby-common.ts';
import { teamsOfScenario, type TeamsOfScenario } from '../team-common.ts';
import { serviceTiming, type ServiceTiming } from './compiled-timing.ts';
import { componentTable, type MutableContext } from './transition-table.ts';

/** A service with its involved components and its timing (shared by content, compiled-timing.ts). */
export interface CompiledService extends ServiceTiming {
  readonly service: Service;
  readonly involved: readonly string[];
  readonly involvedIndex: Int32Array;
}

export { PEAK_BLOCK } from './compiled-timing.ts';

export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly injects: readonly Inject[];
  readonly components: readonly Component[];
  readonly index: ReadonlyMap<string, number>;
  /** Component indices in dependency order, and each one's dependencies. */
  readonly order: Int32Array;
  readonly deps: readonly Int32Array[];
  /** Nominal capacity (Infinity when unconstrained). */
  readonly nominal: Float64Array;
  readonly plans: readonly (RecoveryPlan | null)[];
  readonly initialState: number;
  readonly initialContexts: readonly MutableContext[];
  /** Ids of the services that involve each component. */
  readonly servicesOf: readonly (readonly string[])[];
  readonly services: readonly CompiledService[];
  /** Every service's breakpoints merged, in time order (one engine event each). */
  readonly breakpoints: Float64Array;
  /** The distinct standby groups, inner ones first (the actor path's order). */
  readonly groups: readonly GroupInRun[];
  readonly groupIndex: ReadonlyMap<string, number>;
  /** The recovery teams plan steps need, their hours and ranks; null = none (team-common.ts). */
  readonly teams: TeamsOfScenario | null;
  /** The events a run is expected to take (checked against the budget before each run). */
  readonly estimate: EventEstimate;
}

const cache = new WeakMap<Scenario, CompiledScenario>();

/** Compiles a scenario (cached per scenario object when there are no extra injects). */
export function compileScenario(
  scenario: Scenario,
  extraInjects: readonly Inject[] = [],
): CompiledScenario {
  if (extraInjects.length > 0) return compile(scenario, extraInjects);
  let compiled = cache.get(scenario);
  if (!compiled) cache.set(scenario, (compiled = compile(scenario, [])));
  return compiled;
}

function compile(scenario: Scenario, extra: readonly Inject[]): CompiledScenario {
  const estimate = estimateEvents(scenario, extra);
  const injects = mergeInjects(scenario.injects, extra);
  const components = scenario.components;
  const index = new Map(components.map((c, i) => [c.id, i]));
  const at = (id: string): number => index.get(id) ?? -1;
  const plansById = new Map(scenario.plans.map((p) => [p.id, p]));
  const services = scenario.services.map((service): CompiledService => {
    const involved = involvedComponents(scenario, service);
    return {
      service,
      involved,
      involvedIndex: Int32Array.from(involved, at),
      ...serviceTiming(scenario, service, injects),
    };
  });
  const initial = components.map((c) => initialSnapshot(c.detection, c.overloadFailAfter));
  const groups = standbyGroupsOfScenario(scenario);
  return {
    scenario,
    injects,
    components,
    index,
    order: Int32Array.from(dependencyOrder(components), (c) => at(c.id)),
    deps: components.map((c) => Int32Array.from(c.dependsOn, at)),
    nominal: Float64Array.from(components, (c) => c.capacity ?? Infinity),
    plans: components.map((c) =>
      c.recovery === null ? null : (plansById.get(c.recovery) ?? null),
    ),
    initialState: componentTable.states.indexOf(initial[0]?.value ?? 'operational'),
    initialContexts: initial.map((s) => ({ ...s.context })),
    servicesOf: components.map((c) =>
      services.filter((s) => s.involved.includes(c.id)).map((s) => s.service.id),
    ),
    services,
    breakpoints: mergedTimes(services),
    groups,
    groupIndex: new Map(groups.map((g, k) => [g.group.id, k])),
    teams: teamsOfScenario(scenario),
    estimate,
  };
}

/**
 * The component machine's first snapshot for these inputs, made once per pair (xstate's
 * getInitialSnapshot costs a few microseconds a component; contexts are copied from it).
 */
const snapshots = new Map<string, ReturnType<typeof getInitialSnapshot<typeof componentMachine>>>();
function initialSnapshot(
  detection: Component['detection'],
  overloadFailAfter: Component['overloadFailAfter'],
) {
  const key = contentKey([detection, overloadFailAfter]);
  let snapshot = snapshots.get(key);
  if (snapshot === undefined)
    snapshots.set(
      key,
      (snapshot = getInitialSnapshot(componentMachine, { detection, overloadFailAfter })),
    );
  return snapshot;
}

/**
 * Every service's breakpoints in time order. One service's are its own (already in order, and
 * shared: nobody writes to them); several are joined and sorted as numbers, which for these
 * (finite, positive) times is the order a sort by `a - b` gives, without boxing each number.
 */
function mergedTimes(services: readonly CompiledService[]): Float64Array {
  if (services.length === 1) return services[0]!.times;
  const merged = new Float64Array(services.reduce((n, s) => n + s.times.length, 0));
  let at = 0;
  for (const s of services) {
    merged.set(s.times, at);
    at += s.times.length;
  }
  return merged.sort();
}

/** Scenario injects then extra ones, stably ordered by time (as `simulate` merges them). */
export function mergeInjects(own: readonly Inject[], extra: readonly Inject[]): Inject[] {
  return [...own, ...extra]
    .map((inject, i) => ({ inject, i }))
    .sort((a, b) => a.inject.at - b.inject.at || a.i - b.i)
    .map(({ inject }) => inject);
}
