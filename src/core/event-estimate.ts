/**
 * How many engine events a run of a scenario will process, estimated from the scenario alone
 * before anything runs (event-budget.ts refuses a run above its budget):
 *
 * - each component fails as a renewal process: a mean life (failureMean: the exponential's
 *   mtbf, Weibull scale·Γ(1 + 1/shape), lognormal median·e^(σ²/2)) and then, if a plan
 *   restores it, its detection and the plan's critical path of mean step durations. Over the
 *   horizon that is horizon / (life + restore) failures; without a plan it stays failed after
 *   its first failure (until a `restore` inject). Each failure is one event, its detection
 *   another, each plan step one more, each declared team its plan needs a call-out's arrival
 *   (at most: inside working hours there is none), and each standby group it belongs to a
 *   switch-over (two with `failback: return`);
 * - each service's demand changes at the hour edges where its profile (hourly x weekday
 *   factors) changes, week after week, and at both ends of every surge;
 * - each inject is one event (a timed degradation two), and one that breaks a component
 *   brings that component's repair;
 * - agreed-hours boundaries, which the metrics walk (two a window).
 *
 * Overload failures (load above capacity for longer than `failAfter`) depend on the run and
 * are not counted: the engine's hard ceiling (event-budget.ts) catches a run that beats its
 * estimate. Pure: a few operations per component, service and inject, whatever the horizon.
 */
import { durationMean, failureMean } from './means.ts';
import type {
  Component,
  Inject,
  RecoveryPlan,
  Recurrence,
  Scenario,
  Service,
  Topology,
} from './model.ts';
import { parseLocal } from './civil.ts';
import { simAt } from './zone.ts';
import { MS_PER_DAY } from './time.ts';

const MS_PER_WEEK = 7 * MS_PER_DAY;
/** The mean Gregorian month and year. */
const MS_PER_MONTH = (365.2425 / 12) * MS_PER_DAY;

/** A component's random failures over the horizon. */
export interface ComponentLoad {
  readonly component: string;
  /** Mean time from a repair (or the start) to its next failure, in ms. */
  readonly meanLife: number;
  /** Mean time from a failure until it works again (detection + plan), in ms; Infinity without a plan. */
  readonly meanRestore: number;
  /** Expected failures over the horizon. */
  readonly failures: number;
  /** Engine events per failure: the failure, its detection, each plan step, switch-overs. */
  readonly eventsPerFailure: number;
  readonly events: number;
}

/** A service's demand and agreed hours over the horizon. */
export interface ServiceLoad {
  readonly service: string;
  /** Demand changes (engine events): profile edges and surge ends. */
  readonly demandChanges: number;
  /** Demand changes per day on average. */
  readonly changesPerDay: number;
  /** Starts and ends of agreed-hours windows (the metrics walk them). */
  readonly agreedBoundaries: number;
  readonly events: number;
}

export interface EventEstimate {
  readonly horizon: number;
  /** The components that fail by themselves, most events first. */
  readonly components: readonly ComponentLoad[];
  readonly services: readonly ServiceLoad[];
  /** Events of the injects, with the repairs of what they break. */
  readonly injects: { readonly count: number; readonly events: number };
  readonly total: number;
}

export function estimateEvents(
  scenario: Scenario,
  extraInjects: readonly Inject[] = [],
): EventEstimate {
  const injects = [...scenario.injects, ...extraInjects];
  const horizon = scenario.horizon;
  const plans = new Map(scenario.plans.map((p) => [p.id, p]));
  const switchovers = switchoversPerFailure(scenario);
  const restores = new Map<string, number>();
  for (const i of injects)
    if (i.action === 'restore') restores.set(i.component, (restores.get(i.component) ?? 0) + 1);

  const teams = new Set((scenario.teams ?? []).map((t) => t.id));
  /** At most one call-out arrival per declared team a plan's steps need, per incident. */
  const callOutsOf = (plan: RecoveryPlan | null): number =>
    plan === null
      ? 0
      : new Set(
          plan.steps.flatMap((s) => (s.owner !== null && teams.has(s.owner) ? [s.owner] : [])),
        ).size;
  const repairOf = (c: Component) => {
    const plan = c.recovery === null ? null : (plans.get(c.recovery) ?? null);
    return {
      plan,
      restore: plan === null ? Infinity : c.detection + criticalPath(plan),
      events: 2 + (plan?.steps.length ?? 0) + (switchovers.get(c.id) ?? 0) + callOutsOf(plan),
    };
  };

  const components: ComponentLoad[] = [];
  for (const c of scenario.components) {
    const meanLife = failureMean(c.failure);
    if (!Number.isFinite(meanLife)) continue;
    const repair = repairOf(c);
    const cycles = horizon / (meanLife + (Number.isFinite(repair.restore) ? repair.restore : 0));
    const failures =
      repair.plan === null ? Math.min(cycles, 1 + (restores.get(c.id) ?? 0)) : cycles;
    components.push({
      component: c.id,
      meanLife,
      meanRestore: repair.restore,
      failures,
      eventsPerFailure: repair.events,
      events: failures * repair.events,
    });
  }
  components.sort((a, b) => b.events - a.events);

  const services = scenario.services.map((s) => serviceLoad(scenario, s, injects));

  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  let injectEvents = 0;
  for (const i of injects) {
    injectEvents += i.action === 'degrade' && i.for !== null ? 2 : 1;
    const broken = i.action === 'fail' || i.action === 'corrupt' || i.action === 'degrade';
    const component = broken ? byId.get(i.component) : undefined;
    if (component && !(i.action === 'degrade' && i.for !== null))
      injectEvents += repairOf(component).events - 1;
  }

  const total =
    components.reduce((n, c) => n + c.events, 0) +
    services.reduce((n, s) => n + s.events, 0) +
    injectEvents;
  return {
    horizon,
    components,
    services,
    injects: { count: injects.length, events: injectEvents },
    total,
  };
}

