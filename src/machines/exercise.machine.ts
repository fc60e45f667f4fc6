/**
 * The lifecycle of a facilitated exercise. The exercise clock runs on the actor's clock
 * (`createActor(exerciseMachine, { input, clock })`): while running, a delayed TICK every
 * second of real time at most (and at most a simulated minute) advances simulated time at `pace`,
 * landing exactly on the next scripted inject, decision or timeout; everything due on the
 * way happens at its exact simulated time (src/exercise/clock.ts).
 *
 *   ready --START--> running --PAUSE--> paused --RESUME--> running
 *   running | paused --END (or the end of the script)--> ended
 *   running | paused: SET_PACE, RELEASE (an inject now), DELAY (a timed inject), DECIDE
 *
 * Restored from a saved clock (`input.restore`, e.g. after a reload), an exercise that had
 * started resumes paused, and one that had ended stays ended.
 *
 * PAUSE and SET_PACE restart the tick: the part of the tick under way is not counted, so the
 * exercise clock stands still at the last tick (at most one second of real time).
 */
import { assign, setup } from 'xstate';
import type { Exercise } from '../core/model.ts';
import {
  advanceClock,
  delayInject,
  exerciseEnd,
  initialClock,
  nextDue,
  releaseInject,
  takeDecision,
  type ClockState,
} from '../exercise/clock.ts';

/** The longest tick, in real ms. */
export const TICK_MS = 1000;

export interface ExerciseContext extends ClockState {
  readonly script: Exercise;
  /** Simulated minutes per real minute (= simulated ms per real ms). */
  readonly pace: number;
  /** The tick under way: its length in real ms and the simulated ms it advances. */
  readonly step: { readonly real: number; readonly sim: number };
}

export interface ExerciseInput {
  readonly exercise: Exercise;
  /** A saved clock and pace to go on from. */
  readonly restore?: { readonly clock: ClockState; readonly pace: number } | undefined;
}

const hasLogged = (context: ExerciseContext, kind: 'started' | 'ended') =>
  context.log.some((e) => e.kind === kind);

export type ExerciseEvent =
  | { type: 'START' }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'END' }
  | { type: 'SET_PACE'; pace: number }
  | { type: 'RELEASE'; inject: string }
  | { type: 'DELAY'; inject: string; by: number }
  | { type: 'DECIDE'; decision: string; option: string };

/** The most simulated time one tick advances: decisions and releases land within it. */
export const MAX_TICK_SIM_MS = 60_000;

/**
 * The next tick: a full one (a second of real time, or less at a fast pace so that it never
 * passes a simulated minute), or a shorter one that lands on the next due time.
 */
function plan(context: ExerciseContext): ExerciseContext['step'] {
  const gap = Math.max(0, nextDue(context.script, context) - context.now);
  const full = Math.min(TICK_MS * context.pace, MAX_TICK_SIM_MS);
  const sim = Math.min(gap, full);
  return { real: sim / context.pace, sim };
}

const log = (context: ExerciseContext, kind: 'started' | 'paused' | 'resumed' | 'ended') => ({
  log: [...context.log, { t: context.now, kind }],
});

export const exerciseMachine = setup({
  types: {
    input: {} as ExerciseInput,
    context: {} as ExerciseContext,
    events: {} as ExerciseEvent,
  },
  delays: { tick: ({ context }) => context.step.real },
  guards: {
    atEnd: ({ context }) => context.now >= exerciseEnd(context.script),
    wasEnded: ({ context }) => hasLogged(context, 'ended'),
    wasStarted: ({ context }) => hasLogged(context, 'started'),
    validPace: ({ event }) =>
      event.type === 'SET_PACE' && Number.isFinite(event.pace) && event.pace > 0,
  },
  actions: {
    tick: assign(({ context }) =>
      advanceClock(context.script, context, context.now + context.step.sim),
    ),
    /** Does what is due at the current time (the script's first injects). */
    settle: assign(({ context }) => advanceClock(context.script, context, context.now)),
    plan: assign(({ context }) => ({ step: plan(context) })),
    started: assign(({ context }) => log(context, 'started')),
    paused: assign(({ context }) => log(context, 'paused')),
    resumed: assign(({ context }) => log(context, 'resumed')),
    ended: assign(({ context }) => (hasLogged(context, 'ended') ? {} : log(context, 'ended'))),
    pace: assign(({ context, event }) =>
      event.type === 'SET_PACE'
        ? {
            pace: event.pace,
            log: [...context.log, { t: context.now, kind: 'pace' as const, pace: event.pace }],
          }
        : {},
    ),
    release: assign(({ context, event }) =>
      event.type === 'RELEASE'
        ? releaseInject(context.script, context, event.inject, 'on-demand')
        : {},
    ),
    delay: assign(({ context, event }) =>
      event.type === 'DELAY' ? delayInject(context, event.inject, event.by) : {},
    ),
    decide: assign(({ context, event }) =>
      event.type === 'DECIDE'
        ? takeDecision(context.script, context, event.decision, event.option)
        : {},
    ),
  },
}).createMachine({
  id: 'exercise',
  context: ({ input }) => {
    const pace = input.restore?.pace ?? input.exercise.pace;
    return {
      ...(input.restore?.clock ?? initialClock(input.exercise)),
      script: input.exercise,
      pace,
      step: { real: TICK_MS, sim: TICK_MS * pace },
    };
  },
  initial: 'ready',
  states: {
    ready: {
      always: [
        { guard: 'wasEnded', target: 'ended' },
        { guard: 'wasStarted', target: 'paused' },
      ],
      on: {
        START: { target: 'running', actions: ['started', 'settle', 'plan'] },
        SET_PACE: { guard: 'validPace', actions: 'pace' },
      },
    },
    running: {
      always: { guard: 'atEnd', target: 'ended' },
      after: { tick: { target: 'running', reenter: true, actions: ['tick', 'plan'] } },
      on: {
        PAUSE: 'paused',
        SET_PACE: {
          guard: 'validPace',
          target: 'running',
          reenter: true,
          actions: ['pace', 'plan'],
        },
        RELEASE: { actions: 'release' },
        DELAY: { actions: 'delay' },
        DECIDE: { actions: 'decide' },
        END: 'ended',
      },
    },
    paused: {
      entry: 'paused',
      on: {
        RESUME: { target: 'running', actions: ['resumed', 'plan'] },
        SET_PACE: { guard: 'validPace', actions: 'pace' },
        RELEASE: { actions: 'release' },
        DELAY: { actions: 'delay' },
        DECIDE: { actions: 'decide' },
        END: 'ended',
      },
    },
    ended: { type: 'final', entry: 'ended' },
  },
});
