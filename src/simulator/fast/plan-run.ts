/**
 * One execution of a recovery plan without an actor. Which steps start, and when the plan is
 * complete, come from the recovery-plan machine itself: its `readySteps` function (what the
 * `startReadySteps` action starts) and its `allDone` guard (its `always` transition to
 * `completed`). Statuses are kept in the machine's own context shape, updated in place.
 */
import {
  readySteps,
  recoveryPlanMachine,
  type PlanContext,
  type PlanStepRun,
  type StepStatus,
} from '../../machines/recovery-plan.machine.ts';

type AllDone = (args: { context: PlanContext; event: { type: string } }) => boolean;
const allDone = recoveryPlanMachine.implementations.guards.allDone as unknown as AllDone;
const NO_EVENT = { type: 'STEP_DONE' };

export class PlanRun {
  readonly steps: readonly PlanStepRun[];
  readonly #status: Record<string, StepStatus>;
  readonly #context: PlanContext;

  constructor(steps: readonly PlanStepRun[]) {
    this.steps = steps;
    this.#status = {};
    for (const s of steps) this.#status[s.id] = 'waiting';
    this.#context = { steps, status: this.#status };
  }

  /** Marks the ready steps running and returns their indices, in plan order. */
  startReady(): number[] {
    const ready = readySteps(this.#context);
    for (const s of ready) this.#status[s.id] = 'running';
    return ready.map((s) => this.steps.indexOf(s));
  }

  finish(step: number): void {
    this.#status[this.steps[step]!.id] = 'done';
  }

  get complete(): boolean {
    return allDone({ context: this.#context, event: NO_EVENT });
  }

  isRunning(step: number): boolean {
    return this.#status[this.steps[step]!.id] === 'running';
  }
}
