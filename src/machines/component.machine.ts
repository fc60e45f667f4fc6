/**
 * The lifecycle of one component (configuration item). This machine is the specification:
 * the simulator drives one actor of it per component on the engine's clock, and the bulk
 * path derives its transition table from it.
 *
 *   operational --FAIL--> failed --(detection delay | DETECTED)--> recovering --RECOVERED--> operational
 *   operational --DEGRADE--> degraded --(detection delay | DETECTED)--> recovering
 *   operational --OVERLOAD--> overloaded --(sustained past the limit)--> failed
 *   overloaded --LOAD_NORMAL--> operational (or degraded when its capacity is reduced)
 *   overloaded --DEGRADE--> degraded (detection runs from the degradation, whatever the load)
 *   any state but operational --RESTORE--> operational (a manual fix; cancels the plan)
 *
 * A degraded component under more load than it can take saturates (it serves at its reduced
 * capacity) and is not `overloaded`: its degradation is detected and its plan invoked after
 * the detection delay, as with any degradation; the overload limit is for healthy components
 * pushed past their capacity. (Were the degradation hidden behind `overloaded`, it would only
 * be detected once the load fell, so one more failure elsewhere that takes the load off could
 * make a service look better.)
 *
 * `capacityShare` is the share of its nominal capacity the component offers: 1 when
 * operational or overloaded (it saturates), the degraded share, 0 once failed.
 */
import { assign, setup } from 'xstate';
import type { ChangeCause as Cause, ComponentStateName } from '../core/trace.ts';

export type { Cause };

export interface ComponentInput {
  /** Time from a failure (or degradation) to its detection, in ms. */
  readonly detection: number;
  /** Sustained overload fails the component after this long; null = it only saturates. */
  readonly overloadFailAfter: number | null;
}

export interface ComponentContext extends ComponentInput {
  readonly capacityShare: number;
  /** What caused the latest change. */
  readonly cause: Cause;
}

export type ComponentEvent =
  | { type: 'FAIL'; cause: Cause }
  | { type: 'DEGRADE'; share: number; cause: Cause }
  | { type: 'OVERLOAD' }
  | { type: 'LOAD_NORMAL' }
  | { type: 'DETECTED' }
  | { type: 'RECOVERED' }
  | { type: 'RESTORE'; cause: Cause }
  /** A degradation that was to last a while is over; a component that has since failed stays failed. */
  | { type: 'DEGRADE_END' };

export const componentMachine = setup({
  types: {
    input: {} as ComponentInput,
    context: {} as ComponentContext,
    events: {} as ComponentEvent,
  },
  delays: {
    detection: ({ context }) => context.detection,
    overloadLimit: ({ context }) => context.overloadFailAfter ?? Infinity,
  },
  guards: {
    failsUnderOverload: ({ context }) => context.overloadFailAfter !== null,
    capacityReduced: ({ context }) => context.capacityShare < 1,
    stillWorking: ({ context }) => context.capacityShare > 0,
  },
  actions: {
    fail: assign(({ event }) => ({
      capacityShare: 0,
      cause: 'cause' in event ? event.cause : 'timer',
    })),
    failFromOverload: assign({ capacityShare: 0, cause: 'overload' as const }),
    degrade: assign(({ event, context }) =>
      event.type === 'DEGRADE'
        ? { capacityShare: Math.min(context.capacityShare, event.share), cause: event.cause }
        : {},
    ),
    restore: assign(({ event }) => ({
      capacityShare: 1,
      cause: event.type === 'RESTORE' ? event.cause : 'plan',
    })),
    endDegradation: assign({ capacityShare: 1, cause: 'inject' as const }),
    markOverload: assign({ cause: 'overload' as const }),
    markDetected: assign({ cause: 'timer' as const }),
  },
}).createMachine({
  id: 'component',
  context: ({ input }) => ({ ...input, capacityShare: 1, cause: 'timer' }),
  initial: 'operational',
  states: {
    operational: {
      on: {
        FAIL: { target: 'failed', actions: 'fail' },
        DEGRADE: { target: 'degraded', actions: 'degrade' },
        OVERLOAD: { target: 'overloaded', actions: 'markOverload' },
      },
    },
    overloaded: {
      after: {
        overloadLimit: {
          guard: 'failsUnderOverload',
          target: 'failed',
          actions: 'failFromOverload',
        },
      },
      on: {
        LOAD_NORMAL: [{ guard: 'capacityReduced', target: 'degraded' }, { target: 'operational' }],
        FAIL: { target: 'failed', actions: 'fail' },
        DEGRADE: { target: 'degraded', actions: 'degrade' },
        RESTORE: { actions: 'restore' },
        DEGRADE_END: { actions: 'endDegradation' },
      },
    },
    degraded: {
      after: { detection: { target: 'recovering', actions: 'markDetected' } },
      on: {
        FAIL: { target: 'failed', actions: 'fail' },
        DEGRADE: { actions: 'degrade' },
        DETECTED: { target: 'recovering', actions: 'markDetected' },
        RESTORE: { target: 'operational', actions: 'restore' },
        DEGRADE_END: { target: 'operational', actions: 'endDegradation' },
      },
    },
    failed: {
      after: { detection: { target: 'recovering', actions: 'markDetected' } },
      on: {
        DETECTED: { target: 'recovering', actions: 'markDetected' },
        RESTORE: { target: 'operational', actions: 'restore' },
      },
    },
    recovering: {
      on: {
        RECOVERED: { target: 'operational', actions: 'restore' },
        RESTORE: { target: 'operational', actions: 'restore' },
        // A degradation that ends by itself ends its recovery, unless the component failed since.
        DEGRADE_END: { guard: 'stillWorking', target: 'operational', actions: 'endDegradation' },
        FAIL: { actions: 'fail' },
        DEGRADE: { actions: 'degrade' },
      },
    },
  },
});

export type ComponentState = ComponentStateName;
/** The machine's top-level states, in the order the machine declares them. */
export const COMPONENT_STATES = Object.keys(
  componentMachine.config.states ?? {},
) as ComponentState[];
