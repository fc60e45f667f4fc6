/**
 * The resolved scenario: what the engine runs. The file format (YAML/JSON) is defined by
 * the schema in `src/scenario`, which validates a file and normalises it into this model:
 * every duration in milliseconds, every percentage as a share in [0, 1], every reference
 * checked. Nothing here is optional in the TypeScript sense unless it is optional in meaning.
 */
import type { Calendar, DurationDistribution, Weekday } from './model-basics.ts';
import type { Invocation, PlanReview, Team } from './team-model.ts';
import type { Duration, SimTime } from './time.ts';

export type {
  Calendar,
  CalendarException,
  DayWindow,
  DurationDistribution,
  Weekday,
} from './model-basics.ts';
export type { CalendarPeriod, Invocation, PlanReview, Team, TeamContact } from './team-model.ts';

export type Topology =
  | { readonly type: 'component'; readonly id: string }
  | { readonly type: 'series'; readonly of: readonly Topology[] }
  | { readonly type: 'group'; readonly atLeast: number; readonly of: readonly Topology[] }
  | StandbyGroup;

/**
 * An active/passive pair: `of[0]` (the active) serves; when it stops working and `of[1]` (the
 * standby) works, nothing serves for a switch-over time, then the standby does. `failback`
 * says what happens when the first comes back: `stay` (it becomes the standby) or `return`
 * (the group switches back, which takes another switch-over). See machines/standby-group.machine.ts.
 */
export interface StandbyGroup {
  readonly type: 'standby';
  /**
   * Names the group in the trace and its random stream (`seed:id:switchover`); the same id in
   * two services is the same pair. Defaults to the members' components, `db-1/db-2`.
   */
  readonly id: string;
  readonly of: readonly [Topology, Topology];
  readonly switchover: DurationDistribution;
  readonly failback: 'stay' | 'return';
}

export interface Objectives {
  /** Share of agreed hours the service must be up, e.g. 0.995. */
  readonly availability: number;
  readonly rto: Duration;
  readonly rpo: Duration;
  readonly mtpd: Duration;
  /**
   * Minimum business continuity objective: the least the business can live with while
   * recovering, judged against what it asks for at that moment (its demand), never against
   * installed capacity. Below it the service counts as down.
   */
  readonly mbco: Mbco;
}

/**
 * The MBCO as a share of the demand at each moment (`mbco: 50%`: at least half of the
 * transactions asked for get through), or as an absolute rate (`mbco: 600 tpm`: at least
 * 600 transactions per minute, or all of the demand when less is asked for).
 */
export type Mbco =
  | { readonly kind: 'share'; readonly share: number }
  | { readonly kind: 'rate'; readonly tpm: number };

export interface Impact {
  /** Cost of one hour of outage inside agreed hours. */
  readonly costPerHour: number;
  /** Cost of one transaction not served inside agreed hours (on top of costPerHour while down). */
  readonly costPerUnservedTransaction: number;
  /**
   * Cost of one hour of the service's data lost (transactions to re-key, reconcile or
   * refund), counted once however many copies lose the same stretch; 0 = not priced.
   */
  readonly costPerHourOfDataLost: number;
  readonly currency: string;
}

export type Recurrence =
  | { readonly kind: 'daily' }
  | { readonly kind: 'weekday'; readonly day: Weekday }
  | { readonly kind: 'month-start' }
  | { readonly kind: 'month-end' }
  | { readonly kind: 'quarter-end' }
  | { readonly kind: 'date'; readonly date: string };

export interface Surge {
  readonly name: string;
  readonly every: Recurrence;
  /** Start, ms since local midnight. */
  readonly at: number;
  readonly duration: Duration;
  readonly factor: number;
}

export interface Demand {
  /** Transactions per minute when every factor is 1. */
  readonly tpm: number;
  /** 24 factors, one per hour of the day starting 00:00. */
  readonly hourly: readonly number[];
  /** 7 factors, Monday first. */
  readonly weekdays: readonly number[];
  readonly surges: readonly Surge[];
}

