/**
 * Builds resolved scenarios directly (no file format), for hand-computed engine tests.
 * Defaults: 24x7 agreed hours, flat demand, no random failures, start Monday 2026-01-05.
 */
import type {
  Calendar,
  Component,
  DayWindow,
  Demand,
  Inject,
  Objectives,
  RecoveryPlan,
  Scenario,
  Service,
  StandbyGroup,
  Topology,
} from '../../src/core/model.ts';
import { days, hours, minutes, ms, type Duration, type SimTime } from '../../src/core/time.ts';
import { componentsOf } from '../../src/core/topology.ts';

export const START_EPOCH = Date.UTC(2026, 0, 5); // Monday 2026-01-05 00:00
export const at = (dayIndex: number, hh: number, mm = 0): SimTime =>
  (dayIndex * 86_400_000 + hh * 3_600_000 + mm * 60_000) as SimTime;

export const window = (from: number, to: number): DayWindow => ({
  from: hours(from),
  to: hours(to),
});
export const allDay: Calendar = {
  weekly: Array.from({ length: 7 }, () => [window(0, 24)]),
  exceptions: [],
};
export const weekdays = (from: number, to: number): Calendar => ({
  weekly: Array.from({ length: 7 }, (_, d) => (d < 5 ? [window(from, to)] : [])),
  exceptions: [],
});

export const component = (id: string, over: Partial<Component> = {}): Component => ({
  id,
  name: id,
  kind: 'server',
  capacity: null,
  failure: { type: 'none' },
  ageAtStart: { type: 'new' },
  detection: 0 as Duration,
  overloadFailAfter: null,
  recovery: null,
  dependsOn: [],
  data: null,
  ...over,
});

export const flatDemand = (tpm: number, over: Partial<Demand> = {}): Demand => ({
  tpm,
  hourly: Array.from({ length: 24 }, () => 1),
  weekdays: Array.from({ length: 7 }, () => 1),
  surges: [],
  ...over,
});

export const ref = (id: string): Topology => ({ type: 'component', id });
export const series = (...of: (Topology | string)[]): Topology => ({
  type: 'series',
  of: of.map((t) => (typeof t === 'string' ? ref(t) : t)),
});
export const atLeast = (k: number, ...of: (Topology | string)[]): Topology => ({
  type: 'group',
  atLeast: k,
  of: of.map((t) => (typeof t === 'string' ? ref(t) : t)),
});

/** An active/passive pair with a fixed switch-over (ms), `stay` unless told. */
export const standby = (
  active: Topology | string,
  passive: Topology | string,
  switchover: number,
  over: Partial<StandbyGroup> = {},
): StandbyGroup => {
  const of: [Topology, Topology] = [
    typeof active === 'string' ? ref(active) : active,
    typeof passive === 'string' ? ref(passive) : passive,
  ];
  return {
    type: 'standby',
    id: `${componentsOf(of[0]).join('+')}/${componentsOf(of[1]).join('+')}`,
    of,
    switchover: { type: 'fixed', value: ms(switchover) },
    failback: 'stay',
    ...over,
  };
};

/** The default objectives (99.5 %, RTO 2 h, RPO 15 min, MTPD 8 h, MBCO 50 %), with changes. */
export const objectives = (over: Partial<Objectives> = {}): Objectives => ({
  availability: 0.995,
  rto: hours(2),
  rpo: minutes(15),
  mtpd: hours(8),
  mbco: { kind: 'share', share: 0.5 },
  ...over,
});

export const service = (id: string, requires: Topology, over: Partial<Service> = {}): Service => ({
  id,
  name: id,
  requires,
  objectives: objectives(),
  impact: {
    costPerHour: 1000,
    costPerUnservedTransaction: 0,
    costPerHourOfDataLost: 0,
    currency: 'EUR',
  },
  demand: flatDemand(0),
  calendar: allDay,
  ...over,
});

export const plan = (id: string, steps: [string, number, string[]?][]): RecoveryPlan => ({
  id,
  name: id,
  steps: steps.map(([stepId, durationMinutes, after = []]) => ({
    id: stepId,
    name: stepId,
    duration: { type: 'fixed', value: minutes(durationMinutes) },
    owner: 'ops',
    after,
  })),
});

export function scenario(
  over: Partial<Scenario> & Pick<Scenario, 'services' | 'components'>,
): Scenario {
  return {
    schema: 'continuity-scenario/2',
    name: 'test',
    description: '',
    start: '2026-01-05T00:00',
    startEpoch: START_EPOCH,
    timeZone: null,
    horizon: days(7),
    calendar: allDay,
    plans: [],
    injects: [] as Inject[],
    ...over,
  };
}
