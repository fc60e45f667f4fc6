/**
 * Playback of a run: a playhead over [0, horizon] that plays, pauses, seeks and steps from
 * event to event. The machine is pure: the UI paces it in real time by sending `TICK` with
 * the real milliseconds elapsed (from requestAnimationFrame), and the playhead advances by
 * `speed` simulated ms per real second.
 *
 *   paused --PLAY | TOGGLE--> playing (from 0 again when at the horizon)
 *   playing --PAUSE | TOGGLE | STEP_* --> paused;  playing --TICK reaching the horizon--> paused
 *
 * PAUSE and TOGGLE leave the playhead at the start of the minute it stands in (`settled`):
 * times are shown to the minute, so the view, a live inject "at the playhead" and the link
 * all name the moment shown, not one up to 59 s past it.
 *   SEEK, SET_SPEED and LOAD keep the state; STEP_FORWARD / STEP_BACK land on event times.
 */
import { assign, setup } from 'xstate';

export const SPEEDS = [
  { label: '1 min/s', value: 60_000 },
  { label: '10 min/s', value: 600_000 },
  { label: '1 h/s', value: 3_600_000 },
  { label: '6 h/s', value: 21_600_000 },
  { label: '1 day/s', value: 86_400_000 },
  { label: '1 week/s', value: 604_800_000 },
] as const;

/** One simulated hour per real second. */
export const DEFAULT_SPEED = 3_600_000;

export interface PlaybackInput {
  readonly horizon: number;
  readonly eventTimes: readonly number[];
  /** Simulated ms per real second. */
  readonly speed?: number;
  readonly playhead?: number;
}

export interface PlaybackContext {
  readonly horizon: number;
  /** Sorted distinct event times. */
  readonly eventTimes: readonly number[];
  readonly speed: number;
  readonly playhead: number;
}

export type PlaybackEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'TOGGLE' }
  | { type: 'TICK'; realMs: number }
  | { type: 'SEEK'; t: number }
  | { type: 'STEP_FORWARD' }
  | { type: 'STEP_BACK' }
  | { type: 'SET_SPEED'; speed: number }
  | { type: 'LOAD'; horizon: number; eventTimes: readonly number[]; playhead?: number };

const clamp = (t: number, horizon: number): number =>
  Number.isFinite(t) ? Math.min(horizon, Math.max(0, t)) : 0;

/** Index of the first time above `t` (at or above it when `orEqual`). */
function search(times: readonly number[], t: number, orEqual: boolean): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = times[mid]!;
    if (x < t || (x === t && !orEqual)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first event time strictly after `t`, or null. */
export const nextTime = (times: readonly number[], t: number): number | null =>
  times[search(times, t, false)] ?? null;
/** The last event time strictly before `t`, or null. */
export const previousTime = (times: readonly number[], t: number): number | null =>
  times[search(times, t, true) - 1] ?? null;

/** The start of the minute `t` stands in: where a pause leaves the playhead. */
export const settled = (t: number): number => Math.floor(t / 60_000) * 60_000;

const advanced = (context: PlaybackContext, realMs: number): number =>
  clamp(context.playhead + (Math.max(0, realMs) / 1000) * context.speed, context.horizon);

export const playbackMachine = setup({
  types: {
    input: {} as PlaybackInput,
    context: {} as PlaybackContext,
    events: {} as PlaybackEvent,
  },
  guards: {
    tickReachesEnd: ({ context, event }) =>
      event.type === 'TICK' && advanced(context, event.realMs) >= context.horizon,
    validSpeed: ({ event }) =>
      event.type === 'SET_SPEED' && Number.isFinite(event.speed) && event.speed > 0,
  },
  actions: {
    rewindAtEnd: assign(({ context }) =>
      context.playhead >= context.horizon ? { playhead: 0 } : {},
    ),
    advance: assign(({ context, event }) =>
      event.type === 'TICK' ? { playhead: advanced(context, event.realMs) } : {},
    ),
    settle: assign(({ context }) => ({ playhead: settled(context.playhead) })),
    toEnd: assign(({ context }) => ({ playhead: context.horizon })),
    seek: assign(({ context, event }) =>
      event.type === 'SEEK' ? { playhead: clamp(event.t, context.horizon) } : {},
    ),
    stepForward: assign(({ context }) => ({
      playhead: nextTime(context.eventTimes, context.playhead) ?? context.playhead,
    })),
    stepBack: assign(({ context }) => ({
      playhead: previousTime(context.eventTimes, context.playhead) ?? context.playhead,
    })),
    setSpeed: assign(({ event }) => (event.type === 'SET_SPEED' ? { speed: event.speed } : {})),
    load: assign(({ context, event }) => {
      if (event.type !== 'LOAD') return {};
      const horizon = Math.max(0, event.horizon);
      return {
        horizon,
        eventTimes: event.eventTimes,
        playhead: clamp(event.playhead ?? context.playhead, horizon),
      };
    }),
  },
}).createMachine({
  id: 'playback',
  context: ({ input }) => {
    const horizon = Math.max(0, input.horizon);
    return {
      horizon,
      eventTimes: input.eventTimes,
      speed: input.speed ?? DEFAULT_SPEED,
      playhead: clamp(input.playhead ?? 0, horizon),
    };
  },
  initial: 'paused',
  on: {
    SEEK: { actions: 'seek' },
    SET_SPEED: { guard: 'validSpeed', actions: 'setSpeed' },
    LOAD: { actions: 'load' },
    STEP_FORWARD: { target: '.paused', actions: 'stepForward' },
    STEP_BACK: { target: '.paused', actions: 'stepBack' },
  },
  states: {
    paused: {
      on: {
        PLAY: { target: 'playing', actions: 'rewindAtEnd' },
        TOGGLE: { target: 'playing', actions: 'rewindAtEnd' },
      },
    },
    playing: {
      on: {
        PAUSE: { target: 'paused', actions: 'settle' },
        TOGGLE: { target: 'paused', actions: 'settle' },
        TICK: [
          { guard: 'tickReachesEnd', target: 'paused', actions: 'toEnd' },
          { actions: 'advance' },
        ],
      },
    },
  },
});

export type PlaybackState = 'paused' | 'playing';
/** The machine's states, in the order it declares them. */
export const PLAYBACK_STATES = Object.keys(playbackMachine.config.states ?? {}) as PlaybackState[];
