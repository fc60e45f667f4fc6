/**
 * Hand-computed scenarios with recovery teams: databases whose plans are a DBA team's rebuild
 * (and, if asked, a check after it), failed by injects.
 */
import type { Calendar, Component, Inject, Scenario, Service, Team } from '../../src/core/model.ts';
import { minutes } from '../../src/core/time.ts';
import { allDay, component, ref, scenario, service, weekdays } from './model-builder.ts';

/** The DBA team: one person, office hours Mon-Fri 08:00-18:00, a fixed 45 min call-out. */
export const dba = (over: Partial<Team> = {}): Team => ({
  id: 'dba',
  name: 'Database administrators',
  size: 1,
  hours: weekdays(8, 18),
  callOut: { type: 'fixed', value: minutes(45) },
  contacts: [],
  escalation: null,
  ...over,
});
export const always: Calendar = allDay;

/** A database whose plan is the DBA's rebuild (minutes), then, if given, a 15 min check by ops. */
const database = (id: string, over: Partial<Component> = {}): Component =>
  component(id, { recovery: `rebuild-${id}`, ...over });
const rebuildPlan = (id: string, rebuild: number, check = false) => ({
  id: `rebuild-${id}`,
  name: `Rebuild ${id}`,
  steps: [
    {
      id: 'rebuild',
      name: 'Rebuild the lost node',
      duration: { type: 'fixed' as const, value: minutes(rebuild) },
      owner: 'dba',
      after: [],
    },
    ...(check
      ? [
          {
            id: 'check',
            name: 'Check the data',
            duration: { type: 'fixed' as const, value: minutes(15) },
            owner: 'dba',
            after: ['rebuild'],
          },
        ]
      : []),
  ],
});

export function teamScenario(options: {
  teams: Team[];
  databases: [string, number, boolean?][];
  injects: Inject[];
  services?: Service[];
  detection?: number;
}): Scenario {
  const { databases, detection = 0 } = options;
  return scenario({
    components: databases.map(([id]) => database(id, { detection: minutes(detection) })),
    services: options.services ?? [service('records', ref(databases[0]![0]))],
    plans: databases.map(([id, m, check]) => rebuildPlan(id, m, check)),
    teams: options.teams,
    injects: options.injects,
  });
}

export const fail = (component: string, t: number): Inject => ({
  at: t as Inject['at'],
  action: 'fail',
  component,
});
export const restore = (component: string, t: number): Inject => ({
  at: t as Inject['at'],
  action: 'restore',
  component,
});
