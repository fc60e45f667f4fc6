/**
 * The call tree: the teams that own the steps of the plans in the document, decide on
 * invocation, or are escalated to, with their people, working hours and call-out. An owner
 * that names no declared team is listed too, as always at work with no call-out (that is how
 * the simulation treats it).
 */
import type { RecoveryPlan, Scenario, Service } from '../../core/model.ts';
import { formatDurationRange } from '../../scenario/duration-range-text.ts';
import { weekText } from './text.ts';
import type { TeamEntry } from './types.ts';

const ALWAYS = 'always (24x7)';

export function callTree(
  scenario: Scenario,
  services: readonly Service[],
  plans: readonly RecoveryPlan[],
): TeamEntry[] {
  const teams = scenario.teams ?? [];
  const byId = new Map(teams.map((t) => [t.id, t]));
  const plansOf = (owner: string) =>
    plans.filter((p) => p.steps.some((s) => s.owner === owner)).map((p) => p.id);
  const wanted = new Set<string>();
  for (const p of plans) for (const s of p.steps) if (s.owner !== null) wanted.add(s.owner);
  for (const s of services) if (s.invocation?.decidedBy) wanted.add(s.invocation.decidedBy);
  // the escalation chain of every team listed, so the tree ends where it ends
  for (const id of [...wanted]) {
    const seen = new Set<string>();
    for (let t = byId.get(id); t?.escalation && !seen.has(t.id); t = byId.get(t.escalation)) {
      seen.add(t.id);
      wanted.add(t.escalation);
    }
  }
  const declared: TeamEntry[] = teams
    .filter((t) => wanted.has(t.id))
    .map((t) => {
      const always = t.hours.weekly.every(
        (d) => d.length === 1 && d[0]!.from === 0 && d[0]!.to === 86_400_000,
      );
      const noCallOut = t.callOut.type === 'fixed' && t.callOut.value === 0;
      return {
        id: t.id,
        name: t.name,
        size: t.size,
        hours: always ? ALWAYS : weekText(t.hours.weekly),
        callOut: noCallOut ? 'none' : formatDurationRange(t.callOut),
        contacts: t.contacts,
        escalation: t.escalation === null ? null : (byId.get(t.escalation)?.name ?? t.escalation),
        plans: plansOf(t.id),
        declared: true,
      };
    });
  const undeclared: TeamEntry[] = [...wanted]
    .filter((id) => !byId.has(id))
    .map((id) => ({
      id,
      name: id,
      size: null,
      hours: ALWAYS,
      callOut: 'none',
      contacts: [],
      escalation: null,
      plans: plansOf(id),
      declared: false,
    }));
  return [...declared, ...undeclared];
}
