/**
 * The standby groups as the team can foresee them at the exercise clock: which member each
 * group serves from (or is bringing in, or served from last) and since when a switch-over
 * under way started, read from the trace up to `now`; then, with every plan under way done by
 * its estimate and nothing failing meanwhile, what the groups do next. The groups follow the
 * standby group machine itself (machines/standby-group.machine.ts, stepped with xstate's pure
 * `getNextSnapshot`), told of its members as the simulator tells it: a member restored while
 * the group is down is switched to after a switch-over unless it is the member that served
 * last (that one resumes at once); a switch under way runs to its end; `failback: return`
 * switches back to the named active when it works again, `stay` does not. Each switch-over lasts its configured low, likely or high
 * duration, never its drawn one (the trace's `duration` is not read); one under way at `now`
 * counts from its start and ends no earlier than `now`. Components restored at the same
 * moment are taken in together before the groups look at their members.
 */
import { getNextSnapshot, type SnapshotFrom } from 'xstate';
import type { Scenario, StandbyGroup } from '../core/model.ts';
import { durationBounds } from '../core/sampling.ts';
import { evaluate, memberLabel, type CapacityOf, type ServingOf } from '../core/topology.ts';
import type { TraceEvent } from '../core/trace.ts';
import {
  servingMember,
  standbyGroupMachine,
  type StandbyEvent,
  type StandbyState,
} from '../machines/standby-group.machine.ts';
import { standbyGroupsOfScenario } from '../simulator/standby-common.ts';

export type Bound = 'low' | 'likely' | 'high';

/** A standby group at the clock, as its switch-over events show it. */
export interface GroupAtClock {
  /** The member serving, being brought in, or (when down) that served last. */
  readonly current: 0 | 1;
  /** When the switch-over under way started (scenario time); null when none is. */
  readonly switchingSince: number | null;
}

/** Every distinct standby group of a scenario (one per id), inner ones before their containers. */
const pairsOf = (scenario: Scenario): StandbyGroup[] =>
  standbyGroupsOfScenario(scenario).map((g) => g.group);

/**
 * Each standby group of `scenario` at the clock, from the trace's events up to it (`known`,
 * in window time; `offset` is the window's start in scenario time). A group with no
 * switch-over yet serves from its named active.
 */
export function groupsAtClock(
  scenario: Scenario,
  known: readonly TraceEvent[],
  offset: number,
): Map<string, GroupAtClock> {
  const groups = new Map<string, GroupAtClock>();
  const labels = new Map<string, readonly [string, string]>();
  for (const group of pairsOf(scenario)) {
    labels.set(group.id, [memberLabel(group.of[0]), memberLabel(group.of[1])]);
    groups.set(group.id, { current: 0, switchingSince: null });
  }
  for (const e of known) {
    if (e.type !== 'switchover') continue;
    const names = labels.get(e.group);
    if (names === undefined) continue;
    const member = (label: string): 0 | 1 => (names[1] === label ? 1 : 0);
    if (e.phase === 'started')
      groups.set(e.group, { current: member(e.to), switchingSince: e.t + offset });
    else if (e.phase === 'completed')
      groups.set(e.group, { current: member(e.to), switchingSince: null });
    // abandoned: back to the member the switch was leaving, which does not work
    else groups.set(e.group, { current: member(e.from), switchingSince: null });
  }
  return groups;
}

/** What the team knows at the clock, for one end of the estimates. */
export interface KnownAtClock {
  /** Whether each component works now (absent: it does). */
  readonly working: ReadonlyMap<string, boolean>;
  readonly groups: ReadonlyMap<string, GroupAtClock>;
  /** When a component not working is expected back at this end; undefined when never. */
  readonly restoreAt: (component: string) => number | undefined;
}

/** A moment at which, as foreseen, components come back or a group changes its serving member. */
export interface Checkpoint {
  readonly t: number;
  readonly restored: ReadonlySet<string>;
  /** Groups (by id) that serve from another member, or from none, after `t`. */
  readonly switched: ReadonlySet<string>;
  readonly capacityOf: CapacityOf;
  readonly servingOf: ServingOf;
}

