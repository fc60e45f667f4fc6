/**
 * An index over one run's trace for the views: component state spans, service intervals,
 * plan runs and outage windows, built once (O(events)) and looked up by binary search.
 */
import { agreedIntervals } from '../core/calendar.ts';
import { stepWaitsOf, type StepWait } from './step-waits.ts';
import { parseLocal } from '../core/civil.ts';
import { serviceMetrics } from '../core/metrics.ts';
import { involvedComponents } from '../core/involved.ts';
import type { Scenario, Service } from '../core/model.ts';
import { MS_PER_DAY } from '../core/time.ts';
import { simAt } from '../core/zone.ts';
import { evaluate, memberLabel, standbyGroupsOf } from '../core/topology.ts';
import type { ComponentStateName, ServiceInterval, Trace } from '../core/trace.ts';
import { Capacities } from '../simulator/capacities.ts';
import type {
  ComponentSpan,
  OutageWindow,
  PlanRun,
  StepSpan,
  SwitchoverSpan,
  TimelineModel,
} from './timeline-types.ts';

/** Index of the first element whose key is above `t` (at or above `t` when `orEqual`). */
function upperBound<T>(
  xs: readonly T[],
  t: number,
  key: (x: T) => number,
  orEqual = false,
): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = key(xs[mid]!);
    if (k < t || (k === t && !orEqual)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const identity = (x: number): number => x;

/** A component's state from `t` on (the last change at that instant wins). */
interface Change {
  readonly t: number;
  readonly state: ComponentStateName;
  readonly capacityShare: number;
}

const INITIAL: Change = { t: 0, state: 'operational', capacityShare: 1 };

export interface ComponentStateAt {
  id: string;
  name: string;
  state: ComponentStateName;
  capacityShare: number;
}

export class TimelineIndex {
  readonly scenario: Scenario;
  readonly trace: Trace;
  readonly eventTimes: readonly number[];
  #planRuns: readonly PlanRun[] | null = null;
  readonly switchovers: readonly SwitchoverSpan[];
  readonly #changes = new Map<string, Change[]>();
  readonly #spans = new Map<string, ComponentSpan[]>();

  constructor(scenario: Scenario, trace: Trace) {
    this.scenario = scenario;
    this.trace = trace;
    const times: number[] = [];
    for (const c of scenario.components) this.#changes.set(c.id, [INITIAL]);
    for (const e of trace.events) {
      if (times[times.length - 1] !== e.t) times.push(e.t);
      if (e.type !== 'component') continue;
      const changes = this.#changes.get(e.component);
      if (!changes) continue;
      const change = { t: e.t, state: e.to, capacityShare: e.capacityShare };
      if (changes[changes.length - 1]!.t === e.t) changes[changes.length - 1] = change;
      else changes.push(change);
    }
    this.eventTimes = times;
    for (const [id, changes] of this.#changes) this.#spans.set(id, spansOf(changes, trace.horizon));
    this.switchovers = switchoversOf(trace);
  }

  /**
   * The plan runs, worked out when first asked for (the timeline models, made in the worker):
   * the page's own index, for the playhead, never needs them (~3-8 ms of a cold first paint).
   */
  get planRuns(): readonly PlanRun[] {
    return (this.#planRuns ??= planRunsOf(this.scenario, this.trace));
  }

  /**
   * Each standby group's role at `t` (changes at exactly `t` applied): the member that is
   * (or is becoming) active, and whether it is switching over. Groups that never switched
   * are absent: their named active is active.
   */
  standbyRolesAt(t: number): Map<string, { current: 0 | 1; switching: boolean }> {
    const roles = new Map<string, { current: 0 | 1; switching: boolean }>();
    for (const e of this.trace.events) {
      if (e.t > t) break;
      if (e.type !== 'switchover') continue;
      const group = this.#standbyMembers(e.group);
      const to = group?.indexOf(e.phase === 'abandoned' ? e.from : e.to);
      if (to !== 0 && to !== 1) continue;
      roles.set(e.group, { current: to, switching: e.phase === 'started' });
    }
    return roles;
  }

  #standbyMembers(id: string): [string, string] | null {
    for (const s of this.scenario.services)
      for (const g of standbyGroupsOf(s.requires))
        if (g.id === id) return [memberLabel(g.of[0]), memberLabel(g.of[1])];
    return null;
  }

  /** Contiguous spans covering [0, horizon), operational at full share at the start. */
  componentSpans(id: string): readonly ComponentSpan[] {
    return this.#spans.get(id) ?? [];
  }

  /** Every component's state in force at `t` (changes at exactly `t` applied), in scenario order. */
  componentStatesAt(t: number): ComponentStateAt[] {
    return this.scenario.components.map((c) => {
      const changes = this.#changes.get(c.id) ?? [INITIAL];
      const change = changes[Math.max(0, upperBound(changes, t, (x) => x.t) - 1)] ?? INITIAL;
      return { id: c.id, name: c.name, state: change.state, capacityShare: change.capacityShare };
    });
  }

  /** The service interval containing `t` (the last one when `t` is at or past the horizon). */
  serviceAt(serviceId: string, t: number): ServiceInterval {
    const intervals = this.trace.intervals[serviceId] ?? [];
    const i = Math.min(
      intervals.length - 1,
      Math.max(0, upperBound(intervals, t, (x) => x.start) - 1),
    );
    const interval = intervals[i];
    if (!interval) throw new RangeError(`no intervals for service '${serviceId}' in this trace`);
    return interval;
  }

  outageWindows(serviceId: string): OutageWindow[] {
    const service = this.#service(serviceId);
    const { rto, mtpd } = service.objectives;
    const switchoverAt = (t: number): string | null => {
      const s = this.switchovers.find((x) => x.start === t && x.services.includes(serviceId));
      return s ? `switch-over ${s.from} → ${s.to}` : null;
    };
    return serviceMetrics(this.scenario, service, this.trace).outages.map((o) => ({
      service: serviceId,
      start: o.start,
      end: o.end,
      ongoing: o.ongoing,
      rtoDeadline: o.start + rto,
      mtpdDeadline: o.start + mtpd,
      rtoMet: o.rtoMet,
      planSlowerThanRto: o.planSlowerThanRto,
      mtpdBreached: o.mtpdBreached,
      minutesInAgreedHours: o.minutesInAgreedHours,
      unavailable: o.unavailable,
      switchover: switchoverAt(o.start),
    }));
  }

  /** The first event time strictly after `t`, or null. */
  nextEventTime(t: number): number | null {
    return this.eventTimes[upperBound(this.eventTimes, t, identity)] ?? null;
  }

  /** The last event time strictly before `t`, or null. */
  previousEventTime(t: number): number | null {
    return this.eventTimes[upperBound(this.eventTimes, t, identity, true) - 1] ?? null;
  }

  timelineModel(serviceId: string): TimelineModel {
    const service = this.#service(serviceId);
    const { scenario, trace } = this;
    const involved = involvedComponents(scenario, service);
    const names = new Map(scenario.components.map((c) => [c.id, c.name]));
    const full = evaluate(service.requires, Capacities.full(scenario.components)).capacity;
    return {
      horizon: trace.horizon,
      startEpoch: scenario.startEpoch,
      timeZone: scenario.timeZone,
      agreed: agreedIntervals(service.calendar, scenario, trace.horizon),
      closedDays: closedDays(service, scenario, trace.horizon),
      service: {
        id: service.id,
        name: service.name,
        fullCapacity: Number.isFinite(full) ? full : null,
        mbco: service.objectives.mbco,
        rto: service.objectives.rto,
        mtpd: service.objectives.mtpd,
        intervals: trace.intervals[service.id] ?? [],
      },
      outages: this.outageWindows(serviceId),
      planRuns: this.planRuns.filter((r) => involved.includes(r.component)),
      switchovers: this.switchovers.filter((x) => x.services.includes(serviceId)),
      components: involved.map((id) => ({
        id,
        name: names.get(id) ?? id,
        spans: this.componentSpans(id),
      })),
    };
  }

  #service(id: string): Service {
    const service = this.scenario.services.find((s) => s.id === id);
    if (!service) throw new RangeError(`unknown service '${id}'`);
    return service;
  }
}

function spansOf(changes: readonly Change[], horizon: number): ComponentSpan[] {
  const spans: ComponentSpan[] = [];
  changes.forEach((c, i) => {
    const end = Math.min(horizon, changes[i + 1]?.t ?? horizon);
    if (end <= c.t) return;
    const last = spans[spans.length - 1];
    if (last && last.state === c.state && last.capacityShare === c.capacityShare)
      spans[spans.length - 1] = { ...last, end };
    else spans.push({ start: c.t, end, state: c.state, capacityShare: c.capacityShare });
  });
  return spans;
}

export { involvedComponents };

/** Whole local days inside [0, horizon) that a calendar exception closes. */
function closedDays(
  service: Service,
  clock: Pick<Scenario, 'startEpoch' | 'timeZone'>,
  horizon: number,
) {
  return service.calendar.exceptions
    .filter((e) => e.windows.length === 0)
    .map((e) => parseLocal(e.date))
    .map((midnight) => ({
      start: simAt(clock, midnight),
      end: simAt(clock, midnight + MS_PER_DAY),
    }))
    .filter(({ start, end }) => end > 0 && start < horizon)
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(horizon, end) }));
}

