/**
 * The seed's bank, built directly as a model for hand-computed tests: 09:00-16:00 on
 * weekdays, a load balancer, two app servers (600 tpm each), two databases (1,500 tpm each),
 * demand 1,000 tpm at its peak; no random failures unless a test adds them. With
 * `dbStandby`, the databases are a primary (db-1) and its standby (db-2) instead of 1 of 2.
 */
import type {
  Component,
  Inject,
  RecoveryPlan,
  Scenario,
  StandbyGroup,
} from '../../src/core/model.ts';
import { days, hours, minutes } from '../../src/core/time.ts';
import {
  atLeast,
  component,
  flatDemand,
  plan,
  scenario,
  series,
  service,
  standby,
  weekdays,
} from './model-builder.ts';

export const bankHourly = [
  0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.1, 0.3, 0.7, 0.9, 1.0, 0.8, 0.9, 1.0, 0.8, 0.2, 0.1,
  0.05, 0.05, 0.02, 0.02, 0.02, 0.02,
];

export function bank(
  options: {
    injects?: Inject[];
    components?: Partial<Record<string, Partial<Component>>>;
    plans?: RecoveryPlan[];
    horizonDays?: number;
    monthEndSurge?: boolean;
    /** The databases as a standby group with this fixed switch-over (ms) and failback. */
    dbStandby?: { switchover: number; failback?: StandbyGroup['failback'] };
  } = {},
): Scenario {
  const dbs = options.dbStandby
    ? standby('db-1', 'db-2', options.dbStandby.switchover, {
        failback: options.dbStandby.failback ?? 'stay',
      })
    : atLeast(1, 'db-1', 'db-2');
  const c = (id: string, over: Partial<Component>) =>
    component(id, { ...over, ...options.components?.[id] });
  return scenario({
    name: 'bank (hand-built)',
    horizon: days(options.horizonDays ?? 35),
    calendar: weekdays(9, 16),
    components: [
      c('lb', { kind: 'load-balancer', capacity: 5000 }),
      c('app-1', { capacity: 600, recovery: 'app-rebuild', overloadFailAfter: hours(4) }),
      c('app-2', { capacity: 600, recovery: 'app-rebuild', overloadFailAfter: hours(4) }),
      c('db-1', {
        kind: 'database',
        capacity: 1500,
        recovery: 'db-rebuild',
        data: { backupEvery: hours(1), backupOffset: minutes(0), replicationLag: minutes(1) },
      }),
      c('db-2', {
        kind: 'database',
        capacity: 1500,
        recovery: 'db-rebuild',
        data: { backupEvery: hours(1), backupOffset: minutes(0), replicationLag: minutes(1) },
      }),
    ],
    services: [
      service('transfers', series('lb', atLeast(1, 'app-1', 'app-2'), dbs), {
        calendar: weekdays(9, 16),
        impact: {
          costPerHour: 40_000,
          costPerUnservedTransaction: 0.5,
          costPerHourOfDataLost: 0,
          currency: 'EUR',
        },
        demand: flatDemand(1000, {
          hourly: bankHourly,
          surges:
            options.monthEndSurge === false
              ? []
              : [
                  {
                    name: 'month-end',
                    every: { kind: 'month-end' },
                    at: hours(11),
                    duration: hours(3),
                    factor: 1.8,
                  },
                ],
        }),
      }),
    ],
    plans: options.plans ?? [
      plan('app-rebuild', [['rebuild', 120]]),
      plan('db-rebuild', [
        ['promote', 15],
        ['rebuild', 240, ['promote']],
      ]),
    ],
    injects: options.injects ?? [],
  });
}
