/**
 * A recovery team (core/team-model.ts) in a run: who of its `size` people are busy, which
 * plan steps wait for it, and whether it is off duty, called out or at work.
 *
 *   offDuty --REQUEST (outside hours, a call-out: `arrives` given)--> calledOut
 *   calledOut --ARRIVED--> atWork (steps were waiting) | offDuty (none left)
 *   atWork --(no step running, none waiting, outside hours)--> offDuty
 *
 * The machine reads no clock and draws nothing: each event says whether the moment is inside
 * the team's working hours (`inHours`), and a REQUEST that calls the team out carries the
 * arrival the caller drew (`needsCallOut` says when to draw). The caller schedules ARRIVED.
 *
 * At work = inside its hours, or engaged: it has a step running, or a person who just finished
 * one and has not yet been given the next (`held`, until DISPATCH). A step starts at once when
 * the team is at work, has a free person and nobody waits; otherwise it joins the queue,
 * ordered by rank (the best service priority of the step's component; lower first), then by
 * request (`seq`, global to the run). A finished step's person is held until DISPATCH, which
 * the caller sends once the plan has made its new requests: the person then takes the best
 * waiting step, whatever the hour. The same pure functions drive the fast path
 * (simulator/fast/teams.ts).
 */
import { enqueueActions, setup } from 'xstate';

/** A step waiting for the team: `key` names it for the caller. */
export interface TeamRequest {
  readonly key: number;
  /** Best service priority of its component (Infinity = none): lower is served first. */
  readonly rank: number;
  /**
   * Its plan's start order, global to the run: of two plans of the same rank, the one started
   * first is served first, so a team finishes an incident's recovery before it turns to the next
   * (it does not leave a database 20 minutes from done for another one's 3-hour rebuild).
   */
  readonly order: number;
  /** Request order, global to the run: between the steps of one plan. */
  readonly seq: number;
}

export interface TeamContext {
  readonly size: number;
  /** Steps it has given a person to (started, or granted and about to start). */
  readonly running: number;
  /** People who finished a step and wait for DISPATCH to take the next one. */
  readonly held: number;
  /** Waiting steps, best first (rank, then seq). */
  readonly queue: readonly TeamRequest[];
  /** When the call-out under way arrives; null = none under way. */
  readonly arrives: number | null;
  /** Whether the last event came inside its working hours (what its state is read against). */
  readonly inHours: boolean;
}

export type TeamPhase = 'offDuty' | 'calledOut' | 'atWork';

export type TeamEvent =
  | { type: 'REQUEST'; request: TeamRequest; inHours: boolean; arrives: number | null }
  | { type: 'RELEASE'; inHours: boolean }
  | { type: 'WITHDRAW'; key: number; inHours: boolean }
  | { type: 'DISPATCH'; inHours: boolean }
  | { type: 'ARRIVED'; inHours: boolean };

export type TeamEmitted =
  | { type: 'step.granted'; key: number }
  | { type: 'step.waiting'; key: number }
  | { type: 'team.calledOut'; arrives: number };

/**
 * A context from its fields, always built in the same order: the fast path makes one per team
 * event, and a literal costs a fraction of a spread with overrides (`{ ...c, running }`).
 */
const contextOf = (
  size: number,
  running: number,
  held: number,
  queue: readonly TeamRequest[],
  arrives: number | null,
  inHours: boolean,
): TeamContext => ({ size, running, held, queue, arrives, inHours });

export const initialTeamContext = (size: number): TeamContext =>
  contextOf(size, 0, 0, [], null, false);

/** Inside its hours, or engaged (a step running, or a person about to take the next). */
export const atWork = (c: TeamContext, inHours: boolean): boolean =>
  inHours || c.running > 0 || c.held > 0;

export const phaseOf = (c: TeamContext, inHours: boolean): TeamPhase =>
  atWork(c, inHours) ? 'atWork' : c.arrives !== null ? 'calledOut' : 'offDuty';

/**
 * Whether step `r`, asked for now, starts at once: the team is at work, a person is free, and no
 * waiting step is served before it (the next step of a plan under way goes before the waiting
 * steps of plans started later).
 */
export const startsAtOnce = (c: TeamContext, r: TeamRequest, inHours: boolean): boolean =>
  atWork(c, inHours) &&
  c.running < c.size &&
  (c.queue.length === 0 || servedBefore(r, c.queue[0]!));

/** Whether a step asked for now calls the team out (the caller then draws the delay). */
export const needsCallOut = (c: TeamContext, inHours: boolean): boolean =>
  !atWork(c, inHours) && c.arrives === null;

/** When a call-out made at `t` with this delay arrives: the delay, or its hours if sooner. */
export const arrivalOf = (t: number, delay: number, nextHoursStart: number): number =>
  Math.min(t + delay, nextHoursStart);

/** Whether `a` is served before `b`: better rank, then the plan started first, then request. */
export const servedBefore = (a: TeamRequest, b: TeamRequest): boolean =>
  a.rank !== b.rank ? a.rank < b.rank : a.order !== b.order ? a.order < b.order : a.seq < b.seq;

/** The queue with `r` in its place: after every request served before it. */
export function enqueue(queue: readonly TeamRequest[], r: TeamRequest): TeamRequest[] {
  let at = queue.length;
  while (at > 0 && !servedBefore(queue[at - 1]!, r)) at--;
  return [...queue.slice(0, at), r, ...queue.slice(at)];
}

export interface TeamOutcome {
  readonly context: TeamContext;
  /** Keys of the steps given a person, in order. */
  readonly granted: readonly number[];
  /** Set when the request waits: the step waits (and the team is called out when `arrives` was given). */
  readonly waiting: boolean;
}