function planRunsOf(scenario: Scenario, trace: Trace): PlanRun[] {
  type Draft = { -readonly [K in keyof PlanRun]: PlanRun[K] } & { steps: StepSpan[] };
  const runs = new Map<string, Draft>();
  const plans = new Map(scenario.plans.map((p) => [p.id, p]));
  const waits = stepWaitsOf(scenario, trace);
  const waitsByStart = new Map<string, StepWait>(
    waits.flatMap((w) =>
      w.until === null ? [] : [[`${w.component}#${w.incident}#${w.step}#${w.until}`, w] as const],
    ),
  );
  for (const e of trace.events) {
    if (e.type === 'inject' || e.type === 'component' || e.type === 'service') continue;
    if (e.type === 'data-loss' || e.type === 'switchover') continue;
    // Waiting for a team: read below (step-waits.ts).
    if (e.type === 'call-out' || e.type === 'step-waiting') continue;
    const key = `${e.component}#${e.incident}`;
    const run = runs.get(key);
    switch (e.type) {
      case 'plan-started':
        runs.set(key, {
          component: e.component,
          plan: e.plan,
          planName: plans.get(e.plan)?.name ?? e.plan,
          incident: e.incident,
          start: e.t,
          end: trace.horizon,
          outcome: 'running',
          steps: [],
        });
        break;
      case 'plan-completed':
      case 'plan-aborted':
        if (!run) break;
        run.end = e.t;
        run.outcome = e.type === 'plan-completed' ? 'completed' : 'aborted';
        break;
      case 'step-started': {
        const name = plans.get(e.plan)?.steps.find((s) => s.id === e.step)?.name ?? e.step;
        const w = waitsByStart.get(`${key}#${e.step}#${e.t}`);
        const span: StepSpan = { step: e.step, name, owner: e.owner, start: e.t, end: null };
        run?.steps.push(
          w === undefined
            ? span
            : {
                ...span,
                wait: { from: w.from, team: w.team, teamName: w.teamName, callOut: w.callOut },
              },
        );
        break;
      }
      case 'step-finished': {
        const i = run ? run.steps.findIndex((s) => s.step === e.step && s.end === null) : -1;
        if (run && i >= 0) run.steps[i] = { ...run.steps[i]!, end: e.t };
        break;
      }
    }
  }
  if (waits.length > 0)
    for (const w of waits) {
      const run = runs.get(`${w.component}#${w.incident}`);
      if (run) run.waits = [...(run.waits ?? []), w];
    }
  return [...runs.values()];
}

/** Every switch-over in the trace, from its start to its completion or abandonment. */
function switchoversOf(trace: Trace): SwitchoverSpan[] {
  const out: SwitchoverSpan[] = [];
  const open = new Map<string, number>();
  for (const e of trace.events) {
    if (e.type !== 'switchover') continue;
    if (e.phase === 'started') {
      open.set(e.group, out.length);
      out.push({
        group: e.group,
        from: e.from,
        to: e.to,
        start: e.t,
        end: trace.horizon,
        outcome: 'running',
        services: e.services,
      });
      continue;
    }
    const k = open.get(e.group);
    if (k === undefined) continue;
    open.delete(e.group);
    out[k] = { ...out[k]!, end: e.t, outcome: e.phase };
  }
  return out;
}
