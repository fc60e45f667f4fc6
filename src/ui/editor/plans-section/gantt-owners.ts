/**
 * The Gantt labels a step with its owner: a declared team by its name ("Rebuild · Database
 * administrators"), any other owner as written.
 */
import type { GanttData } from '../../../charts/gantt.ts';
import type { Team } from '../../../core/model.ts';

export function ownersByName(data: GanttData, teams: readonly Team[]): GanttData {
  if (teams.length === 0) return data;
  const names = new Map(teams.map((t) => [t.id, t.name]));
  const steps = data.plan.steps.map((s) =>
    s.owner !== null && names.has(s.owner) ? { ...s, owner: names.get(s.owner)! } : s,
  );
  return { ...data, plan: { ...data.plan, steps } };
}
