/**
 * One component in a run: its XState actor on the engine's clock, its random failures (a
 * renewal process: a new time to failure is drawn each time it comes back from a failure; the
 * first one from its age at the start)
 * and the execution of its recovery plan when the machine enters `recovering`.
 */
import { createActor, type Actor } from 'xstate';
import { Priority, type Engine, type Scheduled } from '../core/engine.ts';
import type { Component, RecoveryPlan } from '../core/model.ts';
import type { RandomStreams, Uniform } from '../core/random.ts';
import { sampleDuration, sampleTimeToFailure, sampleTimeToFirstFailure } from '../core/sampling.ts';
import type { TraceEvent } from '../core/trace.ts';
import {
  componentMachine,
  type ComponentContext,
  type ComponentEvent,
  type ComponentState,
} from '../machines/component.machine.ts';
import { recoveryPlanMachine } from '../machines/recovery-plan.machine.ts';
import { STEP_KEYS } from './team-common.ts';
import type { TeamDesk } from './team-desk.ts';

export interface RuntimeHooks {
  readonly record: (event: TraceEvent) => void;
  /** Called after every change of state; `capacityChanged` when its capacity share changed too. */
  readonly changed: (capacityChanged: boolean) => void;
}

/** The teams a component's plan steps need (runs with declared teams only). */
export interface PlanTeams {
  readonly desk: TeamDesk;
  /** The component's index in the scenario (request keys pack it with the step's index). */
  readonly index: number;
  /** Each step's team index (-1: no declared team) and the teams' ids. */
  readonly row: Int32Array;
  readonly ids: readonly string[];
}

export class ComponentRuntime {
  readonly component: Component;
  readonly #engine: Engine;
  readonly #hooks: RuntimeHooks;
  readonly #plan: RecoveryPlan | null;
  readonly #failureDraws: Uniform;
  readonly #planDraws: Uniform;
  readonly #actor: Actor<typeof componentMachine>;
  #state: ComponentState = 'operational';
  #share = 1;
  #pendingFailure: Scheduled | null = null;
  #planActor: Actor<typeof recoveryPlanMachine> | null = null;
  #incidents = 0;
  readonly #teams: PlanTeams | null;

