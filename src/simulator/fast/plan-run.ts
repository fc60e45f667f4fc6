/**
 * One execution of a recovery plan without an actor. Which steps start, and when the plan is
 * complete, come from the recovery-plan machine itself: its `readySteps` function (what the
 * `startReadySteps` action starts) and its `allDone` guard (its `always` transition to
 * `completed`). Statuses are kept in the machine's own context shape, updated in place.
 * Both answers depend only on the plan's steps and their statuses, so they are remembered
 * per plan (shared by every run) for each combination of statuses met.
 */
import type { RecoveryPlan } from '../../core/model.ts';
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
const RUNNING = 1;
const DONE = 2;
const STATUS: readonly StepStatus[] = ['waiting', 'running', 'done'];

/** What the machine answered for each combination of statuses (a base-3 number). */
interface Memo {
  readonly ready: Map<number, readonly number[]>;
  readonly complete: Map<number, boolean>;
}
const memos = new WeakMap<RecoveryPlan, Memo | null>();

function memoOf(plan: RecoveryPlan | null): Memo | null {
  if (plan === null) return null;
  let memo = memos.get(plan);
  if (memo === undefined) {
    const unique = new Set(plan.steps.map((s) => s.id)).size === plan.steps.length;
    // Statuses are keyed by step id; a key must also stay an exact integer.
    memo = unique && plan.steps.length <= 30 ? { ready: new Map(), complete: new Map() } : null;
    memos.set(plan, memo);
  }
  return memo;
}

export class PlanRun {
  readonly steps: readonly PlanStepRun[];
  readonly #memo: Memo | null;
  /** The statuses as a base-3 number (waiting 0, running 1, done 2), step k at 3^k. */
  #key = 0;
  /** The statuses in the machine's shape: kept when there is no memo, else built on a miss. */
  #status: Record<string, StepStatus> | null = null;

  /** `plan`, when given, is the plan the steps come from (its answers are remembered). */
  constructor(steps: readonly PlanStepRun[], plan: RecoveryPlan | null = null) {
    this.steps = steps;
    this.#memo = memoOf(plan);
    if (this.#memo === null) this.#status = this.#statuses();
  }

  /** Marks the ready steps running and returns their indices, in plan order. */
  startReady(): readonly number[] {
    const memo = this.#memo;
    let ready = memo?.ready.get(this.#key);
    if (ready === undefined) {
      ready = readySteps(this.#context()).map((s) => this.steps.indexOf(s));
      memo?.ready.set(this.#key, ready);
    }
    for (const k of ready) this.#set(k, RUNNING);
    return ready;
  }

  finish(step: number): void {
    this.#set(step, DONE);
  }

  get complete(): boolean {
    const memo = this.#memo;
    let done = memo?.complete.get(this.#key);
    if (done === undefined) {
      done = allDone({ context: this.#context(), event: NO_EVENT });
      memo?.complete.set(this.#key, done);
    }
    return done;
  }

  isRunning(step: number): boolean {
    if (this.#status !== null) return this.#status[this.steps[step]!.id] === 'running';
    return this.#digit(step) === RUNNING;
  }

  #digit(step: number): number {
    return Math.floor(this.#key / 3 ** step) % 3;
  }

  #set(step: number, status: number): void {
    this.#key += (status - this.#digit(step)) * 3 ** step;
    if (this.#status !== null) this.#status[this.steps[step]!.id] = STATUS[status]!;
  }

  #statuses(): Record<string, StepStatus> {
    const status: Record<string, StepStatus> = {};
    this.steps.forEach((s, k) => (status[s.id] = STATUS[this.#digit(k)]!));
    return status;
  }

  #context(): PlanContext {
    return { steps: this.steps, status: this.#status ?? this.#statuses() };
  }
}
