/**
 * The exercise clock as pure functions of (script, state): advancing simulated time releases
 * timed injects, opens decisions and takes the default of those whose time ran out, each at
 * its exact time, in time order (at one instant: releases, then openings, then timeouts).
 * The exercise machine calls these; times are ms since the scenario start.
 */
import type { DecisionPoint, Exercise } from '../core/model.ts';
import { MS_PER_MINUTE } from '../core/time.ts';
import type { ExerciseLog, ExerciseLogEntry } from './log.ts';

export interface OpenDecision {
  readonly decision: string;
  readonly openedAt: number;
  readonly deadline: number;
}

export interface ClockState {
  readonly now: number;
  /** Timed injects not released yet, with their due time (delays included). */
  readonly due: Readonly<Record<string, number>>;
  readonly released: readonly string[];
  /** Decisions opened so far (open or closed). */
  readonly opened: readonly string[];
  readonly open: readonly OpenDecision[];
  readonly log: ExerciseLog;
}

export function initialClock(exercise: Exercise): ClockState {
  const due: Record<string, number> = {};
  for (const i of exercise.injects) if (i.release === 'timed') due[i.id] = i.at;
  return { now: exercise.start, due, released: [], opened: [], open: [], log: [] };
}

export const exerciseEnd = (exercise: Exercise): number => exercise.start + exercise.duration;

const logged = (state: ClockState, entry: ExerciseLogEntry): ClockState => ({
  ...state,
  log: [...state.log, entry],
});

function openDecision(state: ClockState, d: DecisionPoint, t: number): ClockState {
  const deadline = t + d.timeLimit;
  return logged(
    {
      ...state,
      opened: [...state.opened, d.id],
      open: [...state.open, { decision: d.id, openedAt: t, deadline }],
    },
    { t, kind: 'decision-opened', decision: d.id, deadline },
  );
}

/** Releases an inject at `t` (once) and opens the decisions that wait for it. */
export function releaseInject(
  exercise: Exercise,
  state: ClockState,
  inject: string,
  how: 'timed' | 'on-demand',
  t: number = state.now,
): ClockState {
  if (state.released.includes(inject) || !exercise.injects.some((i) => i.id === inject))
    return state;
  const due = { ...state.due };
  delete due[inject];
  let next = logged(
    { ...state, due, released: [...state.released, inject] },
    { t, kind: 'released', inject, how },
  );
  for (const d of exercise.decisions)
    if (d.opens.kind === 'after' && d.opens.inject === inject && !next.opened.includes(d.id))
      next = openDecision(next, d, t);
  return next;
}

/** Closes an open decision with `option` at `t`. Unknown or closed decisions change nothing. */
export function takeDecision(
  exercise: Exercise,
  state: ClockState,
  decision: string,
  option: string,
  t: number = state.now,
  timedOut = false,
): ClockState {
  const open = state.open.find((o) => o.decision === decision);
  const point = exercise.decisions.find((d) => d.id === decision);
  if (open === undefined || point === undefined || !point.options.some((o) => o.id === option))
    return state;
  return logged(
    { ...state, open: state.open.filter((o) => o !== open) },
    {
      t,
      kind: 'decided',
      decision,
      option,
      openedAt: open.openedAt,
      tookMinutes: (t - open.openedAt) / MS_PER_MINUTE,
      timedOut,
    },
  );
}

/** Moves a timed inject that is not released yet `by` ms later. */
export function delayInject(state: ClockState, inject: string, by: number): ClockState {
  const due = state.due[inject];
  if (due === undefined || !(by > 0)) return state;
  return logged(
    { ...state, due: { ...state.due, [inject]: due + by } },
    { t: state.now, kind: 'delayed', inject, by },
  );
}

type Next =
  | { t: number; kind: 'release'; inject: string }
  | { t: number; kind: 'open'; decision: DecisionPoint }
  | { t: number; kind: 'timeout'; open: OpenDecision };

const RANK: Record<Next['kind'], number> = { release: 0, open: 1, timeout: 2 };

/** The earliest scripted thing still to happen (releases, openings, timeouts), or null. */
function upcoming(exercise: Exercise, state: ClockState): Next | null {
  const all: Next[] = [
    ...Object.entries(state.due).map(([inject, t]) => ({ t, kind: 'release' as const, inject })),
    ...exercise.decisions.flatMap((decision) =>
      decision.opens.kind === 'at' && !state.opened.includes(decision.id)
        ? [{ t: decision.opens.at, kind: 'open' as const, decision }]
        : [],
    ),
    ...state.open.map((open) => ({ t: open.deadline, kind: 'timeout' as const, open })),
  ];
  let best: Next | null = null;
  for (const n of all)
    if (best === null || n.t < best.t || (n.t === best.t && RANK[n.kind] < RANK[best.kind]))
      best = n;
  return best;
}

/** When the next scripted thing happens; the end of the exercise when nothing does before. */
export function nextDue(exercise: Exercise, state: ClockState): number {
  const next = upcoming(exercise, state);
  return Math.min(next?.t ?? Infinity, exerciseEnd(exercise));
}

function dropStale(state: ClockState, next: Next): ClockState {
  if (next.kind === 'release') {
    const due = { ...state.due };
    delete due[next.inject];
    return { ...state, due };
  }
  if (next.kind === 'timeout') return { ...state, open: state.open.filter((o) => o !== next.open) };
  return { ...state, opened: [...state.opened, next.decision.id] };
}

/** Advances the clock to `to` (at most the end), doing everything due on the way. */
export function advanceClock(exercise: Exercise, state: ClockState, to: number): ClockState {
  const until = Math.min(to, exerciseEnd(exercise));
  let s = state;
  for (let next = upcoming(exercise, s); next !== null && next.t <= until;) {
    const t = Math.max(next.t, s.now);
    const before = s;
    if (next.kind === 'release') s = releaseInject(exercise, s, next.inject, 'timed', t);
    else if (next.kind === 'open') s = openDecision(s, next.decision, t);
    else {
      const id = next.open.decision;
      const point = exercise.decisions.find((d) => d.id === id);
      if (point !== undefined) s = takeDecision(exercise, s, id, point.default, t, true);
    }
    // A state from another version of the script (an inject or decision it no longer has)
    // cannot happen: it is dropped, so the clock always moves on.
    if (s === before) s = dropStale(s, next);
    next = upcoming(exercise, s);
  }
  return { ...s, now: Math.max(s.now, until) };
}
