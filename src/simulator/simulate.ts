/**
 * `simulate(scenario, seed)`: one seeded run of a scenario through the XState actor path.
 * Components fail at random (one stream each), injects happen at their times, recovery plans
 * run when failures are detected, and each service's state follows from its topology, its
 * demand and its MBCO. Returns the trace; metrics are computed from it (core/metrics.ts).
 */
import { Engine, Priority } from '../core/engine.ts';
import {
  ceilingOf,
  checkEventBudget,
  DEFAULT_MAX_EVENTS,
  EventBudgetError,
} from '../core/event-budget.ts';
import { estimateEvents } from '../core/event-estimate.ts';
import type { Inject, Scenario } from '../core/model.ts';
import { RandomStreams } from '../core/random.ts';
import type { ChangeCause, Trace, TraceEvent } from '../core/trace.ts';
import { ComponentRuntime } from './component-runtime.ts';
import { dataLossOnFailure } from './data-loss.ts';
import { ServiceTracker } from './service-tracker.ts';
import { Capacities } from './capacities.ts';
import { StandbyGroups } from './standby-groups.ts';
import { STEP_KEYS, teamsOfScenario } from './team-common.ts';
import type { TeamDesk } from './team-desk.ts';
import { teamRuntime } from './team-runtime.ts';

export interface SimulateOptions {
  /** Injects added to the scenario's own (live injects); they are merged in time order. */
  readonly injects?: readonly Inject[];
  /**
   * The event budget (default DEFAULT_MAX_EVENTS): a run estimated above it is refused before
   * it starts, and one that passes twice it is stopped, with an EventBudgetError.
   */
  readonly maxEvents?: number;
  /** Hears the simulated time reached from time to time (PROGRESS_EVERY events). */
  readonly onProgress?: (t: number) => void;
}

export function simulate(
  scenario: Scenario,
  seed: string | number,
  options: SimulateOptions = {},
): Trace {
  return simulateWithStats(scenario, seed, options).trace;
}

