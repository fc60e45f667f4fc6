/**
 * A small service with a recovery team, built as a model for hand-computed tests of the
 * analyses: `records` needs the databases (db-1 alone, or 1 of db-1 and db-2), each rebuilt by
 * the Database administrators (one person by default, office hours Mon-Fri 08:00-18:00, a fixed
 * 45 min call-out) in a 3 h step. The service is needed round the clock, RTO 3 h 30 min, so a
 * night failure (45 min call-out + 3 h rebuild = 3 h 45 min) misses it and a day one
 * (3 h) does not. Starts Monday 2026-01-05 00:00.
 */
import type { Scenario, Team, Topology } from '../../src/core/model.ts';
import { days, hours, minutes } from '../../src/core/time.ts';
import {
  allDay,
  atLeast,
  component,
  flatDemand,
  objectives,
  ref,
  scenario,
  service,
  weekdays,
} from './model-builder.ts';

export const DBA_NAME = 'Database administrators';

export const dbaTeam = (over: Partial<Team> = {}): Team => ({
  id: 'dba',
  name: DBA_NAME,
  size: 1,
  hours: weekdays(8, 18),
  callOut: { type: 'fixed', value: minutes(45) },
  contacts: [],
  escalation: null,
  ...over,
});

export function teamBank(
  options: {
    team?: Partial<Team>;
    /** Both databases, 1 of 2 needed (default: db-1 alone). */
    pair?: boolean;
    rebuildMinutes?: number;
    rtoMinutes?: number;
    horizonDays?: number;
  } = {},
): Scenario {
  const ids = options.pair ? ['db-1', 'db-2'] : ['db-1'];
  const requires: Topology = options.pair ? atLeast(1, 'db-1', 'db-2') : ref('db-1');
  return scenario({
    name: 'records with a DBA team',
    horizon: days(options.horizonDays ?? 14),
    calendar: allDay,
    components: ids.map((id) =>
      component(id, { kind: 'database', capacity: 1000, recovery: 'db-rebuild' }),
    ),
    services: [
      service('records', requires, {
        name: 'Records',
        calendar: allDay,
        demand: flatDemand(100),
        objectives: objectives({ rto: minutes(options.rtoMinutes ?? 210), mtpd: hours(12) }),
      }),
    ],
    plans: [
      {
        id: 'db-rebuild',
        name: 'Rebuild a database',
        steps: [
          {
            id: 'rebuild',
            name: 'Rebuild the database',
            duration: { type: 'fixed', value: minutes(options.rebuildMinutes ?? 180) },
            owner: 'dba',
            after: [],
          },
        ],
      },
    ],
    teams: [dbaTeam(options.team)],
  });
}
