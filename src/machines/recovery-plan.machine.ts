/**
 * The execution of one recovery plan: steps start as soon as all their prerequisites have
 * finished, so steps with no path between them run in parallel. Step durations are drawn by
 * the caller (from the plan's random stream) and passed in, so the machine itself is pure.
 *
 *   idle --START--> running --(last step finished)--> completed
 *   running --ABORT--> aborted
 */
import { enqueueActions, setup } from 'xstate';

export interface PlanStepRun {
  readonly id: string;
  readonly owner: string | null;
  readonly after: readonly string[];
  /** Drawn duration in ms. */
  readonly duration: number;
}

export interface PlanInput {
  readonly steps: readonly PlanStepRun[];
}

export type StepStatus = 'waiting' | 'running' | 'done';

export interface PlanContext {
  readonly steps: readonly PlanStepRun[];
  readonly status: Readonly<Record<string, StepStatus>>;
}

export type PlanEvent = { type: 'START' } | { type: 'STEP_DONE'; step: string } | { type: 'ABORT' };

export type PlanEmitted =
  | { type: 'step.started'; step: string; owner: string | null; duration: number }
  | { type: 'step.finished'; step: string };

/** Steps whose prerequisites are all done and that have not started. */
export const readySteps = (context: PlanContext): PlanStepRun[] =>
  context.steps.filter(
    (s) => context.status[s.id] === 'waiting' && s.after.every((p) => context.status[p] === 'done'),
  );

const allDone = (context: PlanContext): boolean =>
  context.steps.every((s) => context.status[s.id] === 'done');

export const recoveryPlanMachine = setup({
  types: {
    input: {} as PlanInput,
    context: {} as PlanContext,
    events: {} as PlanEvent,
    emitted: {} as PlanEmitted,
  },
  guards: {
    allDone: ({ context }) => allDone(context),
  },
  actions: {
    startReadySteps: enqueueActions(({ context, enqueue }) => {
      const ready = readySteps(context);
      if (ready.length === 0) return;
      const status = { ...context.status };
      for (const s of ready) status[s.id] = 'running';
      enqueue.assign({ status });
      for (const s of ready) {
        enqueue.emit({ type: 'step.started', step: s.id, owner: s.owner, duration: s.duration });
        enqueue.raise({ type: 'STEP_DONE', step: s.id }, { delay: s.duration, id: s.id });
      }
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
        ABORT: { target: 'aborted', actions: 'cancelRunningSteps' },
      },
    },
    completed: { type: 'final' },
    aborted: { type: 'final' },
  },
});