/**
 * A step asks for a person at a moment inside (`inHours`) or outside its hours; `arrives` is
 * the call-out's arrival when `needsCallOut` said so (null otherwise).
 */
export function request(
  c: TeamContext,
  r: TeamRequest,
  inHours: boolean,
  arrives: number | null,
): TeamOutcome {
  if (startsAtOnce(c, r, inHours))
    return {
      context: contextOf(c.size, c.running + 1, c.held, c.queue, c.arrives, inHours),
      granted: [r.key],
      waiting: false,
    };
  const called = arrives !== null && needsCallOut(c, inHours);
  return {
    context: contextOf(
      c.size,
      c.running,
      c.held,
      enqueue(c.queue, r),
      called ? arrives : c.arrives,
      inHours,
    ),
    granted: [],
    waiting: true,
  };
}

/** A step it ran finished (or its plan was aborted): the person is held until DISPATCH. */
export const release = (c: TeamContext, inHours: boolean): TeamContext =>
  contextOf(c.size, c.running - 1, c.held + 1, c.queue, c.arrives, inHours);

/** A waiting step is no longer needed (its plan was aborted); false if it was not waiting. */
export function withdraw(
  c: TeamContext,
  key: number,
  inHours: boolean,
): { context: TeamContext; withdrawn: boolean } {
  const at = c.queue.findIndex((r) => r.key === key);
  if (at < 0) return { context: c, withdrawn: false };
  const queue = [...c.queue.slice(0, at), ...c.queue.slice(at + 1)];
  return {
    context: contextOf(c.size, c.running, c.held, queue, c.arrives, inHours),
    withdrawn: true,
  };
}

/** Gives free people to the best waiting steps, if the team is at work (or `engaged`). */
function fill(c: TeamContext, engaged: boolean): { context: TeamContext; granted: number[] } {
  const granted: number[] = [];
  if (!engaged) return { context: c, granted };
  let running = c.running;
  let taken = 0;
  while (running < c.size && taken < c.queue.length) {
    granted.push(c.queue[taken++]!.key);
    running++;
  }
  if (taken === 0) return { context: c, granted };
  const queue = c.queue.slice(taken);
  return { context: contextOf(c.size, running, c.held, queue, c.arrives, c.inHours), granted };
}

/** The held people (and any free one at work) take the best waiting steps, whatever the hour. */
export function dispatch(c: TeamContext, inHours: boolean): TeamOutcome {
  const engaged = atWork(c, inHours);
  const { context, granted } = fill(
    contextOf(c.size, c.running, 0, c.queue, c.arrives, inHours),
    engaged,
  );
  return { context, granted, waiting: false };
}

/** The call-out arrives: the team takes the waiting steps up to its size (none: it stands down). */
export function arrive(c: TeamContext, inHours: boolean): TeamOutcome {
  const { context, granted } = fill(
    contextOf(c.size, c.running, c.held, c.queue, null, inHours),
    true,
  );
  return { context, granted, waiting: false };
}

/** The outcome of an event on a context (what the machine's actions apply). */
export function teamStep(c: TeamContext, e: TeamEvent): TeamOutcome {
  switch (e.type) {
    case 'REQUEST':
      return request(c, e.request, e.inHours, e.arrives);
    case 'RELEASE':
      return { context: release(c, e.inHours), granted: [], waiting: false };
    case 'WITHDRAW':
      return { context: withdraw(c, e.key, e.inHours).context, granted: [], waiting: false };
    case 'DISPATCH':
      return dispatch(c, e.inHours);
    case 'ARRIVED':
      return arrive(c, e.inHours);
  }
}

export interface TeamInput {
  readonly size: number;
}

export const teamMachine = setup({
  types: {
    input: {} as TeamInput,
    context: {} as TeamContext,
    events: {} as TeamEvent,
    emitted: {} as TeamEmitted,
  },
  guards: {
    atWork: ({ context }) => phaseOf(context, context.inHours) === 'atWork',
    calledOut: ({ context }) => phaseOf(context, context.inHours) === 'calledOut',
    offDuty: ({ context }) => phaseOf(context, context.inHours) === 'offDuty',
  },
  actions: {
    apply: enqueueActions(({ context, event, enqueue: q }) => {
      const outcome = teamStep(context, event);
      q.assign({ ...outcome.context });
      if (event.type === 'REQUEST' && outcome.waiting) {
        q.emit({ type: 'step.waiting', key: event.request.key });
        if (outcome.context.arrives !== null && context.arrives === null)
          q.emit({ type: 'team.calledOut', arrives: outcome.context.arrives });
      }
      for (const key of outcome.granted) q.emit({ type: 'step.granted', key });
    }),
  },
}).createMachine({
  id: 'team',
  context: ({ input }) => initialTeamContext(input.size),
  initial: 'offDuty',
  on: {
    REQUEST: { actions: 'apply', target: '.deciding' },
    RELEASE: { actions: 'apply', target: '.deciding' },
    WITHDRAW: { actions: 'apply', target: '.deciding' },
    DISPATCH: { actions: 'apply', target: '.deciding' },
    ARRIVED: { actions: 'apply', target: '.deciding' },
  },
  states: {
    /** Transient: the phase follows from the context after each event. */
    deciding: {
      always: [
        { guard: 'atWork', target: 'atWork' },
        { guard: 'calledOut', target: 'calledOut' },
        { target: 'offDuty' },
      ],
    },
    offDuty: {},
    calledOut: {},
    atWork: {},
  },
});
