/**
 * What the actor path (team-runtime.ts) and the fast path (fast/teams.ts) share about recovery
 * teams: the declared teams of a scenario, their working hours laid out on simulated time, the
 * team that does each plan step (none for an owner that names no declared team: an unlimited
 * team, always at work), and each component's rank in a team's queue (the best `priority`
 * among the services that need it, directly or through dependsOn; none = Infinity).
 */
import { involvedComponents } from '../core/involved.ts';
import type { Interval } from '../core/intervals.ts';
import type { Scenario, Team } from '../core/model.ts';
import { agreedHoursOf } from '../core/agreed-hours.ts';

/** Request keys pack a component index and a step index (as fast/plans.ts packs its timers). */
export const STEP_KEYS = 1024;

/** Each interval list's starts and ends as arrays, made once per list (runs share the lists). */
const bounds = new WeakMap<readonly Interval[], { starts: Float64Array; ends: Float64Array }>();

function boundsOf(intervals: readonly Interval[]): { starts: Float64Array; ends: Float64Array } {
  let b = bounds.get(intervals);
  if (!b) {
    b = {
      starts: Float64Array.from(intervals, (i) => i.start),
      ends: Float64Array.from(intervals, (i) => i.end),
    };
    bounds.set(intervals, b);
  }
  return b;
}

export class TeamHours {
  /** The intervals' starts and ends (contiguous numbers: a seek reads no interval object). */
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;
  /** Index of the interval the last question fell in or before (questions mostly move forward). */
  #at = 0;
  /** The last question (a run asks several times at the same instant). */
  #t = NaN;

  constructor(intervals: readonly Interval[]) {
    const { starts, ends } = boundsOf(intervals);
    this.#starts = starts;
    this.#ends = ends;
  }

  /** Index of the first interval ending after `t`. */
  #seek(t: number): number {
    if (t === this.#t) return this.#at;
    const ends = this.#ends;
    const n = ends.length;
    let i = this.#at;
    if (i > 0 && ends[i - 1]! > t) i = 0;
    // A few steps forward, then a binary search (a run's first question may be months in).
    for (let steps = 0; steps < 4 && i < n && ends[i]! <= t; steps++) i++;
    if (i < n && ends[i]! <= t) {
      let hi = n;
      while (i < hi) {
        const mid = (i + hi) >>> 1;
        if (ends[mid]! <= t) i = mid + 1;
        else hi = mid;
      }
    }
    this.#at = i;
    this.#t = t;
    return i;
  }

  /** Whether `t` is inside the working hours. */
  contains(t: number): boolean {
    const i = this.#seek(t);
    return i < this.#starts.length && this.#starts[i]! <= t;
  }

  /** The next start of working hours after `t` (Infinity: none before the horizon). */
  nextStart(t: number): number {
    const starts = this.#starts;
    for (let i = this.#seek(t); i < starts.length; i++) if (starts[i]! > t) return starts[i]!;
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
    hours: teams.map((t) => agreedHoursOf(t.hours, scenario, scenario.horizon)),
    stepTeams,
    ranks,
  };
}