type Snapshot = SnapshotFrom<typeof standbyGroupMachine>;

/** The event the machine's switch-over delay raises, read off the machine. */
const SWITCHED = {
  type: standbyGroupMachine.states.switching!.after[0]!.eventType,
} as unknown as StandbyEvent;

/** Safety net: without failures the groups settle after a few switch-overs each. */
const MAX_CHECKPOINTS = 10_000;

/**
 * The checkpoints after `now`, in time order, at the `bound` end of every plan's estimate and
 * every switch-over's configured duration.
 */
export function projectRecovery(
  scenario: Scenario,
  known: KnownAtClock,
  now: number,
  bound: Bound,
): Checkpoint[] {
  const groups = pairsOf(scenario);
  const up = new Set<string>();
  const pending = new Map<string, number>();
  for (const [id, works] of known.working) {
    if (works) continue;
    const t = known.restoreAt(id);
    if (t !== undefined) pending.set(id, Math.max(now, t));
  }
  const capacityOf: CapacityOf = (id) => (known.working.get(id) !== false || up.has(id) ? 1 : 0);
  const snapshots = new Map<string, Snapshot>();
  const ends = new Map<string, number>();
  const servingNow: ServingOf = (g) => {
    const s = snapshots.get(g.id);
    return s === undefined ? -2 : servingMember(s.value, s.context);
  };
  const works = (g: StandbyGroup, member: 0 | 1) =>
    evaluate(g.of[member], capacityOf, servingNow).satisfied;
  const length = (g: StandbyGroup) => durationBounds(g.switchover)[bound];
  // the groups at `now`, inner ones first (a member's own groups are settled when it is judged)
  for (const g of groups) {
    const at = known.groups.get(g.id) ?? { current: 0, switchingSince: null };
    const context = { failback: g.failback, current: at.current, switchover: length(g) };
    let value: StandbyState = works(g, at.current) ? 'active' : 'down';
    if (at.switchingSince !== null) {
      value = 'switching';
      ends.set(g.id, Math.max(now, at.switchingSince + context.switchover));
    }
    snapshots.set(g.id, standbyGroupMachine.resolveState({ value, context }));
  }
  /** Sends `event` to `g`'s machine at `t`; whether its state changed. */
  const send = (g: StandbyGroup, event: StandbyEvent, t: number): boolean => {
    const from = snapshots.get(g.id)!;
    const to = getNextSnapshot(standbyGroupMachine, from, event);
    snapshots.set(g.id, to);
    if (to.value === from.value && to.context.current === from.context.current) return false;
    if (to.value === 'switching') ends.set(g.id, t + to.context.switchover);
    else ends.delete(g.id);
    return true;
  };
  const checkpoints: Checkpoint[] = [];
  while (checkpoints.length < MAX_CHECKPOINTS) {
    const t = Math.min(...pending.values(), ...ends.values());
    if (t === Infinity) break;
    const before = new Map(groups.map((g) => [g.id, servingNow(g)]));
    const restored = new Set<string>();
    for (const [id, at] of pending)
      if (at <= t) {
        up.add(id);
        restored.add(id);
        pending.delete(id);
      }
    for (const g of groups) if ((ends.get(g.id) ?? Infinity) <= t) send(g, SWITCHED, t);
    // as the simulator refreshes a group: its members, again until it settles (at most 3 times)
    for (const g of groups) {
      const event: StandbyEvent = {
        type: 'MEMBERS',
        first: works(g, 0),
        second: works(g, 1),
        switchover: length(g),
      };
      for (let i = 0; i < 3 && send(g, event, t); i++);
    }
    const serving = new Map(groups.map((g) => [g.id, servingNow(g)]));
    const ups = new Set(up);
    checkpoints.push({
      t,
      restored,
      switched: new Set(
        groups.filter((g) => serving.get(g.id) !== before.get(g.id)).map((g) => g.id),
      ),
      capacityOf: (id) => (known.working.get(id) !== false || ups.has(id) ? 1 : 0),
      servingOf: (g) => serving.get(g.id) ?? -2,
    });
  }
  return checkpoints;
}
