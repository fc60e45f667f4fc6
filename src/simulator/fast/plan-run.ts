/**
 * A component's recovery plan in fast runs, without an actor, reused from one incident (and
 * one run) to the next: layout.ts keeps one per component with a plan. Which steps start, and when the plan is complete, come from the recovery-plan
 * machine itself: its `readySteps` function (what the `startReady` action starts) and its
 * `allDone` guard (its `always` transition to `completed`), asked with a context in the
 * machine's own shape. Both answers depend only on the plan's steps and their statuses, so
 * they are remembered per plan (shared by every run) for each combination of statuses met.
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
const WAITING = 0;
const RUNNING = 1;
const DONE = 2;
/** Waiting for its team: to `readySteps` and `allDone` the same as running (neither waiting nor done). */
const TEAM = 3;
const STATUS: readonly StepStatus[] = ['waiting', 'running', 'done', 'waiting for team'];
/** A status's digit in the key (waiting for team counts as running: the answers are the same). */
const DIGIT = [0, 1, 2, 1];
/** Up to this many steps, answers are kept in arrays indexed by the statuses. */
const DENSE_STEPS = 8;

/** Answers by combination of statuses (a base-3 number, step k's status at 3^k). */
class Answers<T> {
  readonly #dense: (T | undefined)[] | null;
  readonly #sparse: Map<number, T> | null;

  constructor(steps: number) {
    this.#dense = steps <= DENSE_STEPS ? new Array<T | undefined>(3 ** steps) : null;
    this.#sparse = this.#dense === null ? new Map() : null;
  }

  get(key: number): T | undefined {
    return this.#dense !== null ? this.#dense[key] : this.#sparse!.get(key);
  }

  set(key: number, value: T): void {
    if (this.#dense !== null) this.#dense[key] = value;
    else this.#sparse!.set(key, value);
  }
}

interface Memo {
  readonly ready: Answers<Int32Array>;
  readonly complete: Answers<boolean>;
}
const memos = new WeakMap<RecoveryPlan, Memo | null>();

function memoOf(plan: RecoveryPlan): Memo | null {
  let memo = memos.get(plan);
  if (memo === undefined) {
    const n = plan.steps.length;
    const unique = new Set(plan.steps.map((s) => s.id)).size === n;
    // Statuses are keyed by step id; a key must also stay an exact integer.
    memo = unique && n <= 30 ? { ready: new Answers(n), complete: new Answers(n) } : null;
    memos.set(plan, memo);
  }
  return memo;
}

export class PlanRun {
  readonly plan: RecoveryPlan;
  /** This incident's step durations (drawn by the caller before restart()). */
  readonly durations: Float64Array;
  /** Queue ids of the running steps' timers (-1 for none), kept by the caller. */
  readonly ids: Int32Array;
  readonly #memo: Memo | null;
  /** Each step's status (waiting 0, running 1, done 2, waiting for team 3), and the key (base 3). */
  readonly #status: Uint8Array;
  readonly #pow: Float64Array;
  #key = 0;
  /** The statuses in the machine's shape, kept when there is no memo (steps sharing an id). */
  #byId: Record<string, StepStatus> | null = null;

  constructor(plan: RecoveryPlan) {
    const n = plan.steps.length;
    this.plan = plan;
    this.durations = new Float64Array(n);
    this.ids = new Int32Array(n);
    this.#memo = memoOf(plan);
    this.#status = new Uint8Array(n);
    this.#pow = new Float64Array(n);
    for (let k = 0; k < n; k++) this.#pow[k] = 3 ** k;
  }

  /** Every step waiting again, with no timer, for a new incident. */
  restart(): void {
    // Loops, not fill(): plans have a few steps, and a call to the fill builtin costs more.
    const status = this.#status;
    const ids = this.ids;
    for (let k = 0; k < status.length; k++) status[k] = WAITING;
    for (let k = 0; k < ids.length; k++) ids[k] = -1;
    this.#key = 0;
    if (this.#memo === null) this.#byId = this.#statuses();
  }

  /** Marks the ready steps running and returns their indices, in plan order. */
  startReady(): Int32Array {
    const memo = this.#memo;
    let ready = memo?.ready.get(this.#key);
    if (ready === undefined) {
      const steps = this.#steps();
      ready = Int32Array.from(readySteps(this.#context(steps)), (s) => steps.indexOf(s));
      memo?.ready.set(this.#key, ready);
    }
    for (let j = 0; j < ready.length; j++) this.#set(ready[j]!, RUNNING);
    return ready;
  }

  finish(step: number): void {
    this.#set(step, DONE);
  }

  /** A ready step (startReady marked it running) waits for its team instead. */
  awaitTeam(step: number): void {
    this.#set(step, TEAM);
  }

  isWaitingForTeam(step: number): boolean {
    return this.#status[step] === TEAM;
  }

  /** Its team gave a waiting step a person: it runs. */
  grant(step: number): void {
    this.#set(step, RUNNING);
  }

  get complete(): boolean {
    const memo = this.#memo;
    let done = memo?.complete.get(this.#key);
    if (done === undefined) {
      done = allDone({ context: this.#context(this.#steps()), event: NO_EVENT });
      memo?.complete.set(this.#key, done);
    }
    return done;
  }

  isRunning(step: number): boolean {
    if (this.#byId !== null) return this.#byId[this.plan.steps[step]!.id] === 'running';
    return this.#status[step] === RUNNING;
  }

  #set(step: number, status: number): void {
    this.#key += (DIGIT[status]! - DIGIT[this.#status[step]!]!) * this.#pow[step]!;
    this.#status[step] = status;
    if (this.#byId !== null) this.#byId[this.plan.steps[step]!.id] = STATUS[status]!;
  }

  #statuses(): Record<string, StepStatus> {
    const status: Record<string, StepStatus> = {};
    this.plan.steps.forEach((s, k) => (status[s.id] = STATUS[this.#status[k]!]!));
    return status;
  }

  /** The steps as the machine's input has them. */
  #steps(): PlanStepRun[] {
    return this.plan.steps.map((s, k) => ({
      id: s.id,
      owner: s.owner,
      after: s.after,
      duration: this.durations[k]!,
    }));
  }

  #context(steps: readonly PlanStepRun[]): PlanContext {
    return { steps, status: this.#byId ?? this.#statuses() };
  }
}
