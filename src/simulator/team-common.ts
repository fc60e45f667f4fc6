/**
 * What the actor path (team-runtime.ts) and the fast path (fast/teams.ts) share about recovery
 * teams: the declared teams of a scenario, their working hours laid out on simulated time, the
 * team that does each plan step (none for an owner that names no declared team: an unlimited
 * team, always at work), and each component's rank in a team's queue (the best `priority`
 * among the services that need it, directly or through dependsOn; none = Infinity).
 */
import { agreedIntervals } from '../core/calendar.ts';
import { involvedComponents } from '../core/involved.ts';
import type { Interval } from '../core/intervals.ts';
import type { Scenario, Team } from '../core/model.ts';

/** Request keys pack a component index and a step index (as fast/plans.ts packs its timers). */
export const STEP_KEYS = 1024;

export class TeamHours {
  readonly #intervals: readonly Interval[];
  /** Index of the interval the last question fell in or before (questions mostly move forward). */
  #at = 0;

  constructor(intervals: readonly Interval[]) {
    this.#intervals = intervals;
  }

  /** Index of the first interval ending after `t`. */
  #seek(t: number): number {
    const list = this.#intervals;
    let i = this.#at;
    if (i > 0 && list[i - 1]!.end > t) i = 0;
    // A few steps forward, then a binary search (a run's first question may be months in).
    for (let steps = 0; steps < 4 && i < list.length && list[i]!.end <= t; steps++) i++;
    if (i < list.length && list[i]!.end <= t) {
      let hi = list.length;
      while (i < hi) {
        const mid = (i + hi) >>> 1;
        if (list[mid]!.end <= t) i = mid + 1;
        else hi = mid;
      }
    }
    this.#at = i;
    return i;
  }

  /** Whether `t` is inside the working hours. */
  contains(t: number): boolean {
    const iv = this.#intervals[this.#seek(t)];
    return iv !== undefined && iv.start <= t;
  }

  /** The next start of working hours after `t` (Infinity: none before the horizon). */
  nextStart(t: number): number {
    const list = this.#intervals;
    for (let i = this.#seek(t); i < list.length; i++) if (list[i]!.start > t) return list[i]!.start;
    return Infinity;
  }
}

export interface TeamsOfScenario {
  readonly teams: readonly Team[];
  /** Each team's working hours on simulated time, [0, horizon). */
  readonly hours: readonly (readonly Interval[])[];
  /** Team index of each component's plan step, by component index (-1: no declared team). */
  readonly stepTeams: readonly (Int32Array | null)[];
  /** Each component's rank in a queue (lower is served first; Infinity = no priority). */
  readonly ranks: Float64Array;
}

/** The teams a run needs, or null when no plan step names a declared team (nothing changes). */
export function teamsOfScenario(scenario: Scenario): TeamsOfScenario | null {
  const teams = scenario.teams ?? [];
  if (teams.length === 0) return null;
  const index = new Map(teams.map((t, k) => [t.id, k]));
  const plans = new Map(scenario.plans.map((p) => [p.id, p]));
  let used = false;
  const stepTeams = scenario.components.map((c) => {
    const plan = c.recovery === null ? undefined : plans.get(c.recovery);
    if (!plan) return null;
    const row = Int32Array.from(plan.steps, (s) =>
      s.owner === null ? -1 : (index.get(s.owner) ?? -1),
    );
    if (row.some((k) => k >= 0)) used = true;
    return row;
  });
  if (!used) return null;
  const ranks = new Float64Array(scenario.components.length).fill(Infinity);
  const componentIndex = new Map(scenario.components.map((c, i) => [c.id, i]));
  for (const service of scenario.services) {
    if (service.priority === undefined) continue;
    for (const id of involvedComponents(scenario, service)) {
      const i = componentIndex.get(id);
      if (i !== undefined) ranks[i] = Math.min(ranks[i]!, service.priority);
    }
  }
  return {
    teams,
    hours: teams.map((t) => agreedIntervals(t.hours, scenario, scenario.horizon)),
    stepTeams,
    ranks,
  };
}
