/**
 * One disruption at one moment, simulated as the BIA simulates it: the derived scenario of
 * its day (derive.ts), reduced to what the disruption can change (reduce.ts), run with the
 * disruption's injects and compared with the same day undisrupted (impact.ts). The
 * undisrupted run of a day is made once per service and bound and shared by every
 * disruption placed on that day (the table's placements and the heatmap's hours alike).
 *
 * Runs use the fast path with its trace (byte-identical to `simulate`'s, proven by
 * test/simulator/fast/differential.test.ts).
 */
import { formatLocal } from '../../core/civil.ts';
import { DemandProfile } from '../../core/demand.ts';
import { involvedComponents } from '../../core/involved.ts';
import { serviceMetrics } from '../../core/metrics.ts';
import type { Inject, RecoveryPlan, Scenario, Service } from '../../core/model.ts';
import { simTime } from '../../core/time.ts';
import { simulateFast } from '../../simulator/fast/simulate-fast.ts';
import { recoveryRuns } from '../recovery-run.ts';
import { fixPlans, fixSwitchovers, withFixedTeams } from './conditions.ts';
import { recoveryFigures } from './recovery-figures.ts';
import { dayStartOf, deriveScenario, type Derived } from './derive.ts';
import { impactFigures, worstDataLoss, type RunSummary } from './impact.ts';
import { reduceScenario } from './reduce.ts';
import {
  BOUNDS,
  type Bound,
  type Disruption,
  type ImpactFigures,
  type Undisrupted,
} from './types.ts';
import { localAt } from '../../core/zone.ts';

const SEED = 'bia';

function summarise(
  scenario: Scenario,
  service: Service,
  injects: readonly Inject[],
  disrupted: ReadonlySet<string>,
  from: number,
): RunSummary {
  const trace = simulateFast(scenario, SEED, { injects, trace: true }).trace!;
  const own = scenario.services.find((s) => s.id === service.id) ?? service;
  let lost: number | null = null;
  const overloadFailures: { component: string; t: number }[] = [];
  const callOuts: { team: string; t: number; arrives: number }[] = [];
  for (const e of trace.events)
    if (e.type === 'call-out') callOuts.push({ team: e.team, t: e.t, arrives: e.arrives });
    else if (e.type === 'data-loss' && e.t >= from && disrupted.has(e.component))
      lost = Math.max(lost ?? 0, e.lost);
    else if (e.type === 'component' && e.to === 'failed' && e.cause === 'overload')
      overloadFailures.push({ component: e.component, t: e.t });
  return {
    metrics: serviceMetrics(scenario, own, trace),
    intervals: trace.intervals[service.id] ?? [],
    dataLost: lost,
    overloadFailures,
    ...(scenario.teams?.length
      ? { recovery: recoveryFigures(scenario, recoveryRuns(trace.events), from, callOuts) }
      : {}),
  };
}

function peakDemand(scenario: Scenario, service: Service): number {
  const demand = new DemandProfile(scenario, service, []);
  let peak = 0;
  for (let t = 0; t < scenario.horizon; t = demand.nextChange(t))
    peak = Math.max(peak, demand.rateAt(t));
  return peak;
}

interface Day {
  readonly derived: Derived;
  readonly base: RunSummary;
  readonly peak: number;
}

export class BiaEvaluator {
  /** Simulations run so far (undisrupted days included). */
  runs = 0;
  readonly #scenario: Scenario;
  /** The scenario with its teams' call-outs fixed at each bound. */
  readonly #withTeams: Record<Bound, Scenario>;
  readonly #plans: Record<Bound, RecoveryPlan[]>;
  /** The services with their standby switch-overs fixed at each bound. */
  readonly #services: Record<Bound, Service[]>;
  readonly #involved: Map<string, Set<string>>;
  readonly #days = new Map<string, Day>();

