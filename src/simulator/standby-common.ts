/**
 * What the actor path and the fast path share about standby groups: the distinct groups of a
 * scenario (inner ones first), whether each member works, and the trace event of a change of
 * state: a switch-over started, completed, or abandoned (its target stopped working).
 */
import type { Scenario, StandbyGroup } from '../core/model.ts';
import {
  evaluate,
  memberLabel,
  standbyGroupsOf,
  type CapacityOf,
  type ServingOf,
} from '../core/topology.ts';
import type { TraceEvent } from '../core/trace.ts';
import type { StandbyContext, StandbyState } from '../machines/standby-group.machine.ts';

export interface GroupInRun {
  readonly group: StandbyGroup;
  /** Ids of the services that need it. */
  readonly services: readonly string[];
}

/**
 * Every distinct standby group of a scenario (the same id in two services is one pair), inner
 * ones before the groups that contain them, with the services needing each.
 */
export function standbyGroupsOfScenario(scenario: Scenario): GroupInRun[] {
  const byId = new Map<string, { group: StandbyGroup; services: string[] }>();
  for (const service of scenario.services)
    for (const group of standbyGroupsOf(service.requires)) {
      const entry = byId.get(group.id) ?? { group, services: [] };
      byId.set(group.id, entry);
      if (!entry.services.includes(service.id)) entry.services.push(service.id);
    }
  return [...byId.values()];
}

/** Whether each member of `group` works (its topology is satisfied) right now. */
export function membersWork(
  group: StandbyGroup,
  capacityOf: CapacityOf,
  servingOf: ServingOf,
): [boolean, boolean] {
  return [
    evaluate(group.of[0], capacityOf, servingOf).satisfied,
    evaluate(group.of[1], capacityOf, servingOf).satisfied,
  ];
}

type SwitchoverEvent = Omit<Extract<TraceEvent, { type: 'switchover' }>, 't'>;

export const memberLabels = (group: StandbyGroup): [string, string] => [
  memberLabel(group.of[0]),
  memberLabel(group.of[1]),
];

/** The event for a change from `from` to `to` (null when it is not part of a switch-over). */
export function switchoverEvent(
  from: StandbyState,
  to: StandbyState,
  context: Pick<StandbyContext, 'current' | 'switchover'>,
  labels: readonly [string, string],
  group: string,
  services: readonly string[],
): SwitchoverEvent | null {
  const current = labels[context.current];
  const other = labels[context.current === 0 ? 1 : 0];
  const base = { type: 'switchover' as const, group, duration: context.switchover, services };
  if (to === 'switching') return { ...base, phase: 'started', from: other, to: current };
  if (from !== 'switching') return null;
  // Abandoned: `current` went back to the member the switch was leaving.
  if (to === 'down') return { ...base, phase: 'abandoned', from: current, to: other };
  return { ...base, phase: 'completed', from: other, to: current };
}
