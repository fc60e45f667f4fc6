/**
 * Checks on standby groups across the file: the active and the standby are different
 * components, and one group id names one group (the same pair in two services is written
 * the same way, so that both services see the same switch-overs).
 */
import type { StandbyGroup, Topology } from '../core/model.ts';
import { componentsOf } from '../core/topology.ts';
import type { PathSegment } from './issues.ts';
import type { ScenarioFileOutput } from './schema.ts';
import { memberPath } from './topology-paths.ts';
import type { RawIssue } from './zod-issues.ts';

function walk(
  node: Topology,
  path: PathSegment[],
  visit: (group: StandbyGroup, path: PathSegment[]) => void,
): void {
  if (node.type === 'component') return;
  node.of.forEach((child, i) => walk(child, [...path, ...memberPath(node, i)], visit));
  if (node.type === 'standby') visit(node, path);
}

const where = (path: readonly PathSegment[]): string =>
  path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .slice(1);

export function checkStandbyGroups(file: ScenarioFileOutput): RawIssue[] {
  const out: RawIssue[] = [];
  const seen = new Map<string, { group: StandbyGroup; path: PathSegment[] }>();
  file.services.forEach((service, s) =>
    walk(service.requires, ['services', s, 'requires'], (group, path) => {
      const standby = new Set(componentsOf(group.of[1]));
      const shared = componentsOf(group.of[0]).filter((id) => standby.has(id));
      if (shared.length > 0)
        out.push({
          severity: 'error',
          path: [...path, 'standby'],
          message: `the active and the standby of standby group ${group.id} both need ${shared.join(', ')}: one failure would take both`,
          hint: 'make the standby a separate component, e.g. { active: db-1, standby: db-2, switchover: 10m }',
        });
      const earlier = seen.get(group.id);
      if (earlier === undefined) seen.set(group.id, { group, path });
      else if (JSON.stringify(earlier.group) !== JSON.stringify(group))
        out.push({
          severity: 'error',
          path,
          message: `standby group id "${group.id}" already names a different group at ${where(earlier.path)}`,
          hint: `write the same pair the same way in both services, or give this one its own id: id: ${group.id.replace(/[^a-z0-9._-]/g, '-')}-2`,
        });
    }),
  );
  return out;
}