  constructor(scenario: Scenario) {
    this.#scenario = scenario;
    this.#withTeams = Object.fromEntries(
      BOUNDS.map((b) => [b, withFixedTeams(scenario, b)]),
    ) as Record<Bound, Scenario>;
    this.#plans = Object.fromEntries(BOUNDS.map((b) => [b, fixPlans(scenario.plans, b)])) as Record<
      Bound,
      RecoveryPlan[]
    >;
    this.#services = Object.fromEntries(
      BOUNDS.map((b) => [b, fixSwitchovers(scenario.services, b)]),
    ) as Record<Bound, Service[]>;
    this.#involved = new Map(
      scenario.services.map((s) => [s.id, new Set(involvedComponents(scenario, s))]),
    );
  }

  /**
   * Whether step durations, switch-overs and call-outs at `bound` are those at the most-likely
   * end (its runs would repeat them).
   */
  sameAsLikely(bound: Bound): boolean {
    return (
      JSON.stringify(this.#plans[bound]) === JSON.stringify(this.#plans.likely) &&
      JSON.stringify(this.#services[bound]) === JSON.stringify(this.#services.likely) &&
      JSON.stringify(this.#withTeams[bound].teams) === JSON.stringify(this.#withTeams.likely.teams)
    );
  }

  /** The disruption's components that the service involves. */
  componentsIn(d: Disruption, service: Service): string[] {
    return d.components.filter((id) => this.#involved.get(service.id)!.has(id));
  }

  #day(service: Service, t: number, bound: Bound): Day {
    const key = `${service.id}|${dayStartOf(this.#scenario, t)}|${bound}`;
    let day = this.#days.get(key);
    if (!day) {
      const derived = deriveScenario(
        this.#withTeams[bound],
        this.#plans[bound],
        t,
        service.objectives.mtpd,
        this.#services[bound],
      );
      this.runs++;
      day = {
        derived,
        base: summarise(derived.scenario, service, [], new Set(), 0),
        peak: peakDemand(derived.scenario, service),
      };
      this.#days.set(key, day);
    }
    return day;
  }

  /** The undisrupted run of `service` at simulated time `t`: its state then, and what failed under overload that day. */
  undisrupted(service: Service, t: number, bound: Bound): Undisrupted {
    const { derived, base } = this.#day(service, t, bound);
    const at = t - derived.shift;
    const now = base.intervals.find((i) => i.start <= at && at < i.end);
    return {
      state: now?.state ?? 'up',
      capacity: now?.capacity ?? null,
      demand: now?.demand ?? 0,
      overloadFailures: base.overloadFailures
        .filter((f) => f.t >= at)
        .map((f) => ({
          component: f.component,
          at: formatLocal(localAt(derived.scenario, f.t)),
        })),
    };
  }

  /**
   * What `d`, made of `injects` (scenario time, the first at `t`), does to `service` with
   * every plan step at `bound`. In scenarios with teams, the figures carry the plans' paths
   * (`recovery`) where a step waited for its team, or always with `paths`.
   */
  impact(
    d: Disruption,
    service: Service,
    t: number,
    bound: Bound,
    injects: readonly Inject[],
    paths = false,
  ): ImpactFigures {
    const { derived, base, peak } = this.#day(service, t, bound);
    const mine = this.componentsIn(d, service);
    const at = t - derived.shift;
    // The derived service: its standby switch-overs are fixed at the bound.
    const own = derived.scenario.services.find((x) => x.id === service.id) ?? service;
    const reduced = reduceScenario(derived.scenario, own, mine, peak, d.kind !== 'surge');
    this.runs++;
    const hit = summarise(
      reduced,
      service,
      injects.map((i) => ({ ...i, at: simTime(i.at - derived.shift) })),
      new Set(mine),
      at,
    );
    const byId = new Map(this.#scenario.components.map((c) => [c.id, c]));
    const worst = worstDataLoss(
      mine.flatMap((id) => byId.get(id) ?? []),
      d.kind === 'corruption',
      this.#scenario.horizon,
    );
    const figures = impactFigures(derived.scenario, service, at, hit, base, worst);
    // the plans' paths only where a step waited for its team: what the analyses of teams read
    const waited = hit.recovery?.some((r) => r.waits.length > 0);
    return hit.recovery && (waited || paths) ? { ...figures, recovery: hit.recovery } : figures;
  }
}
