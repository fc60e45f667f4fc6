/**
 * What a run of a scenario needs that does not depend on the seed, worked out once and
 * shared by every run (Monte Carlo runs thousands): component indices and dependency order,
 * each component's initial context from the machine, each service's involved components,
 * its agreed hours, and its demand as breakpoints with the rate after
 * each. Demand does not depend on the seed, so the breakpoints are those `simulate` would
 * schedule one by one (`DemandProfile.nextChange`) and the rates are `rateAt` there.
 */
import { getInitialSnapshot } from 'xstate';
import { agreedIntervals } from '../../core/calendar.ts';
import { DemandProfile } from '../../core/demand.ts';
import { estimateEvents, type EventEstimate } from '../../core/event-estimate.ts';
import { involvedComponents } from '../../core/involved.ts';
import type { Interval } from '../../core/intervals.ts';
import type { Component, Inject, RecoveryPlan, Scenario, Service } from '../../core/model.ts';
import { componentMachine } from '../../machines/component.machine.ts';
import { dependencyOrder } from '../capacities.ts';
import { standbyGroupsOfScenario, type GroupInRun } from '../standby-common.ts';
import { teamsOfScenario, type TeamsOfScenario } from '../team-common.ts';
import { componentTable, type MutableContext } from './transition-table.ts';

export interface CompiledService {
  readonly service: Service;
  readonly involved: readonly string[];
  readonly involvedIndex: Int32Array;
  readonly agreed: readonly Interval[];
  /** The agreed hours' total length in ms (summed in order, as core/metrics.ts sums them). */
  readonly agreedMs: number;
  /** The agreed intervals' starts and ends as numbers side by side (metrics-sink.ts walks them). */
  readonly agreedStarts: Float64Array;
  readonly agreedEnds: Float64Array;
  /** Demand breakpoints in time order; `rates[k]` holds from `times[k - 1]` (k = 0: from 0). */
  readonly times: Float64Array;
  readonly rates: Float64Array;
  /**
   * The highest rate each block of PEAK_BLOCK breakpoints leads to: `peaks[j]` is the largest
   * of `rates[j * PEAK_BLOCK + 1]` to `rates[(j + 1) * PEAK_BLOCK]` (NaN if one is NaN).
   */
  readonly peaks: Float64Array;
  /** The highest rate, from time 0 on (NaN if one is NaN). */
  readonly peak: number;
}

export const PEAK_BLOCK = 32;

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
    const { times, rates } = demandBreakpoints(new DemandProfile(scenario, service, injects));
    const agreed = agreedIntervals(service.calendar, scenario, scenario.horizon);
    return {
      service,
      involved,
      involvedIndex: Int32Array.from(involved, at),
      agreed,
      agreedMs: agreed.reduce((sum, i) => sum + i.end - i.start, 0),
      agreedStarts: Float64Array.from(agreed, (i) => i.start),
      agreedEnds: Float64Array.from(agreed, (i) => i.end),
      times,
      rates,
      peaks: peaksOf(rates),
      peak: peakOf(rates, 0, rates.length),
    };
  });
  const initial = components.map((c) =>
    getInitialSnapshot(componentMachine, {
      detection: c.detection,
      overloadFailAfter: c.overloadFailAfter,
    }),
  );
  const merged = services.flatMap((s) => [...s.times]).sort((a, b) => a - b);
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
    breakpoints: Float64Array.from(merged),
    groups,
    groupIndex: new Map(groups.map((g, k) => [g.group.id, k])),
    teams: teamsOfScenario(scenario),
    estimate,
  };
}

/** The chain of demand changes `simulate` schedules from time 0, with the rate after each. */
function demandBreakpoints(demand: DemandProfile): { times: Float64Array; rates: Float64Array } {
  const times: number[] = [];
  const rates: number[] = [demand.rateAt(0)];
  for (let t = demand.nextChange(0); Number.isFinite(t); t = demand.nextChange(t)) {
    times.push(t);
    rates.push(demand.rateAt(t));
  }
  return { times: Float64Array.from(times), rates: Float64Array.from(rates) };
}

function peaksOf(rates: Float64Array): Float64Array {
  const peaks = new Float64Array(Math.ceil((rates.length - 1) / PEAK_BLOCK));
  for (let j = 0; j < peaks.length; j++)
    peaks[j] = peakOf(rates, j * PEAK_BLOCK + 1, (j + 1) * PEAK_BLOCK + 1);
  return peaks;
}

/** The largest of `rates[from]` to `rates[to - 1]` (as Math.max: NaN if one is NaN). */
function peakOf(rates: Float64Array, from: number, to: number): number {
  let peak = -Infinity;
  for (let k = from; k < to && k < rates.length; k++) peak = Math.max(peak, rates[k]!);
  return peak;
}

/** Scenario injects then extra ones, stably ordered by time (as `simulate` merges them). */
export function mergeInjects(own: readonly Inject[], extra: readonly Inject[]): Inject[] {
  return [...own, ...extra]
    .map((inject, i) => ({ inject, i }))
    .sort((a, b) => a.inject.at - b.inject.at || a.i - b.i)
    .map(({ inject }) => inject);
}