export interface Service {
  readonly id: string;
  readonly name: string;
  readonly requires: Topology;
  readonly objectives: Objectives;
  readonly impact: Impact;
  readonly demand: Demand;
  /** The service's own agreed hours; the scenario calendar applies when absent. */
  readonly calendar: Calendar;
  /**
   * Its rank when recovery steps wait for the same team: 1 is served first. Absent = after
   * every service that has one (then in order of request).
   */
  readonly priority?: number;
  /** How its continuity plan is invoked (criteria, who decides); absent = not said. */
  readonly invocation?: Invocation | null;
}

export type FailureModel =
  | { readonly type: 'none' }
  | { readonly type: 'exponential'; readonly mtbf: Duration }
  | { readonly type: 'weibull'; readonly shape: number; readonly scale: Duration }
  | { readonly type: 'lognormal'; readonly median: Duration; readonly sigma: number };

/**
 * How long a component has been in service when the scenario starts, which sets its first
 * time to failure (every later one starts from a repair, as good as new):
 * - `new`: installed at the start (the first failure is a fresh lifetime);
 * - `steady-state`: it has been failing and being repaired for a long time, so the start is
 *   an arbitrary moment of its renewal process (the first failure is the forward recurrence
 *   time, density S(t)/mean life);
 * - `age`: it has run this long without failing (the first failure is conditioned on that).
 * With a constant failure rate (exponential) all three are the same.
 */
export type AgeAtStart =
  | { readonly type: 'new' }
  | { readonly type: 'steady-state' }
  | { readonly type: 'age'; readonly age: Duration };

export type ComponentKind =
  | 'server'
  | 'database'
  | 'storage'
  | 'network'
  | 'load-balancer'
  | 'site'
  | 'third-party'
  | 'people'
  | 'other';

export interface DataProtection {
  /** Backups are taken every `backupEvery` from the scenario start (plus `backupOffset`); null = none. */
  readonly backupEvery: Duration | null;
  readonly backupOffset: Duration;
  /** Replication lag: data lost when the component fails outright. Null = no replica (lose since last backup). */
  readonly replicationLag: Duration | null;
}

export interface Component {
  readonly id: string;
  readonly name: string;
  readonly kind: ComponentKind;
  /** Transactions per minute it can serve; null = not a capacity constraint. */
  readonly capacity: number | null;
  readonly failure: FailureModel;
  /** Its age when the scenario starts: what its first time to failure is drawn from. */
  readonly ageAtStart: AgeAtStart;
  /** Fixed time between a failure and its detection. */
  readonly detection: Duration;
  /** Sustained overload longer than this fails the component; null = it only saturates. */
  readonly overloadFailAfter: Duration | null;
  /** Id of the recovery plan that restores it; null = nothing restores it but a `restore` inject. */
  readonly recovery: string | null;
  /** Components it needs in order to work at all (e.g. the site it runs in). */
  readonly dependsOn: readonly string[];
  readonly data: DataProtection | null;
}

export interface PlanStep {
  readonly id: string;
  readonly name: string;
  readonly duration: DurationDistribution;
  /** The team that does it: a declared team's id, or any other name (an unlimited team, always at work). */
  readonly owner: string | null;
  /** Ids of steps that must finish before this one starts. */
  readonly after: readonly string[];
}

export interface RecoveryPlan {
  readonly id: string;
  readonly name: string;
  readonly steps: readonly PlanStep[];
  /** Its review cycle; absent = none. */
  readonly review?: PlanReview | null;
}

export type Inject =
  | { readonly at: SimTime; readonly action: 'fail'; readonly component: string }
  | {
      readonly at: SimTime;
      readonly action: 'degrade';
      readonly component: string;
      /** Remaining capacity share, e.g. 0.5. */
      readonly capacity: number;
      /** Restores by itself after this long; null = detected and recovered by its plan. */
      readonly for: Duration | null;
    }
  | { readonly at: SimTime; readonly action: 'restore'; readonly component: string }
  | { readonly at: SimTime; readonly action: 'corrupt'; readonly component: string }
  /**
   * The continuity plan of a failed or degraded component is invoked now (it is detected
   * without waiting for its detection delay); ignored, but recorded, in any other state.
   */
  | { readonly at: SimTime; readonly action: 'invoke'; readonly component: string }
  | {
      readonly at: SimTime;
      readonly action: 'surge';
      /** Null = every service. */
      readonly service: string | null;
      readonly factor: number;
      readonly duration: Duration;
    };