/** The mean time from a plan's start to its last step's end (steps after their prerequisites). */
export function criticalPath(plan: RecoveryPlan): number {
  const ends = new Map<string, number>();
  const byId = new Map(plan.steps.map((s) => [s.id, s]));
  const endOf = (id: string, depth: number): number => {
    const known = ends.get(id);
    if (known !== undefined) return known;
    const step = byId.get(id);
    // An unknown or circular prerequisite (the loader refuses both) adds nothing.
    if (!step || depth > plan.steps.length) return 0;
    const start = Math.max(0, ...step.after.map((a) => endOf(a, depth + 1)));
    const end = start + durationMean(step.duration);
    ends.set(id, end);
    return end;
  };
  return Math.max(0, ...plan.steps.map((s) => endOf(s.id, 0)));
}

/** Switch-overs a failure of each component may bring: one per standby group it is in, two with failback return. */
function switchoversPerFailure(scenario: Scenario): Map<string, number> {
  const out = new Map<string, number>();
  const seen = new Set<string>();
  const visit = (t: Topology): void => {
    if (t.type === 'component') return;
    if (t.type === 'standby' && !seen.has(t.id)) {
      seen.add(t.id);
      for (const member of t.of)
        for (const id of componentsOf(member))
          out.set(id, (out.get(id) ?? 0) + (t.failback === 'return' ? 2 : 1));
    }
    for (const part of t.of) visit(part);
  };
  for (const s of scenario.services) visit(s.requires);
  return out;
}

function componentsOf(t: Topology): string[] {
  return t.type === 'component' ? [t.id] : t.of.flatMap(componentsOf);
}

function serviceLoad(
  scenario: Scenario,
  service: Service,
  injects: readonly Inject[],
): ServiceLoad {
  const horizon = scenario.horizon;
  const weeks = horizon / MS_PER_WEEK;
  const { tpm, hourly, weekdays, surges } = service.demand;
  // The rate in each hour of the week; a change from one hour to the next is an event.
  let perWeek = 0;
  const rate = (slot: number): number =>
    tpm * (hourly[slot % 24] ?? 0) * (weekdays[Math.floor(slot / 24) % 7] ?? 1);
  for (let slot = 0; slot < 168; slot++) if (rate(slot) !== rate((slot + 167) % 168)) perWeek++;
  let surgeEdges = 0;
  if (tpm !== 0) {
    for (const s of surges) if (s.factor !== 1) surgeEdges += 2 * occurrences(scenario, s.every);
    for (const i of injects)
      if (
        i.action === 'surge' &&
        i.factor !== 1 &&
        (i.service === null || i.service === service.id)
      )
        surgeEdges += 2;
  }
  const demandChanges = perWeek * weeks + surgeEdges;
  let windowsPerWeek = 0;
  for (const day of service.calendar.weekly) windowsPerWeek += day.length;
  const agreedBoundaries = 2 * windowsPerWeek * weeks;
  return {
    service: service.id,
    demandChanges,
    changesPerDay: demandChanges / (horizon / MS_PER_DAY),
    agreedBoundaries,
    events: demandChanges + agreedBoundaries,
  };
}

/** How many times a recurring surge falls inside the horizon (on average for the calendar ones). */
function occurrences(scenario: Scenario, every: Recurrence): number {
  const horizon = scenario.horizon;
  switch (every.kind) {
    case 'daily':
      return Math.ceil(horizon / MS_PER_DAY);
    case 'weekday':
      return Math.ceil(horizon / MS_PER_WEEK);
    case 'month-start':
    case 'month-end':
      return Math.ceil(horizon / MS_PER_MONTH);
    case 'quarter-end':
      return Math.ceil(horizon / (3 * MS_PER_MONTH));
    case 'date': {
      const t = simAt(scenario, parseLocal(every.date));
      return t + MS_PER_DAY > 0 && t < horizon ? 1 : 0;
    }
  }
}
