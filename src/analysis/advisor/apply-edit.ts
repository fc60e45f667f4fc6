/** applyEdit(scenario, edit): the scenario with one suggested change made. Pure; the input is untouched. */
import type { Component, Scenario, Team, Topology } from '../../core/model.ts';
import { withFailureMean } from '../../core/means.ts';
import { ms } from '../../core/time.ts';
import { StaticTopology } from '../bia/static-impact.ts';
import type { ScenarioEdit } from './types.ts';

/** An id not used by any component: `base`, else `base-2`, `base-3`... */
function freshId(scenario: Scenario, base: string): string {
  const used = new Set(scenario.components.map((c) => c.id));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Adds `copy` next to every leaf `id`: in its group when it is a direct member, else as 1 of 2. */
function withStandby(t: Topology, id: string, copy: string): Topology {
  if (t.type === 'component')
    return t.id === id
      ? { type: 'group', atLeast: 1, of: [t, { type: 'component', id: copy }] }
      : t;
  if (t.type === 'group' && t.of.some((m) => m.type === 'component' && m.id === id))
    return {
      ...t,
      of: [...t.of.map((m) => withStandby(m, '\0', copy)), { type: 'component', id: copy }],
    };
  if (t.type === 'standby')
    return { ...t, of: [withStandby(t.of[0], id, copy), withStandby(t.of[1], id, copy)] };
  return { ...t, of: t.of.map((m) => withStandby(m, id, copy)) };
}

/** A standby for `id` (and, with `dependents`, for everything that depends on it, on the standby). */
function withStandbys(scenario: Scenario, id: string, dependents: boolean): Scenario {
  if (!scenario.components.some((c) => c.id === id)) return scenario;
  const copied = dependents ? new StaticTopology(scenario).lostWith([id]) : new Set([id]);
  const rename = new Map<string, string>();
  let next = scenario;
  for (const c of scenario.components) {
    if (!copied.has(c.id)) continue;
    const copy = freshId(next, `${c.id}-standby`);
    rename.set(c.id, copy);
    next = { ...next, components: [...next.components, { ...c, id: copy }] };
  }
  return {
    ...scenario,
    components: [
      ...scenario.components,
      ...scenario.components
        .filter((c) => rename.has(c.id))
        .map((c) => ({
          ...c,
          id: rename.get(c.id)!,
          name: `${c.name} (standby)`,
          dependsOn: c.dependsOn.map((d) => rename.get(d) ?? d),
        })),
    ],
    services: scenario.services.map((s) => ({
      ...s,
      requires: [...rename].reduce((t, [from, to]) => withStandby(t, from, to), s.requires),
    })),
  };
}

const mapComponent = (s: Scenario, id: string, f: (c: Component) => Component): Scenario => ({
  ...s,
  components: s.components.map((c) => (c.id === id ? f(c) : c)),
});

const mapTeam = (s: Scenario, id: string, f: (t: Team) => Team): Scenario =>
  s.teams === undefined ? s : { ...s, teams: s.teams.map((t) => (t.id === id ? f(t) : t)) };

const DAY = 86_400_000;

/** Every day 00:00-24:00 (windows in ms of the day): the team is always at work. */
export const isAlways = (weekly: readonly (readonly { from: number; to: number }[])[]): boolean =>
  weekly.length === 7 && weekly.every((d) => d.some((w) => w.from <= 0 && w.to >= DAY));

export function applyEdit(scenario: Scenario, edit: ScenarioEdit): Scenario {
  switch (edit.kind) {
    case 'set-step-duration':
    case 'set-step-owner':
      return {
        ...scenario,
        plans: scenario.plans.map((p) =>
          p.id !== edit.plan
            ? p
            : {
                ...p,
                steps: p.steps.map((s) =>
                  s.id !== edit.step
                    ? s
                    : edit.kind === 'set-step-duration'
                      ? { ...s, duration: edit.duration }
                      : { ...s, owner: edit.owner },
                ),
              },
        ),
      };
    case 'set-capacity':
      return mapComponent(scenario, edit.component, (c) => ({ ...c, capacity: edit.capacity }));
    case 'set-mtbf':
      return mapComponent(scenario, edit.component, (c) => ({
        ...c,
        failure: withFailureMean(c.failure, edit.mtbf),
      }));
    case 'set-detection':
      return mapComponent(scenario, edit.component, (c) => ({ ...c, detection: edit.detection }));
    case 'set-backup-interval':
      return mapComponent(scenario, edit.component, (c) => ({
        ...c,
        data: {
          backupOffset: ms(0),
          replicationLag: null,
          ...c.data,
          backupEvery: edit.every,
        },
      }));
    case 'add-redundant-member':
      return withStandbys(scenario, edit.component, edit.withDependents === true);
    case 'split-dependency': {
      const dep = scenario.components.find((c) => c.id === edit.dependency);
      if (!dep) return scenario;
      const id = freshId(scenario, `${dep.id}-2`);
      const withCopy = {
        ...scenario,
        components: [...scenario.components, { ...dep, id, name: `${dep.name} (second)` }],
      };
      return mapComponent(withCopy, edit.component, (c) => ({
        ...c,
        dependsOn: c.dependsOn.map((d) => (d === dep.id ? id : d)),
      }));
    }
    case 'set-team-size':
      return mapTeam(scenario, edit.team, (t) => ({ ...t, size: edit.size }));
    case 'set-team-call-out':
      return mapTeam(scenario, edit.team, (t) => ({ ...t, callOut: edit.callOut }));
    case 'set-team-hours':
      return mapTeam(scenario, edit.team, (t) =>
        isAlways(edit.weekly)
          ? {
              ...t,
              hours: { weekly: edit.weekly, exceptions: [] },
              callOut: { type: 'fixed', value: ms(0) },
            }
          : { ...t, hours: { ...t.hours, weekly: edit.weekly } },
      );
    case 'set-objective':
      return {
        ...scenario,
        services: scenario.services.map((s) =>
          s.id === edit.service
            ? { ...s, objectives: { ...s.objectives, [edit.objective]: edit.value } }
            : s,
        ),
      };
  }
}
