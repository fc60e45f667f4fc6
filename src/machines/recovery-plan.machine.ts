/**
 * The execution of one recovery plan: steps start as soon as all their prerequisites have
 * finished, so steps with no path between them run in parallel. Step durations are drawn by
 * the caller (from the plan's random stream) and passed in, so the machine itself is pure.
 *
 * A step done by a declared team (`team`, machines/team.machine.ts) does not start by itself:
 * when its prerequisites are done it is `waiting for team` and the machine emits
 * `step.requested`; it starts on TEAM_GRANTED. A step without a team starts at once, as before.
 *
 *   idle --START--> running --(last step finished)--> completed
 *   running --ABORT--> aborted
 *   running: working <--> waitingForTeam (no step running, at least one waiting for its team)
 */
import { enqueueActions, not, setup } from 'xstate';

export interface PlanStepRun {
  readonly id: string;
  readonly owner: string | null;
  /** The declared team that does it; null or absent = an unlimited team, always at work. */
  readonly team?: string | null;
  readonly after: readonly string[];
  /** Drawn duration in ms. */
  readonly duration: number;
}

export interface PlanInput {
  readonly steps: readonly PlanStepRun[];
}

/** `waiting`: for its prerequisites; `waiting for team`: they are done, its team has no one yet. */
export type StepStatus = 'waiting' | 'waiting for team' | 'running' | 'done';

export interface PlanContext {
  readonly steps: readonly PlanStepRun[];
  readonly status: Readonly<Record<string, StepStatus>>;
}

export type PlanEvent =
  | { type: 'START' }
  | { type: 'STEP_DONE'; step: string }
  | { type: 'TEAM_GRANTED'; step: string }
  | { type: 'ABORT' };

export type PlanEmitted =
  | { type: 'step.started'; step: string; owner: string | null; duration: number }
  | { type: 'step.requested'; step: string; team: string }
  | { type: 'step.finished'; step: string };

/** Steps whose prerequisites are all done and that have not started. */
export const readySteps = (context: PlanContext): PlanStepRun[] =>
  context.steps.filter(
    (s) => context.status[s.id] === 'waiting' && s.after.every((p) => context.status[p] === 'done'),
  );

const allDone = (context: PlanContext): boolean =>
  context.steps.every((s) => context.status[s.id] === 'done');

/** No step running and at least one waiting for its team: the plan waits for people. */
export const waitingForTeam = (context: PlanContext): boolean => {
  let waiting = false;
  for (const s of context.steps) {
    const status = context.status[s.id];
    if (status === 'running') return false;
    if (status === 'waiting for team') waiting = true;
  }
  return waiting;
};

export const recoveryPlanMachine = setup({
  types: {
    input: {} as PlanInput,
    context: {} as PlanContext,
    events: {} as PlanEvent,
    emitted: {} as PlanEmitted,
  },
  guards: {
    allDone: ({ context }) => allDone(context),
    waitingForTeam: ({ context }) => waitingForTeam(context),
  },
  actions: {
    startReadySteps: enqueueActions(({ context, enqueue }) => {
      const ready = readySteps(context);
      if (ready.length === 0) return;
      const status = { ...context.status };
      for (const s of ready) status[s.id] = s.team ? 'waiting for team' : 'running';
      enqueue.assign({ status });
      for (const s of ready) {
        if (s.team) {
          enqueue.emit({ type: 'step.requested', step: s.id, team: s.team });
          continue;
        }
        enqueue.emit({ type: 'step.started', step: s.id, owner: s.owner, duration: s.duration });
        enqueue.raise({ type: 'STEP_DONE', step: s.id }, { delay: s.duration, id: s.id });
      }
    }),
    startGrantedStep: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'TEAM_GRANTED' || context.status[event.step] !== 'waiting for team')
        return;
      const s = context.steps.find((x) => x.id === event.step)!;
      enqueue.assign({ status: { ...context.status, [s.id]: 'running' } });
      enqueue.emit({ type: 'step.started', step: s.id, owner: s.owner, duration: s.duration });
      enqueue.raise({ type: 'STEP_DONE', step: s.id }, { delay: s.duration, id: s.id });
    }),
    finishStep: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'STEP_DONE') return;
      enqueue.assign({ status: { ...context.status, [event.step]: 'done' } });
      enqueue.emit({ type: 'step.finished', step: event.step });
    }),
    cancelRunningSteps: enqueueActions(({ context, enqueue }) => {
      for (const s of context.steps) if (context.status[s.id] === 'running') enqueue.cancel(s.id);
    }),
  },
}).createMachine({
  id: 'recoveryPlan',
  context: ({ input }) => ({
    steps: input.steps,
    status: Object.fromEntries(input.steps.map((s) => [s.id, 'waiting'])),
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { START: 'running' },
    },
    running: {
      entry: 'startReadySteps',
      always: { guard: 'allDone', target: 'completed' },
      on: {
        STEP_DONE: { actions: ['finishStep', 'startReadySteps'] },
        TEAM_GRANTED: { actions: 'startGrantedStep' },
        ABORT: { target: 'aborted', actions: 'cancelRunningSteps' },
      },
      initial: 'working',
      states: {
        working: { always: { guard: 'waitingForTeam', target: 'waitingForTeam' } },
        waitingForTeam: { always: { guard: not('waitingForTeam'), target: 'working' } },
      },
    },
    completed: { type: 'final' },
    aborted: { type: 'final' },
  },
});
