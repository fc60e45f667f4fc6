/**
 * A generated scenario of any size, for benchmarks and property tests: two sites, then
 * tiers of four redundant components (2 of 4 needed), each tier depending on a site, with a
 * mix of failure models, recovery plans of 2 to 4 steps, and a business-day demand profile.
 * With `standby`, tiers are arranged into standby groups instead (pairs, pairs in a k-of-n,
 * nested pairs; both failbacks; fixed, uniform and triangular switch-overs), from a stream of
 * their own so that the rest of the scenario is the same. Deterministic in its `seed`.
 */
import type {
  Component,
  DurationDistribution,
  FailureModel,
  RecoveryPlan,
  Scenario,
  StandbyGroup,
  Topology,
} from './model.ts';
import { stream } from './random.ts';
import { days, hours, minutes } from './time.ts';

export interface SyntheticOptions {
  readonly components: number;
  readonly seed?: string;
  readonly horizonDays?: number;
  /** Arrange the tiers into standby groups. */
  readonly standby?: boolean;
}

const weekdaysOnly = (from: number, to: number) => ({
  weekly: Array.from({ length: 7 }, (_, d) =>
    d < 5 ? [{ from: hours(from), to: hours(to) }] : [],
  ),
  exceptions: [],
});

export function syntheticScenario({
  components: count,
  seed = 'synthetic',
  horizonDays = 365,
  standby = false,
}: SyntheticOptions): Scenario {
  const u = stream(seed, 'generator');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(u() * xs.length)]!;
  const between = (lo: number, hi: number): number => lo + (hi - lo) * u();
  const sites = Math.min(2, count);
  const components: Component[] = [];
  const base = (id: string, over: Partial<Component>): Component => ({
    id,
    name: id,
    kind: 'server',
    capacity: null,
    failure: { type: 'none' },
    ageAtStart: { type: 'new' },
    detection: minutes(2),
    overloadFailAfter: null,
    recovery: null,
    dependsOn: [],
    data: null,
    ...over,
  });
  for (let i = 0; i < sites; i++)
    components.push(
      base(`site-${i + 1}`, {
        kind: 'site',
        failure: { type: 'exponential', mtbf: hours(50_000) },
        recovery: 'site-recovery',
      }),
    );
  const tiers: Topology[] = [];
  for (let i = sites, tier = 0; i < count; tier++) {
    const members: Topology[] = [];
    for (let j = 0; j < 4 && i < count; j++, i++) {
      const failure: FailureModel = pick<FailureModel>([
        { type: 'exponential', mtbf: hours(between(1500, 6000)) },
        { type: 'weibull', shape: between(1.1, 2.5), scale: hours(between(2000, 8000)) },
        { type: 'lognormal', median: hours(between(1500, 5000)), sigma: between(0.5, 1.2) },
      ]);
      const id = `c${tier + 1}-${j + 1}`;
      components.push(
        base(id, {
          kind: pick(['server', 'database', 'storage', 'network'] as const),
          capacity: Math.round(between(400, 900)),
          failure,
          detection: minutes(Math.round(between(1, 15))),
          overloadFailAfter: u() < 0.5 ? hours(2) : null,
          recovery: `plan-${(tier % 3) + 1}`,
          dependsOn: sites > 0 ? [`site-${(tier % sites) + 1}`] : [],
        }),
      );
      members.push({ type: 'component', id });
    }
    const group: Topology = { type: 'group', atLeast: Math.min(2, members.length), of: members };
    tiers.push(standby ? standbyTier(members, stream(seed, 'standby', String(tier))) : group);
  }
  const plan = (id: string, steps: number): RecoveryPlan => ({
    id,
    name: id,
    steps: Array.from({ length: steps }, (_, k) => ({
      id: `step-${k + 1}`,
      name: `step ${k + 1}`,
      duration: { type: 'triangular', min: minutes(10), likely: minutes(30), max: minutes(90) },
      owner: `team-${(k % 2) + 1}`,
      after:
        k === 0 ? [] : k === steps - 1 && steps > 2 ? [`step-${k}`, `step-${k - 1}`] : ['step-1'],
    })),
  });
  const requires: Topology = tiers.length
    ? { type: 'series', of: tiers }
    : { type: 'component', id: components[0]?.id ?? 'site-1' };
  const hourly = Array.from({ length: 24 }, (_, h) =>
    h >= 8 && h < 18 ? 0.6 + 0.4 * Math.sin(((h - 8) / 10) * Math.PI) : 0.05,
  );
  return {
    schema: 'continuity-scenario/2',
    name: `Synthetic ${count}-component scenario`,
    description: 'Generated for benchmarks and property tests.',
    start: '2026-01-05T00:00',
    startEpoch: Date.UTC(2026, 0, 5),
    timeZone: null,
    horizon: days(horizonDays),
    calendar: weekdaysOnly(8, 18),
    services: [
      {
        id: 'service',
        name: 'Generated service',
        requires,
        objectives: {
          availability: 0.995,
          rto: hours(2),
          rpo: minutes(15),
          mtpd: hours(8),
          mbco: { kind: 'share', share: 0.5 },
        },
        impact: {
          costPerHour: 10_000,
          costPerUnservedTransaction: 0.1,
          costPerHourOfDataLost: 0,
          currency: 'EUR',
        },
        demand: {
          tpm: 1000,
          hourly,
          weekdays: [1, 1, 1, 1, 1, 0.2, 0.1],
          surges: [
            {
              name: 'month-end',
              every: { kind: 'month-end' },
              at: hours(10),
              duration: hours(3),
              factor: 1.5,
            },
          ],
        },
        calendar: weekdaysOnly(8, 18),
      },
    ],
    components,
    plans: [plan('plan-1', 2), plan('plan-2', 3), plan('plan-3', 4), plan('site-recovery', 3)],
    injects: [],
  };
}

/** A tier's members as standby groups, chosen by `u`. */
function standbyTier(members: readonly Topology[], u: () => number): Topology {
  if (members.length < 2) return members[0]!;
  const switchover = (): DurationDistribution =>
    [
      { type: 'fixed', value: minutes(Math.floor(u() * 4) * 5) },
      { type: 'uniform', min: minutes(5), max: minutes(20) },
      { type: 'triangular', min: minutes(1), likely: minutes(10), max: minutes(40) },
    ][Math.floor(u() * 3)] as DurationDistribution;
  const pair = (a: Topology, b: Topology): StandbyGroup => ({
    type: 'standby',
    id: `${label(a)}/${label(b)}`,
    of: [a, b],
    switchover: switchover(),
    failback: u() < 0.5 ? 'stay' : 'return',
  });
  const [a, b, c, d] = members;
  const shape = Math.floor(u() * 3);
  if (c === undefined || shape === 0) return pair(a!, b!);
  if (d === undefined) return pair(pair(a!, b!), c);
  // Two pairs sharing the load (a switch-over is a degradation), or a pair of a pair and a series.
  return shape === 1
    ? { type: 'group', atLeast: 1, of: [pair(a!, b!), pair(c, d)] }
    : pair(pair(a!, b!), { type: 'series', of: [c, d] });
}

const label = (t: Topology): string => (t.type === 'component' ? t.id : t.of.map(label).join('+'));
