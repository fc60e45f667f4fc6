/**
 * The bank scenario file with people in its plans, built as model objects (independent of the
 * file's own `teams:`): a 24x7 service desk, one DBA in office hours with a 45 min call-out,
 * a platform team of two, an app team; the network team is left undeclared (an owner that
 * names no team). Money transfer has an invocation block; the database plan a yearly review
 * last done on 2025-11-01, the app plan one done on 2026-09-01.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Calendar, Scenario, Team } from '../../../src/core/model.ts';
import { hours, minutes, ms } from '../../../src/core/time.ts';
import { parseScenario } from '../../../src/scenario/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');

const office = (from: number, to: number): Calendar => ({
  weekly: Array.from({ length: 7 }, (_, d) =>
    d < 5 ? [{ from: hours(from), to: hours(to) }] : [],
  ),
  exceptions: [],
});
const always: Calendar = {
  weekly: Array.from({ length: 7 }, () => [{ from: 0, to: hours(24) }]),
  exceptions: [],
};

export const BANK_TEAMS: readonly Team[] = [
  {
    id: 'service-desk',
    name: 'Service desk',
    size: 2,
    hours: always,
    callOut: { type: 'fixed', value: ms(0) },
    contacts: [{ role: 'Duty manager', name: 'Sam Okafor', reach: '+49 69 5550 1000' }],
    escalation: 'it-ops-manager',
  },
  {
    id: 'dba',
    name: 'Database administrators',
    size: 1,
    hours: office(8, 18),
    callOut: { type: 'fixed', value: minutes(45) },
    contacts: [{ role: 'On-call DBA', name: 'Jana Weber', reach: '+49 69 5550 1234' }],
    escalation: 'platform-team',
  },
  {
    id: 'platform-team',
    name: 'Platform team',
    size: 2,
    hours: office(8, 18),
    callOut: { type: 'uniform', min: minutes(30), max: hours(1) },
    contacts: [],
    escalation: 'it-ops-manager',
  },
  {
    id: 'app-team',
    name: 'Transfer application team',
    size: 1,
    hours: office(9, 17),
    callOut: { type: 'fixed', value: hours(1) },
    contacts: [{ role: 'Team lead', name: 'Lea Braun', reach: 'lea.braun@bank.example' }],
    escalation: null,
  },
  {
    id: 'it-ops-manager',
    name: 'IT operations manager',
    size: 1,
    hours: always,
    callOut: { type: 'fixed', value: ms(0) },
    contacts: [{ role: 'Manager on duty', name: 'Tom Richter', reach: '+49 69 5550 9999' }],
    escalation: null,
  },
];

export function bankWithTeams(): Scenario {
  const r = parseScenario(
    readFileSync(join(root, 'scenarios/bank-money-transfer.yaml'), 'utf8'),
    'bank-money-transfer.yaml',
  );
  if (!r.ok) throw new Error('the bank scenario does not parse');
  const s = r.scenario;
  return {
    ...s,
    teams: BANK_TEAMS,
    services: s.services.map((service) => ({
      ...service,
      priority: 1,
      invocation: {
        criteria: 'The primary database is lost and cannot be back within 30 minutes',
        decidedBy: 'it-ops-manager',
        assessment: minutes(15),
      },
    })),
    plans: s.plans.map((p) =>
      p.id === 'db-rebuild'
        ? {
            ...p,
            review: {
              owner: 'Head of IT operations',
              every: { unit: 'month', count: 12 },
              last: '2025-11-01',
            },
          }
        : p.id === 'app-rebuild'
          ? {
              ...p,
              review: {
                owner: 'Application owner',
                every: { unit: 'month', count: 6 },
                last: '2026-09-01',
              },
            }
          : p,
    ),
  };
}
