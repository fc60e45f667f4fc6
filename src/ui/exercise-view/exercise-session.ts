/**
 * Runs an exercise for the facilitator's view: the exercise machine in real time (its
 * clock is the browser's), the simulation of what the team did so far (recomputed when the
 * log changes), the participants' channel, and a save in the browser after every change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { Exercise, Scenario } from '../../core/model.ts';
import { exerciseOf } from '../../exercise/injects.ts';
import type { ExerciseLog } from '../../exercise/log.ts';
import { exerciseInputs } from '../../exercise/simulate-exercise.ts';
import {
  exerciseMachine,
  type ExerciseEvent,
  type ExerciseInput,
} from '../../machines/exercise.machine.ts';
import type { Run } from '../app/run.ts';
import { runScenario } from '../app/run-here.ts';
import {
  channelName,
  participantState,
  type ExerciseMessage,
  type ExerciseStatus,
  type ParticipantState,
} from './participant-state.ts';
import { participantRecovery } from './participant-recovery.ts';
import { recoveryStatus } from '../../exercise/recovery-status.ts';
import { readSaved, savedKey, writeSaved } from './saved-exercise.ts';
import { localStore } from '../storage/local-storage.ts';

type Snapshot = SnapshotFrom<typeof exerciseMachine>;

/** How often the running clock is saved between changes of the log, in real ms. */
const SAVE_EVERY_MS = 3000;

/** The team's run so far: in window time, with its offset into the scenario. */
export interface ExerciseRunView {
  readonly run: Run;
  readonly offset: number;
  readonly log: ExerciseLog;
}

const storage = localStore;

export class ExerciseSession implements ReactiveController {
  readonly scenario: Scenario;
  readonly exercise: Exercise;
  readonly seed: string;
  notes = '';
  /** Why the last save failed, or null. */
  saveProblem: string | null = null;
  /** Decisions the participants sent, newest last (the facilitator sees them come in). */
  readonly received: { decision: string; option: string; at: number }[] = [];
  #actor: Actor<typeof exerciseMachine>;
  #view: ExerciseRunView | null = null;
  #channel: BroadcastChannel | null = null;
  #discarded = false;
  readonly #host: ReactiveControllerHost;
  readonly #key: string;

  constructor(host: ReactiveControllerHost, scenario: Scenario, seed: string) {
    this.#host = host;
    this.scenario = scenario;
    this.exercise = exerciseOf(scenario);
    this.#key = savedKey(scenario, this.exercise);
    const saved = readSaved(storage(), this.#key);
    this.seed = saved?.seed ?? seed;
    this.notes = saved?.notes ?? '';
    this.#actor = this.#createActor(saved ? { clock: saved.clock, pace: saved.pace } : undefined);
    this.restored = saved !== null && saved.clock.log.length > 0;
    host.addController(this);
  }

  /** Restored from the browser, under way when the page was left, and not touched since. */
  restored = false;

  get snapshot(): Snapshot {
    return this.#actor.getSnapshot();
  }

  get status(): ExerciseStatus {
    return this.snapshot.value;
  }

  send(event: ExerciseEvent): void {
    this.restored = false;
    this.#actor.send(event);
  }

  setNotes(notes: string): void {
    this.notes = notes;
    this.#save();
    this.#host.requestUpdate();
  }

  /**
   * Discards this exercise (after the user confirmed): its save is removed and nothing more is
   * saved or broadcast. The view then starts a fresh session.
   */
  discard(): void {
    this.#discarded = true;
    writeSaved(storage(), this.#key, null);
    this.hostDisconnected();
  }

  /** The simulation of the team's decisions so far, recomputed only when the log changes. */
  get view(): ExerciseRunView {
    const log = this.snapshot.context.log;
    if (this.#view?.log !== log) {
      const { span, injects } = exerciseInputs(this.scenario, log);
      this.#view = {
        run: runScenario(span.scenario, this.seed, injects),
        offset: span.offset,
        log,
      };
    }
    return this.#view;
  }

  participantState(): ParticipantState {
    const { run, offset } = this.view;
    const context = this.snapshot.context;
    const t = context.now - offset;
    const services = this.scenario.services.map((s) => {
      const at = run.index.serviceAt(s.id, t);
      return { name: s.name, state: at.state, demand: at.demand, capacity: at.capacity };
    });
    const recovery = participantRecovery(
      this.scenario,
      this.exercise,
      recoveryStatus(this.scenario, run.trace, offset, context.now, this.exercise.start),
    );
    return participantState(this.scenario, this.exercise, context, this.status, services, recovery);
  }

  hostConnected(): void {
    if (this.#discarded) return;
    if (this.#actor.getSnapshot().status === 'stopped') {
      // connected again after a disconnection: go on from where it stood (paused)
      const { now, due, released, opened, open, log, pace } = this.snapshot.context;
      this.#actor = this.#createActor({ clock: { now, due, released, opened, open, log }, pace });
    }
    this.#actor.start();
    window.addEventListener('pagehide', this.#onPageHide);
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(channelName(this.scenario, this.exercise));
      this.#channel.addEventListener('message', (e: MessageEvent<ExerciseMessage>) =>
        this.#onMessage(e.data),
      );
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#onPageHide);
    this.#save();
    this.#actor.stop();
    this.#channel?.close();
    this.#channel = null;
  }

  #createActor(restore: ExerciseInput['restore']) {
    const actor = createActor(exerciseMachine, {
      input: { exercise: this.exercise, restore },
    });
    let log: ExerciseLog | null = null;
    let savedAt = 0;
    actor.subscribe((snapshot) => {
      // every change of the log at once; the clock alone every few seconds (and on leaving)
      const now = performance.now();
      if (snapshot.context.log !== log || now - savedAt > SAVE_EVERY_MS) {
        log = snapshot.context.log;
        savedAt = now;
        this.#save();
      }
      this.#broadcast();
      this.#host.requestUpdate();
    });
    return actor;
  }

  readonly #onPageHide = (): void => this.#save();

  #save(): void {
    if (this.#discarded) return;
    const { now, due, released, opened, open, log, pace } = this.snapshot.context;
    if (log.length === 0) return; // nothing to keep before the exercise starts
    this.saveProblem = writeSaved(storage(), this.#key, {
      format: 'continuity-exercise-session/1',
      seed: this.seed,
      clock: { now, due, released, opened, open, log },
      pace,
      notes: this.notes,
    });
  }

  #broadcast(): void {
    const message: ExerciseMessage = { type: 'state', state: this.participantState() };
    this.#channel?.postMessage(message);
  }

  #onMessage(message: ExerciseMessage): void {
    if (message.type === 'hello') this.#broadcast();
    else if (message.type === 'decide') {
      this.received.push({ ...message, at: this.snapshot.context.now });
      this.send({ type: 'DECIDE', decision: message.decision, option: message.option });
    }
  }
}
