/**
 * Capacities that keep a service at its MBCO when one member of a redundancy group is lost:
 * the smallest raise of the other members (to one common floor, found by bisection on the
 * variant's static topology) so that what is left alone reaches the MBCO share.
 */
import type { Scenario, Service, Topology } from '../../core/model.ts';
import { StaticTopology } from '../bia/static-impact.ts';
import { applyEdit } from './apply-edit.ts';
import type { ScenarioEdit } from './types.ts';

type Group = Extract<Topology, { type: 'group' }>;

/** The innermost group that has `id` as a direct member. */
function groupOf(t: Topology, id: string): Group | null {
  if (t.type === 'component') return null;
  for (const m of t.of) {
    const inner = groupOf(m, id);
    if (inner) return inner;
  }
  return t.type === 'group' && t.of.some((m) => m.type === 'component' && m.id === id) ? t : null;
}

/** Set-capacity edits raising `members` to the lowest common floor for which `ok` holds, or null. */
function smallestRaise(
  scenario: Scenario,
  members: readonly { id: string; capacity: number }[],
  ok: (variant: Scenario) => boolean,
): ScenarioEdit[] | null {
  const edits = (floor: number): ScenarioEdit[] =>
    members
      .filter((m) => m.capacity < Math.ceil(floor))
      .map((m) => ({ kind: 'set-capacity', component: m.id, capacity: Math.ceil(floor) }));
  const works = (floor: number) => ok(edits(floor).reduce(applyEdit, scenario));
  let hi = Math.max(1, ...members.map((m) => m.capacity));
  for (let i = 0; i < 20 && !works(hi); i++) hi *= 2;
  if (!works(hi)) return null;
  let lo = 0;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (works(mid)) hi = mid;
    else lo = mid;
  }
  return edits(hi);
}

const downWithout = (variant: Scenario, service: Service, lost: string) => {
  const s = variant.services.find((x) => x.id === service.id) ?? service;
  return new StaticTopology(variant).isDownWithout(s, [lost]);
};

export interface MbcoFix {
  /** Raise the other members so that they alone reach the MBCO share. */
  readonly others: ScenarioEdit[];
  /** A member that the raise leaves below the MBCO on its own in turn, if any. */
  readonly exposed: string | null;
  /** Raise every constrained member so that any one may be lost; null when impossible. */
  readonly all: ScenarioEdit[] | null;
}

export function mbcoFix(scenario: Scenario, service: Service, lost: string): MbcoFix | null {
  const group = groupOf(service.requires, lost);
  if (!group) return null;
  const capacity = (id: string) => scenario.components.find((c) => c.id === id)?.capacity ?? null;
  const leaves = group.of.flatMap((m) => {
    const c = m.type === 'component' ? capacity(m.id) : null;
    return m.type === 'component' && c !== null ? [{ id: m.id, capacity: c }] : [];
  });
  const others = leaves.filter((m) => m.id !== lost);
  const raised = smallestRaise(scenario, others, (v) => !downWithout(v, service, lost));
  if (!raised) return null;
  const variant = raised.reduce(applyEdit, scenario);
  const exposed = leaves.find((m) => downWithout(variant, service, m.id))?.id ?? null;
  const all =
    exposed === null
      ? null
      : smallestRaise(scenario, leaves, (v) => leaves.every((m) => !downWithout(v, service, m.id)));
  return { others: raised, exposed, all };
}
