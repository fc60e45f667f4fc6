/**
 * What the views draw, derived from a scenario and one run's trace (see timeline-index.ts).
 * Times are simulated ms since the scenario start; spans are half-open [start, end).
 */
import type { Mbco, TimeZone } from '../core/model.ts';
import type { ComponentStateName, ServiceInterval, ServiceState } from '../core/trace.ts';
import type { CallOutSpan, StepWait } from './step-waits.ts';

export type { CallOutSpan, StepWait } from './step-waits.ts';

export interface ComponentSpan {
  readonly start: number;
  readonly end: number;
  readonly state: ComponentStateName;
  readonly capacityShare: number;
}

export interface StepSpan {
  readonly step: string;
  readonly name: string;
  readonly owner: string | null;
  readonly start: number;
  /** Null when the step had not finished at the horizon (or its plan was aborted). */
  readonly end: number | null;
  /**
   * How it waited for its team before `start` (from `wait.from` to `start`); absent or null =
   * it started the moment its prerequisites were done.
   */
  readonly wait?: StepWaitSpan | null;
}

/** A step's wait for a person of its team (recovery teams, core/team-model.ts). */
export interface StepWaitSpan {
  /** When its prerequisites were done and it began to wait. */
  readonly from: number;
  /** The team's id and name. */
  readonly team: string;
  readonly teamName: string;
  /** The call-out that brought the team in; null = the team was at work, all its people busy. */
  readonly callOut: CallOutSpan | null;
}

/** One execution of a recovery plan for one incident of one component. */
export interface PlanRun {
  readonly component: string;
  readonly plan: string;
  readonly planName: string;
  readonly incident: number;
  readonly start: number;
  /** When it completed or was aborted; the horizon when still running. */
  readonly end: number;
  readonly outcome: 'completed' | 'aborted' | 'running';
  readonly steps: readonly StepSpan[];
  /**
   * Every wait of its steps for their teams, in order, those that never got a person too
   * (`until` null: waiting until the run's `end`); absent = none.
   */
  readonly waits?: readonly StepWait[];
}

/** One switch-over of a standby group: it serves nothing from `start` to `end`. */
export interface SwitchoverSpan {
  readonly group: string;
  /** The members switched from and to (their components, `a+b`). */
  readonly from: string;
  readonly to: string;
  readonly start: number;
  /** When it completed or was abandoned; the horizon when still running. */
  readonly end: number;
  readonly outcome: 'completed' | 'abandoned' | 'running';
  readonly services: readonly string[];
}

/** An outage of a service with its recovery window: from the disruption to disruption + RTO, and the MTPD mark. */
export interface OutageWindow {
  readonly service: string;
  readonly start: number;
  /** Restore time, or the horizon when still down. */
  readonly end: number;
  readonly ongoing: boolean;
  readonly rtoDeadline: number;
  readonly mtpdDeadline: number;
  /** False when breached in business terms (core/outage.ts `Outage.rtoMet`). */
  readonly rtoMet: boolean | null;
  /** Restored after its RTO, in agreed hours or not. */
  readonly planSlowerThanRto: boolean;
  readonly mtpdBreached: boolean;
  readonly minutesInAgreedHours: number;
  readonly unavailable: readonly string[];
  /** The standby switch-over that began the outage ("switch-over db-1 → db-2"), or null. */
  readonly switchover: string | null;
}

export interface EventLogEntry {
  readonly t: number;
  /** Scenario-local `YYYY-MM-DD HH:MM`. */
  readonly when: string;
  readonly kind: 'inject' | 'component' | 'plan' | 'step' | 'service' | 'data-loss' | 'switchover';
  /** A sentence a trainee understands: "DB-1 failed (random failure)". */
  readonly text: string;
  /** Component or service id the entry is about. */
  readonly subject: string | null;
  readonly severity: 'info' | 'warning' | 'critical';
}

/** Everything the timeline chart needs for one service of one run. */
export interface TimelineModel {
  readonly horizon: number;
  readonly startEpoch: number;
  /** The scenario's time zone (local times are read through it, core/zone.ts); null = none. */
  readonly timeZone: TimeZone | null;
  /** Agreed-hours intervals of the service. */
  readonly agreed: readonly { readonly start: number; readonly end: number }[];
  /** Whole local days with no agreed hours because of a calendar exception (closed days). */
  readonly closedDays: readonly { readonly start: number; readonly end: number }[];
  readonly service: {
    readonly id: string;
    readonly name: string;
    readonly fullCapacity: number | null;
    readonly mbco: Mbco;
    readonly rto: number;
    readonly mtpd: number;
    readonly intervals: readonly ServiceInterval[];
  };
  readonly outages: readonly OutageWindow[];
  /** Plan runs of the service's components (and their dependencies). */
  readonly planRuns: readonly PlanRun[];
  /** Switch-overs of the standby groups the service needs. */
  readonly switchovers: readonly SwitchoverSpan[];
  readonly components: readonly {
    readonly id: string;
    readonly name: string;
    readonly spans: readonly ComponentSpan[];
  }[];
}

export type { ServiceState };