/**
 * A time zone's rules over a scenario's run (and a day either side), read from the IANA data
 * when the scenario is read: its offset from UTC before the first change, and each change.
 * See core/zone.ts.
 */
export interface TimeZone {
  /** The IANA name, e.g. `Europe/London`. */
  readonly name: string;
  /** The offset (local = UTC + offset, in ms) before the first change. */
  readonly offset: number;
  /** From UTC instant `at` (epoch ms) on, the offset is `offset`; in time order. */
  readonly changes: readonly { readonly at: number; readonly offset: number }[];
}

export interface Scenario {
  readonly schema: 'continuity-scenario/2';
  readonly name: string;
  readonly description: string;
  /** Scenario-local start, `YYYY-MM-DDTHH:MM`. */
  readonly start: string;
  /** The local start as if it were UTC epoch ms: used only for calendar arithmetic. */
  readonly startEpoch: number;
  /**
   * The zone whose wall clock the scenario's local times are read on; null = a fixed clock on
   * which every day lasts 24 h (local time = start + elapsed time).
   */
  readonly timeZone: TimeZone | null;
  readonly horizon: Duration;
  readonly calendar: Calendar;
  readonly services: readonly Service[];
  readonly components: readonly Component[];
  readonly plans: readonly RecoveryPlan[];
  /** The recovery teams that own plan steps (core/team-model.ts); absent = none declared. */
  readonly teams?: readonly Team[];
  readonly injects: readonly Inject[];
  /** The facilitated exercise the file carries; absent or null = none. */
  readonly exercise?: Exercise | null;
}

/** An inject without its time: what happens, applied when something else says so. */
export type InjectEffect = Inject extends infer I
  ? I extends Inject
    ? Omit<I, 'at'>
    : never
  : never;

/** A scripted narrative inject of an exercise, released on time or by the facilitator. */
export interface ExerciseInject {
  readonly id: string;
  /** When it is due (timed) or expected (on demand): the forecast time. */
  readonly at: SimTime;
  readonly text: string;
  readonly release: 'timed' | 'on-demand';
  /** What it does to the simulation when released; null = narrative only. */
  readonly effect: InjectEffect | null;
}

/** One action of a decision option: an effect some time after the decision is taken. */
export interface DecisionAction {
  readonly after: Duration;
  readonly effect: InjectEffect;
}

export interface DecisionOption {
  readonly id: string;
  readonly label: string;
  /** Empty = no effect on the simulation (wait, escalate). */
  readonly actions: readonly DecisionAction[];
}

export interface DecisionPoint {
  readonly id: string;
  /** Opens at a fixed time, or when an inject is released. */
  readonly opens:
    | { readonly kind: 'at'; readonly at: SimTime }
    | { readonly kind: 'after'; readonly inject: string };
  readonly question: string;
  /** Simulated time the team has to decide; then `default` is taken. */
  readonly timeLimit: Duration;
  readonly options: readonly DecisionOption[];
  readonly default: string;
}

export interface Exercise {
  readonly name: string;
  /** When the exercise clock starts. */
  readonly start: SimTime;
  /** Simulated length of the exercise; it ends at `start + duration`. */
  readonly duration: Duration;
  /** Simulated minutes per real minute. */
  readonly pace: number;
  /**
   * Components whose plan the team invokes: in an exercise run their failures wait for an
   * `invoke` (or the end of the exercise) instead of their detection delay.
   */
  readonly manualInvocation: readonly string[];
  readonly injects: readonly ExerciseInject[];
  readonly decisions: readonly DecisionPoint[];
}
