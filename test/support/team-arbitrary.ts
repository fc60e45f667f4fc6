/**
 * Recovery teams for generated scenarios (core/synthetic.ts, whose plan steps are owned by
 * `team-1` and `team-2`): some of those owners declared as teams (the others stay unlimited
 * teams), with random sizes, working hours and call-outs, plus an unused team, and random
 * service priorities.
 */
import fc from 'fast-check';
import type {
  Calendar,
  DayWindow,
  DurationDistribution,
  Scenario,
  Team,
} from '../../src/core/model.ts';
import { hours, minutes, ms } from '../../src/core/time.ts';

const w = (from: number, to: number): DayWindow => ({ from: hours(from), to: hours(to) });
const weekly = (day: (d: number) => DayWindow[]): Calendar => ({
  weekly: Array.from({ length: 7 }, (_, d) => day(d)),
  exceptions: [],
});

export const teamHours: fc.Arbitrary<Calendar> = fc.constantFrom(
  weekly(() => [w(0, 24)]),
  weekly((d) => (d < 5 ? [w(8, 18)] : [])),
  weekly((d) => (d < 5 ? [w(9, 12), w(13, 17)] : [])),
  // Nights only, across midnight.
  weekly(() => [w(0, 6), w(22, 24)]),
  weekly((d) => (d === 5 ? [w(10, 14)] : [])),
  // Never at work: every step waits for a call-out.
  weekly(() => []),
  // Office hours, closed on a few dates (public holidays).
  {
    ...weekly((d) => (d < 5 ? [w(8, 18)] : [])),
    exceptions: ['2026-01-06', '2026-01-07', '2026-04-03', '2026-12-25'].map((date) => ({
      date,
      windows: [],
      note: 'holiday',
    })),
  },
);

export const callOut: fc.Arbitrary<DurationDistribution> = fc.oneof(
  fc.constant({ type: 'fixed' as const, value: ms(0) }),
  fc.integer({ min: 1, max: 180 }).map((m) => ({ type: 'fixed' as const, value: minutes(m) })),
  fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 120 }))
    .map(([a, b]) => ({ type: 'uniform' as const, min: minutes(a), max: minutes(a + b) })),
  fc
    .tuple(
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 1, max: 60 }),
    )
    .map(([a, b, c]) => ({
      type: 'triangular' as const,
      min: minutes(a),
      likely: minutes(a + b),
      max: minutes(a + b + c),
    })),
);

export const team = (id: string): fc.Arbitrary<Team> =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(`Team ${id}`),
    size: fc.integer({ min: 1, max: 3 }),
    hours: teamHours,
    callOut,
    contacts: fc.constant([]),
    escalation: fc.constant(null),
  });

/** The scenario with teams declared for some of its owners, and priorities on some services. */
export function withTeams(scenario: Scenario): fc.Arbitrary<Scenario> {
  const owners = [
    ...new Set(scenario.plans.flatMap((p) => p.steps.flatMap((s) => (s.owner ? [s.owner] : [])))),
  ];
  return fc
    .record({
      declared: fc.subarray([...owners, 'unused-team'], { minLength: 1 }),
      priorities: fc.array(fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), {
        minLength: scenario.services.length,
        maxLength: scenario.services.length,
      }),
    })
    .chain(({ declared, priorities }) =>
      fc.tuple(...declared.map(team)).map((teams): Scenario => ({
        ...scenario,
        teams,
        services: scenario.services.map((s, k) =>
          priorities[k] === undefined ? s : { ...s, priority: priorities[k] },
        ),
      })),
    );
}
