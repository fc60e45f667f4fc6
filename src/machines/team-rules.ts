/**
 * What a recovery team does with each event (team.machine.ts): its context, the order of its
 * queue, and the changes each event makes, as pure functions on a context (the machine's
 * actions) and as the same changes made in place on a mutable context (the fast path, which
 * allocates nothing per event). The pure functions apply the in-place ones to a copy, so both
 * paths run one logic.
 */
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

export const initialTeamContext = (size: number): TeamContext => ({
  size,
  running: 0,
  held: 0,
  queue: [],
  arrives: null,
  inHours: false,
});

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

/** Where `r` goes in the queue: after every request served before it. */
function placeOf(queue: readonly TeamRequest[], r: TeamRequest): number {
  let at = queue.length;
  while (at > 0 && !servedBefore(queue[at - 1]!, r)) at--;
  return at;
}

/** The queue with `r` in its place: after every request served before it. */
export function enqueue(queue: readonly TeamRequest[], r: TeamRequest): TeamRequest[] {
  const at = placeOf(queue, r);
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
 * A context the team's events change in place (its queue too): the fast path keeps one per
 * team and allocates nothing per event; the pure functions below apply the same changes to a
 * copy.
 */
export type MutableTeamContext = { -readonly [K in keyof TeamContext]: TeamContext[K] } & {
  queue: TeamRequest[];
};

export const mutableTeamContext = (c: TeamContext): MutableTeamContext => ({
  size: c.size,
  running: c.running,
  held: c.held,
  queue: [...c.queue],
  arrives: c.arrives,
  inHours: c.inHours,
});

// Queues are a few steps long; these move them by hand (splice allocates the removed part).

function insertAt(queue: TeamRequest[], at: number, r: TeamRequest): void {
  queue.push(r);
  for (let k = queue.length - 1; k > at; k--) queue[k] = queue[k - 1]!;
  queue[at] = r;
}

/** Removes `count` requests from `at` on. */
function removeAt(queue: TeamRequest[], at: number, count: number): void {
  for (let k = at; k + count < queue.length; k++) queue[k] = queue[k + count]!;
  queue.length -= count;
}

/** `request` in place: adds the keys granted to `granted`; true when the step waits. */
export function requestInPlace(
  c: MutableTeamContext,
  r: TeamRequest,
  inHours: boolean,
  arrives: number | null,
  granted: number[],
): boolean {
  if (startsAtOnce(c, r, inHours)) {
    c.running++;
    c.inHours = inHours;
    granted.push(r.key);
    return false;
  }
  const called = arrives !== null && needsCallOut(c, inHours);
  insertAt(c.queue, placeOf(c.queue, r), r);
  if (called) c.arrives = arrives;
  c.inHours = inHours;
  return true;
}

/**
 * `request` in place for a request given by its fields: the request is made an object only when
 * the step waits (most steps start at once: an object less per team request, ~90 a bank run).
 */
export function requestFieldsInPlace(
  c: MutableTeamContext,
  key: number,
  rank: number,
  order: number,
  seq: number,
  inHours: boolean,
  arrives: number | null,
  granted: number[],
): boolean {
  // startsAtOnce with an empty queue, and what requestInPlace then does.
  if (c.queue.length === 0 && atWork(c, inHours) && c.running < c.size) {
    c.running++;
    c.inHours = inHours;
    granted.push(key);
    return false;
  }
  return requestInPlace(c, { key, rank, order, seq }, inHours, arrives, granted);
}

/** `release` in place. */
export function releaseInPlace(c: MutableTeamContext, inHours: boolean): void {
  c.running--;
  c.held++;
  c.inHours = inHours;
}

/** `withdraw` in place: false (and nothing changed) if the step was not waiting. */
export function withdrawInPlace(c: MutableTeamContext, key: number, inHours: boolean): boolean {
  const at = c.queue.findIndex((r) => r.key === key);
  if (at < 0) return false;
  removeAt(c.queue, at, 1);
  c.inHours = inHours;
  return true;
}

/** Gives free people to the best waiting steps, if the team is at work (or `engaged`). */
function fillInPlace(c: MutableTeamContext, engaged: boolean, granted: number[]): void {
  if (!engaged) return;
  let taken = 0;
  while (c.running < c.size && taken < c.queue.length) {
    granted.push(c.queue[taken++]!.key);
    c.running++;
  }
  if (taken > 0) removeAt(c.queue, 0, taken);
}

/** `dispatch` in place. */
export function dispatchInPlace(c: MutableTeamContext, inHours: boolean, granted: number[]): void {
  const engaged = atWork(c, inHours);
  c.held = 0;
  c.inHours = inHours;
  fillInPlace(c, engaged, granted);
}

/** `arrive` in place. */
export function arriveInPlace(c: MutableTeamContext, inHours: boolean, granted: number[]): void {
  c.arrives = null;
  c.inHours = inHours;
  fillInPlace(c, true, granted);
}

/** `teamStep` in place: adds the keys granted to `granted`; true when a requested step waits. */
export function teamStepInPlace(c: MutableTeamContext, e: TeamEvent, granted: number[]): boolean {
  switch (e.type) {
    case 'REQUEST':
      return requestInPlace(c, e.request, e.inHours, e.arrives, granted);
    case 'RELEASE':
      releaseInPlace(c, e.inHours);
      return false;
    case 'WITHDRAW':
      withdrawInPlace(c, e.key, e.inHours);
      return false;
    case 'DISPATCH':
      dispatchInPlace(c, e.inHours, granted);
      return false;
    case 'ARRIVED':
      arriveInPlace(c, e.inHours, granted);
      return false;
  }
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
  const context = mutableTeamContext(c);
  const granted: number[] = [];
  const waiting = requestInPlace(context, r, inHours, arrives, granted);
  return { context, granted, waiting };
}

/** A step it ran finished (or its plan was aborted): the person is held until DISPATCH. */
export function release(c: TeamContext, inHours: boolean): TeamContext {
  const context = mutableTeamContext(c);
  releaseInPlace(context, inHours);
  return context;
}

/** A waiting step is no longer needed (its plan was aborted); false if it was not waiting. */
export function withdraw(
  c: TeamContext,
  key: number,
  inHours: boolean,
): { context: TeamContext; withdrawn: boolean } {
  const context = mutableTeamContext(c);
  const withdrawn = withdrawInPlace(context, key, inHours);
  return withdrawn ? { context, withdrawn } : { context: c, withdrawn };
}

/** The held people (and any free one at work) take the best waiting steps, whatever the hour. */
export function dispatch(c: TeamContext, inHours: boolean): TeamOutcome {
  const context = mutableTeamContext(c);
  const granted: number[] = [];
  dispatchInPlace(context, inHours, granted);
  return { context, granted, waiting: false };
}

/** The call-out arrives: the team takes the waiting steps up to its size (none: it stands down). */
export function arrive(c: TeamContext, inHours: boolean): TeamOutcome {
  const context = mutableTeamContext(c);
  const granted: number[] = [];
  arriveInPlace(context, inHours, granted);
  return { context, granted, waiting: false };
}

/** The outcome of an event on a context (what the machine's actions apply). */
export function teamStep(c: TeamContext, e: TeamEvent): TeamOutcome {
  if (e.type === 'WITHDRAW')
    return { context: withdraw(c, e.key, e.inHours).context, granted: [], waiting: false };
  const context = mutableTeamContext(c);
  const granted: number[] = [];
  const waiting = teamStepInPlace(context, e, granted);
  return { context, granted, waiting };
}