/** `simulate`, also telling how many engine events the run processed (for benchmarks). */
export function simulateWithStats(
  scenario: Scenario,
  seed: string | number,
  options: SimulateOptions = {},
): { trace: Trace; engineEvents: number } {
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  const estimate = estimateEvents(scenario, options.injects);
  checkEventBudget(estimate, maxEvents);
  const injects = mergeInjects(scenario.injects, options.injects ?? []);
  const engine = new Engine();
  const streams = new RandomStreams(String(seed));
  const events: TraceEvent[] = [];
  /** Something changed at this instant: services need a look. */
  let dirty = true;
  /** A component changed at this instant: capacities and load shares need recomputing. */
  let componentsChanged = true;

  const runtimes = new Map<string, ComponentRuntime>();
  const servicesOf = (componentId: string): string[] =>
    trackers.filter((t) => t.involves(componentId)).map((t) => t.service.id);

  /** Data lost when a component holding data fails (`cause`) or is corrupted, as a trace event. */
  const recordDataLoss = (componentId: string, t: number, cause: ChangeCause): void => {
    const runtime = runtimes.get(componentId);
    const lost = runtime ? dataLossOnFailure(runtime.component, t, cause) : null;
    if (lost !== null)
      events.push({
        t,
        type: 'data-loss',
        component: componentId,
        lost,
        services: servicesOf(componentId),
      });
  };
  /** Each component's capacity share as last recorded: a drop to 0 is a failure. */
  const shares = new Map<string, number>();
  const record = (event: TraceEvent): void => {
    events.push(event);
    if (event.type !== 'component') return;
    const before = shares.get(event.component) ?? 1;
    shares.set(event.component, event.capacityShare);
    // A corruption is accounted for where it is injected, whatever state the component is in.
    if (event.capacityShare === 0 && before > 0 && event.cause !== 'corruption')
      recordDataLoss(event.component, event.t, event.cause);
  };
  const hooks = {
    record,
    changed: (capacityChanged: boolean) => {
      dirty = true;
      if (capacityChanged) componentsChanged = true;
    },
  };

  const plans = new Map(scenario.plans.map((p) => [p.id, p]));
  // Recovery teams, when a plan step names a declared one (team-runtime.ts).
  const teams = teamsOfScenario(scenario);
  const byIndex: ComponentRuntime[] = [];
  const desk: TeamDesk | null =
    teams === null
      ? null
      : teamRuntime(teams, engine, streams, {
          record,
          label: (key) => byIndex[Math.floor(key / STEP_KEYS)]!.stepLabel(key % STEP_KEYS),
          grant: (key) => byIndex[Math.floor(key / STEP_KEYS)]!.grant(key % STEP_KEYS),
        });
  scenario.components.forEach((c, i) => {
    const plan = c.recovery === null ? null : (plans.get(c.recovery) ?? null);
    const row = teams?.stepTeams[i] ?? null;
    const planTeams =
      desk !== null && row !== null
        ? { desk, index: i, row, ids: teams!.teams.map((t) => t.id) }
        : null;
    const runtime = new ComponentRuntime(c, plan, engine, streams, hooks, planTeams);
    runtimes.set(c.id, runtime);
    byIndex.push(runtime);
  });
  // People given to steps during an event reach their plans at its end (team-desk.ts).
  if (desk !== null) engine.onEventEnd(() => desk.pending && desk.flush());
  const capacities = new Capacities(scenario.components, runtimes);
  // A standby group whose switch-over ends changes what the services' topologies offer.
  const groups = new StandbyGroups(scenario, engine, streams, {
    record,
    changed: () => {
      dirty = true;
      componentsChanged = true;
    },
  });
  const trackers = scenario.services.map(
    (s) => new ServiceTracker(scenario, s, injects, capacities, groups.servingOf),
  );

  for (const tracker of trackers) scheduleDemand(tracker);
  function scheduleDemand(tracker: ServiceTracker): void {
    const next = tracker.demand.nextChange(engine.now);
    if (!Number.isFinite(next)) return;
    engine.at(next, Priority.demand, () => {
      dirty = true;
      scheduleDemand(tracker);
    });
  }

  for (const inject of injects) engine.at(inject.at, Priority.external, () => applyInject(inject));
  function applyInject(inject: Inject): void {
    const t = engine.now;
    if (inject.action === 'surge') {
      record({
        t,
        type: 'inject',
        action: 'surge',
        target: inject.service,
        detail: `x${inject.factor} for ${inject.duration / 60_000} min`,
      });
      dirty = true;
      return;
    }
    const runtime = runtimes.get(inject.component);
    if (!runtime) return;
    switch (inject.action) {
      case 'fail':
        record({ t, type: 'inject', action: 'fail', target: inject.component, detail: 'fail' });
        runtime.send({ type: 'FAIL', cause: 'inject' });
        return;
      case 'corrupt':
        record({
          t,
          type: 'inject',
          action: 'corrupt',
          target: inject.component,
          detail: 'data corruption',
        });
        runtime.send({ type: 'FAIL', cause: 'corruption' });
        recordDataLoss(inject.component, t, 'corruption');
        return;
      case 'restore':
        record({
          t,
          type: 'inject',
          action: 'restore',
          target: inject.component,
          detail: 'restore',
        });
        runtime.send({ type: 'RESTORE', cause: 'inject' });
        return;
      case 'invoke':
        // The machine takes DETECTED only when failed or degraded: elsewhere it is ignored.
        record({
          t,
          type: 'inject',
          action: 'invoke',
          target: inject.component,
          detail: 'invoke the continuity plan',
        });
        runtime.send({ type: 'DETECTED' });
        return;
      case 'degrade':
        record({
          t,
          type: 'inject',
          action: 'degrade',
          target: inject.component,
          detail: `to ${Math.round(inject.capacity * 100)}% capacity`,
        });
        runtime.send({ type: 'DEGRADE', share: inject.capacity, cause: 'inject' });
        if (inject.for !== null)
          engine.at(t + inject.for, Priority.external, () => runtime.send({ type: 'DEGRADE_END' }));
        return;
    }
  }

  /** Brings services and overload signals up to date once all events of an instant are done. */
  const ordered = [...runtimes.values()];
  const loads = new Float64Array(ordered.length);
  function settle(): void {
    for (let pass = 0; dirty && pass < 16; pass++) {
      dirty = false;
      if (componentsChanged) {
        componentsChanged = false;
        capacities.refresh();
        if (groups.size > 0) groups.refresh(capacities.capacityOf);
        for (const tracker of trackers) tracker.refreshTopology();
      }
      loads.fill(0);
      for (const tracker of trackers) tracker.update(engine.now, record, loads);
      for (let i = 0; i < ordered.length; i++)
        signalOverload(ordered[i]!, loads[i]!, capacities.current[i]!);
    }
    if (desk?.pending) desk.flush();
  }
  function signalOverload(runtime: ComponentRuntime, load: number, capacity: number): void {
    const overloaded = Number.isFinite(capacity) && capacity > 0 && load > capacity * (1 + 1e-9);
    const state = runtime.state;
    if (overloaded && (state === 'operational' || state === 'degraded'))
      runtime.send({ type: 'OVERLOAD' });
    else if (!overloaded && state === 'overloaded') runtime.send({ type: 'LOAD_NORMAL' });
  }

  engine.onInstantEnd(settle);
  settle();
  const ceiling = ceilingOf(maxEvents);
  const { onProgress } = options;
  if (!engine.run({ until: scenario.horizon, ceiling, ...(onProgress && { onProgress }) }))
    throw EventBudgetError.of('ceiling', estimate, maxEvents, ceiling);

  const intervals: Record<string, Trace['intervals'][string]> = {};
  for (const tracker of trackers) intervals[tracker.service.id] = tracker.close(scenario.horizon);
  return {
    trace: {
      scenario: scenario.name,
      seed: String(seed),
      horizon: scenario.horizon,
      events,
      intervals,
    },
    engineEvents: engine.processed,
  };
}

/** Scenario injects then extra ones, stably ordered by time. */
function mergeInjects(own: readonly Inject[], extra: readonly Inject[]): Inject[] {
  return [...own, ...extra]
    .map((inject, i) => ({ inject, i }))
    .sort((a, b) => a.inject.at - b.inject.at || a.i - b.i)
    .map(({ inject }) => inject);
}
