/**
 * The trace of one run: every state change in order, typed, plus each service's
 * demand-versus-capacity intervals. Same scenario + same seed = the same trace, byte for byte.
 * Capacities are `null` where no component constrains them (JSON has no Infinity).
 */
export type ComponentStateName =
  'operational' | 'overloaded' | 'degraded' | 'failed' | 'recovering';
export type ServiceState = 'up' | 'degraded' | 'down';
export type ChangeCause =
  'random' | 'inject' | 'overload' | 'corruption' | 'timer' | 'plan' | 'dependency';

export type TraceEvent =
  | {
      readonly t: number;
      readonly type: 'inject';
      readonly action: 'fail' | 'degrade' | 'restore' | 'corrupt' | 'invoke' | 'surge';
      /** Component or service id; null for a surge on every service. */
      readonly target: string | null;
      readonly detail: string;
    }
  | {
      readonly t: number;
      readonly type: 'component';
      readonly component: string;
      readonly from: ComponentStateName;
      readonly to: ComponentStateName;
      readonly cause: ChangeCause;
      readonly capacityShare: number;
    }
  | {
      readonly t: number;
      readonly type: 'plan-started' | 'plan-completed' | 'plan-aborted';
      readonly plan: string;
      readonly component: string;
      /** Counts the component's recoveries from 1. */
      readonly incident: number;
    }
  | {
      readonly t: number;
      readonly type: 'step-started';
      readonly plan: string;
      readonly component: string;
      readonly incident: number;
      readonly step: string;
      readonly owner: string | null;
      readonly duration: number;
    }
  | {
      /**
       * Its prerequisites are done but its team (a declared one) has no one free, or is not at
       * work: it waits. Its `step-started` comes when it gets a person. Recorded only when the
       * step cannot start at once, so files without teams keep their traces.
       */
      readonly t: number;
      readonly type: 'step-waiting';
      readonly plan: string;
      readonly component: string;
      readonly incident: number;
      readonly step: string;
      readonly team: string;
    }
  | {
      /**
       * A team outside its working hours is called out (recorded right after the `step-waiting`
       * that called it): it is at work from `arrives` (the call-out delay, or the start of its
       * working hours if sooner) until its last step finishes.
       */
      readonly t: number;
      readonly type: 'call-out';
      readonly team: string;
      readonly arrives: number;
    }
  | {
      readonly t: number;
      readonly type: 'step-finished';
      readonly plan: string;
      readonly component: string;
      readonly incident: number;
      readonly step: string;
    }
  | {
      readonly t: number;
      readonly type: 'service';
      readonly service: string;
      readonly from: ServiceState;
      readonly to: ServiceState;
      readonly capacity: number | null;
      readonly demand: number;
      /** The service's components that were not working at that moment. */
      readonly unavailable: readonly string[];
    }
  | {
      readonly t: number;
      /** A standby group's switch-over: it serves nothing from `started` to `completed`. */
      readonly type: 'switchover';
      readonly group: string;
      /** `abandoned`: the member being brought in stopped working before the switch ended. */
      readonly phase: 'started' | 'completed' | 'abandoned';
      /** The members (their components, `a+b`) switched from and to. */
      readonly from: string;
      readonly to: string;
      /** How long the switch-over takes (ms). */
      readonly duration: number;
      /** The services that need the group. */
      readonly services: readonly string[];
    }
  | {
      readonly t: number;
      readonly type: 'data-loss';
      readonly component: string;
      /** Data lost, measured in time (ms). */
      readonly lost: number;
      readonly services: readonly string[];
    };

export interface ServiceInterval {
  readonly start: number;
  readonly end: number;
  readonly state: ServiceState;
  /** Transactions per minute offered. */
  readonly demand: number;
  /** Transactions per minute the service could serve; null = unconstrained. */
  readonly capacity: number | null;
}

export interface Trace {
  readonly scenario: string;
  readonly seed: string;
  readonly horizon: number;
  readonly events: readonly TraceEvent[];
  readonly intervals: Readonly<Record<string, readonly ServiceInterval[]>>;
}