  constructor(
    component: Component,
    plan: RecoveryPlan | null,
    engine: Engine,
    streams: RandomStreams,
    hooks: RuntimeHooks,
    teams: PlanTeams | null = null,
  ) {
    this.component = component;
    this.#teams = teams;
    this.#engine = engine;
    this.#hooks = hooks;
    this.#plan = plan;
    this.#failureDraws = streams.get(component.id, 'failure');
    this.#planDraws = streams.get(component.id, 'recovery');
    this.#actor = createActor(componentMachine, {
      clock: engine.clock,
      input: { detection: component.detection, overloadFailAfter: component.overloadFailAfter },
    });
    this.#actor.subscribe((snapshot) => this.#onSnapshot(snapshot.value, snapshot.context));
    this.#actor.start();
    this.#scheduleFailure(
      sampleTimeToFirstFailure(component.failure, component.ageAtStart, this.#failureDraws),
    );
  }

  /** Its plan's step `k`, of this incident, was given a person by its team. */
  grant(k: number): void {
    const step = this.#plan?.steps[k];
    if (step) this.#planActor?.send({ type: 'TEAM_GRANTED', step: step.id });
  }

  /** The trace names of its plan's step `k` in the current incident. */
  stepLabel(k: number): { plan: string; component: string; incident: number; step: string } {
    return {
      plan: this.#plan?.id ?? '',
      component: this.component.id,
      incident: this.#incidents,
      step: this.#plan?.steps[k]?.id ?? '',
    };
  }

  get state(): ComponentState {
    return this.#state;
  }

  /** Share of its nominal capacity the component offers on its own (ignoring dependencies). */
  get capacityShare(): number {
    return this.#share;
  }

  send(event: ComponentEvent): void {
    this.#actor.send(event);
  }

  #onSnapshot(value: ComponentState, context: ComponentContext): void {
    const from = this.#state;
    const shareBefore = this.#share;
    if (value === from && context.capacityShare === shareBefore) return;
    this.#state = value;
    this.#share = context.capacityShare;
    this.#hooks.record({
      t: this.#engine.now,
      type: 'component',
      component: this.component.id,
      from,
      to: value,
      cause: context.cause,
      capacityShare: context.capacityShare,
    });
    if (context.capacityShare === 0 && shareBefore > 0) this.#cancelFailure();
    if (value === 'recovering' && from !== 'recovering') this.#startPlan();
    if (from === 'recovering' && value !== 'recovering') this.#abortPlan();
    if (value === 'operational' && this.#pendingFailure === null) this.#scheduleFailure();
    this.#hooks.changed(context.capacityShare !== shareBefore);
  }

  /** Schedules the next random failure, by default a fresh life after a repair. */
  #scheduleFailure(
    ttf: number = sampleTimeToFailure(this.component.failure, this.#failureDraws),
  ): void {
    if (!Number.isFinite(ttf)) return;
    this.#pendingFailure = this.#engine.at(this.#engine.now + ttf, Priority.external, () => {
      this.#pendingFailure = null;
      this.#actor.send({ type: 'FAIL', cause: 'random' });
    });
  }

  #cancelFailure(): void {
    if (this.#pendingFailure) this.#engine.cancel(this.#pendingFailure);
    this.#pendingFailure = null;
  }

  #startPlan(): void {
    const plan = this.#plan;
    if (!plan) return;
    const incident = ++this.#incidents;
    const base = { plan: plan.id, component: this.component.id, incident };
    const teams = this.#teams;
    const steps = plan.steps.map((s, k) => ({
      id: s.id,
      owner: s.owner,
      team: teams !== null && teams.row[k]! >= 0 ? teams.ids[teams.row[k]!]! : null,
      after: s.after,
      duration: sampleDuration(s.duration, this.#planDraws),
    }));
    const actor = createActor(recoveryPlanMachine, { clock: this.#engine.clock, input: { steps } });
    this.#planActor = actor;
    if (teams !== null) {
      const indexOf = new Map(plan.steps.map((s, k) => [s.id, k]));
      actor.on('step.requested', (e) => {
        const k = indexOf.get(e.step)!;
        teams.desk.request(teams.row[k]!, teams.index * STEP_KEYS + k, teams.index);
      });
      actor.on('step.finished', (e) => {
        const team = teams.row[indexOf.get(e.step)!]!;
        if (team >= 0) teams.desk.release(team);
      });
    }
    actor.on('step.started', (e) =>
      this.#hooks.record({
        t: this.#engine.now,
        type: 'step-started',
        ...base,
        step: e.step,
        owner: e.owner,
        duration: e.duration,
      }),
    );
    actor.on('step.finished', (e) =>
      this.#hooks.record({ t: this.#engine.now, type: 'step-finished', ...base, step: e.step }),
    );
    actor.subscribe((snapshot) => {
      if (snapshot.status !== 'done' || this.#planActor !== actor) return;
      this.#planActor = null;
      if (snapshot.value === 'completed') {
        this.#hooks.record({ t: this.#engine.now, type: 'plan-completed', ...base });
        this.#actor.send({ type: 'RECOVERED' });
      }
    });
    this.#hooks.record({ t: this.#engine.now, type: 'plan-started', ...base });
    actor.start();
    actor.send({ type: 'START' });
  }

  #abortPlan(): void {
    const actor = this.#planActor;
    if (!actor) return;
    this.#planActor = null;
    const teams = this.#teams;
    if (teams !== null) {
      // Its waiting steps leave their teams' queues; the people on its running steps are freed.
      const { status } = actor.getSnapshot().context;
      this.#plan?.steps.forEach((s, k) => {
        const team = teams.row[k]!;
        if (team < 0) return;
        if (status[s.id] === 'running') teams.desk.release(team);
        else if (status[s.id] === 'waiting for team')
          teams.desk.withdraw(team, teams.index * STEP_KEYS + k);
      });
    }
    actor.send({ type: 'ABORT' });
    actor.stop();
    this.#hooks.record({
      t: this.#engine.now,
      type: 'plan-aborted',
      plan: this.#plan?.id ?? '',
      component: this.component.id,
      incident: this.#incidents,
    });
  }
}
