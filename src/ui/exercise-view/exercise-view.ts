import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { renderExerciseForecast } from '../../charts/exercise-forecast.ts';
import { fingerprint } from '../../core/fingerprint.ts';
import type { Exercise, Scenario } from '../../core/model.ts';
import type { ExerciseLog } from '../../exercise/log.ts';
import { plansExercised } from '../../exercise/plans-exercised.ts';
import { MS_PER_MINUTE, formatDuration } from '../../core/time.ts';
import { afterActionReport, type AfterActionReport } from '../../exercise/report.ts';
import { download } from '../app/download.ts';
import { countdown } from '../format.ts';
import { exerciseTimes } from './exercise-times.ts';
import { BiaController } from '../controllers/bia-controller.ts';
import { ResizeController } from '../controllers/resize-controller.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';
import '../timeline-view/define.ts';
import '../topology-view/define.ts';
import './define-participant.ts';
import './define-report.ts';
import './define-time-slot.ts';
import { ExerciseSession } from './exercise-session.ts';
import { exerciseStyles } from './exercise-view.styles.ts';
import { forecastData } from './forecast.ts';
import { reportChart } from './report-chart-data.ts';
import { channelName } from './participant-state.ts';

const PACES = [1, 2, 5, 10, 20, 30, 60, 120, 600];

/** The time limit of the next decision the team has still to take, or null. */
const nextDecisionLimit = (
  exercise: Exercise,
  context: { readonly log: ExerciseLog },
): number | null =>
  exercise.decisions.find(
    (d) => !context.log.some((e) => e.kind === 'decided' && e.decision === d.id),
  )?.timeLimit ?? null;
const DELAY = 5 * MS_PER_MINUTE;

/**
 * The facilitator's view of an exercise: the exercise clock with start, pause, pace and end;
 * the injects to come on a forecast strip and in a list (release now, delay); the decision
 * asked with its countdown and the team's answers as they come (from this window or the
 * participants'); the live timeline and topology of the team's run; and, when it ends, the
 * after-action report. The exercise is saved in the browser after every change.
 *
 * @fires cs-exercise-ended - the exercise run here has ended (detail: exercise, the plans it invoked)
 */
export class CsExerciseView extends LitElement {
  static override styles = [controlStyles, panelStyles, exerciseStyles];

  @property({ attribute: false }) scenario: Scenario | null = null;
  @property() seed = '1';
  @state() private session: ExerciseSession | null = null;
  @state() private report: AfterActionReport | null = null;
  /** The session's status at the last update: an exercise that ends here says so (once). */
  private lastStatus: string | null = null;
  /** The exercise clock the report was made at. */
  private reportNow = 0;
  @state() private wantReport = false;
  @state() private projector = false;
  @state() private confirming: 'end' | 'over' | null = null;
  @state() private view: { from: number; to: number } | null = null;
  @query('svg.forecast') private forecastSvg?: SVGSVGElement;
  private readonly analysis = new BiaController(this);
  private readonly size = new ResizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const scenario = this.scenario;
    if (changed.has('scenario') || changed.has('seed')) {
      const current = this.session;
      const exercise = scenario?.exercise ?? null;
      const sameScript =
        current !== null &&
        exercise !== null &&
        current.scenario.name === scenario?.name &&
        fingerprint(current.exercise) === fingerprint(exercise);
      // A running exercise goes on with the scenario and seed it started with; one not
      // started yet follows the header.
      const stale =
        current?.status === 'ready' &&
        (current.scenario !== scenario || current.seed !== this.seed);
      if (!sameScript || stale) this.replaceSession(scenario && exercise ? scenario : null);
    }
    const session = this.session;
    const status = session?.status ?? null;
    if (status === 'ended' && (this.lastStatus === 'running' || this.lastStatus === 'paused'))
      this.dispatchEvent(
        new CustomEvent('cs-exercise-ended', {
          detail: {
            exercise: session!.exercise.name,
            plans: plansExercised(
              session!.view.run.trace,
              session!.view.offset,
              session!.exercise.start,
              session!.snapshot.context.now,
            ),
          },
          bubbles: true,
          composed: true,
        }),
      );
    this.lastStatus = status;
    if (session && session.status === 'ended' && this.report === null) this.wantReport = true;
    if (session && this.wantReport) this.buildReport(session);
  }

  /** A fresh session for `scenario` (restoring its saved exercise, if any), or none. */
  private replaceSession(scenario: Scenario | null, discard = false): void {
    const old = this.session;
    if (old) {
      if (discard) old.discard();
      else old.hostDisconnected();
      this.removeController(old);
    }
    this.session = scenario ? new ExerciseSession(this, scenario, this.seed) : null;
    this.report = null;
    this.wantReport = this.session?.status === 'ended';
    this.view = null;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // a modal dialog: the page behind it is inert (Tab stays in it), Esc closes it
    const projector = this.renderRoot.querySelector<HTMLDialogElement>('dialog.projector');
    if (projector && !projector.open) projector.showModal();
    if (changed.has('projector') && changed.get('projector') !== undefined)
      this.renderRoot
        .querySelector<HTMLButtonElement>(
          this.projector ? '.projector > button' : 'button.projector-open',
        )
        ?.focus();
    if (changed.has('confirming') && this.confirming)
      this.renderRoot.querySelector<HTMLButtonElement>('button.keep')?.focus();
    const session = this.session;
    if (!session || !this.forecastSvg) return;
    renderExerciseForecast(
      this.forecastSvg,
      forecastData(session.exercise, session.snapshot.context, session.scenario),
      Math.max(320, Math.min(this.size.width / 2 - 60, 760)),
    );
  }

  /** Space on the Exercise tab: start, pause or resume. */
  toggle(): void {
    const s = this.session;
    if (!s) return;
    if (s.status === 'ready') s.send({ type: 'START' });
    else if (s.status === 'running') s.send({ type: 'PAUSE' });
    else if (s.status === 'paused') s.send({ type: 'RESUME' });
  }

  private buildReport(session: ExerciseSession): void {
    const status = this.analysis.status;
    const fresh = status.kind === 'done' && status.scenario === session.scenario;
    if (!fresh) {
      if (status.kind !== 'running' && status.kind !== 'error') this.analysis.run(session.scenario);
      return;
    }
    const { log, now } = session.snapshot.context;
    // the report so far follows the clock every few simulated minutes
    const current = this.report?.log === log && Math.abs(now - this.reportNow) < 5 * MS_PER_MINUTE;
    if (this.report && current) {
      if (this.report.notes !== session.notes)
        this.report = { ...this.report, notes: session.notes };
      return;
    }
    this.reportNow = now;
    this.report = afterActionReport({
      scenario: session.scenario,
      seed: session.seed,
      log,
      findings: status.findings,
      notes: session.notes,
      now,
    });
  }

  private openParticipants(session: ExerciseSession): void {
    const url = new URL(window.location.href);
    url.search = `?view=participant&channel=${encodeURIComponent(channelName(session.scenario, session.exercise))}`;
    window.open(url.toString(), 'cs-participants', 'popup,width=1200,height=800');
  }

  private exportReport(): void {
    if (!this.report) return;
    const name = this.report.exercise.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    download(
      `${name}-after-action.json`,
      `${JSON.stringify(this.report, null, 2)}\n`,
      'application/json',
    );
  }

  override render() {
    const scenario = this.scenario;
    if (!scenario) return nothing;
    if (!scenario.exercise || !this.session)
      return html`<section class="panel">
        <h2>No exercise in this scenario</h2>
        <p>
          An <cs-term key="exercise">exercise</cs-term> is a scripted rehearsal: timed injects and
          decisions for a team. Add an <code>exercise:</code> section to the scenario (the bundled
          <em>Bank money transfer</em> scenario carries one to copy), then come back here.
        </p>
      </section>`;
    const session = this.session;
    return html`<div class="facilitator">
        ${this.renderBar(session)}
        <div class="grid">
          ${this.renderInjects(session)} ${this.renderDecisions(session)}
          ${this.renderLive(session)}
        </div>
      </div>
      <div class="report">${this.renderReport(session)}</div>
      ${
        this.projector
          ? html`<dialog
              class="projector"
              aria-label="Participant view"
              @close=${() => (this.projector = false)}
            >
              <button type="button" @click=${() => (this.projector = false)}>
                Back to the facilitator view (Esc)
              </button>
              <cs-exercise-participant
                .state=${session.participantState()}
                @cs-exercise-decide=${(e: CustomEvent<{ decision: string; option: string }>) =>
                  session.send({ type: 'DECIDE', ...e.detail })}
              ></cs-exercise-participant>
            </dialog>`
          : nothing
      }`;
  }

  private renderBar(session: ExerciseSession) {
    const { context } = session.snapshot;
    const status = session.status;
    const local = exerciseTimes(session)(context.now);
    const end = session.exercise.start + session.exercise.duration;
    const confirm = (what: 'end' | 'over', text: string, go: () => void) =>
      this.confirming === what
        ? html`<span role="alert" class="danger">${text}</span>
            <button type="button" class="primary" @click=${() => ((this.confirming = null), go())}>
              Yes
            </button>
            <button type="button" class="keep" @click=${() => (this.confirming = null)}>No</button>`
        : nothing;
    return html`<section class="panel" aria-label="Exercise clock">
      <div class="bar">
        <h2>${session.exercise.name}</h2>
        <span class="clock" data-testid="exercise-clock" aria-live="off">${local}</span>
        <span class="status" role="status" data-testid="exercise-status"
          >${
            status === 'ready'
              ? 'Ready'
              : status === 'running'
                ? 'Running'
                : status === 'paused'
                  ? 'Paused'
                  : 'Ended'
          }
        </span>
        <span class="status"
          >${formatDuration(Math.max(0, end - context.now))} of the script left ·
          <cs-term key="seed">seed</cs-term> <code>${session.seed}</code></span
        >
      </div>
      <div class="controls" style="margin-top:0.5rem">
        ${
          status === 'ready'
            ? html`<button
                type="button"
                class="primary"
                @click=${() => session.send({ type: 'START' })}
              >
                Start the exercise
              </button>`
            : status === 'running'
              ? html`<button type="button" @click=${() => session.send({ type: 'PAUSE' })}>
                  Pause
                </button>`
              : status === 'paused'
                ? html`<button
                    type="button"
                    class="primary"
                    @click=${() => session.send({ type: 'RESUME' })}
                  >
                    Resume
                  </button>`
                : nothing
        }
        <label
          >Pace
          <select
            aria-label="Pace, simulated minutes per real minute"
            ?disabled=${status === 'ended'}
            @change=${(e: Event) =>
              session.send({
                type: 'SET_PACE',
                pace: Number((e.target as HTMLSelectElement).value),
              })}
          >
            ${[...new Set([...PACES, context.pace])]
              .sort((a, b) => a - b)
              .map(
                (p) =>
                  html`<option value=${p} ?selected=${p === context.pace}>${p} min / min</option>`,
              )}
          </select></label
        >
        <cs-exercise-time-slot
          .remaining=${Math.max(0, end - context.now)}
          .pace=${context.pace}
          .status=${status}
          .decisionLimit=${nextDecisionLimit(session.exercise, context)}
          @cs-exercise-pace=${(e: CustomEvent<{ pace: number }>) =>
            session.send({ type: 'SET_PACE', pace: e.detail.pace })}
        ></cs-exercise-time-slot>
        <button type="button" @click=${() => this.openParticipants(session)}>
          Open the participant window
        </button>
        <button type="button" class="projector-open" @click=${() => (this.projector = true)}>
          Projector mode
        </button>
        ${
          status !== 'ended' && status !== 'ready' && this.confirming !== 'end'
            ? html`<button type="button" @click=${() => (this.confirming = 'end')}>
                End the exercise
              </button>`
            : nothing
        }
        ${confirm('end', 'End the exercise now and write the report?', () =>
          session.send({ type: 'END' }),
        )}
        ${
          status !== 'ready' && this.confirming !== 'over'
            ? html`<button type="button" @click=${() => (this.confirming = 'over')}>
                Start over
              </button>`
            : nothing
        }
        ${confirm('over', "Discard this exercise's log and notes?", () =>
          this.replaceSession(this.scenario?.exercise ? this.scenario : null, true),
        )}
      </div>
      ${
        session.restored && status === 'paused' && context.log.at(-1)?.kind === 'paused'
          ? html`<p class="notice" role="status">
              The exercise you were running was kept in this browser: it is paused at ${local}.
              Resume when the team is ready.
            </p>`
          : nothing
      }
      ${
        session.scenario !== this.scenario || session.seed !== this.seed
          ? html`<p class="notice" role="status">
              ${session.status === 'ended' ? 'This exercise ran' : 'This exercise runs'} on the
              scenario and seed (${session.seed}) it started with; the header now shows
              ${session.scenario !== this.scenario ? 'a changed scenario' : `seed ${this.seed}`}.
              Start over to rehearse that.
            </p>`
          : nothing
      }
      ${
        session.saveProblem
          ? html`<p class="notice danger" role="alert">Not saved: ${session.saveProblem}</p>`
          : nothing
      }
    </section>`;
  }

  private renderInjects(session: ExerciseSession) {
    const { context } = session.snapshot;
    const local = exerciseTimes(session);
    const ended = session.status === 'ended';
    return html`<section class="panel" aria-labelledby="injects-title">
      <h2 id="injects-title">
        <cs-term key="inject">Injects</cs-term> (the facilitator's forecast)
      </h2>
      <svg class="forecast"></svg>
      <ol class="injects">
        ${session.exercise.injects.map((inject, i) => {
          const released = context.log.find((e) => e.kind === 'released' && e.inject === inject.id);
          const due = context.due[inject.id];
          const state = released ? 'released' : inject.release === 'timed' ? 'due' : 'on-demand';
          return html`<li data-state=${state} data-inject=${inject.id}>
            <span>${i + 1}.</span>
            <span
              >${local(released?.t ?? due ?? inject.at)}<br /><span class="tag"
                >${released ? 'released' : inject.release === 'timed' ? 'due' : 'on demand'}</span
              ></span
            >
            <span
              >${inject.text}${inject.effect ? html` <span class="tag">(${inject.effect.action}${'component' in inject.effect ? ` ${inject.effect.component}` : ''})</span>` : nothing}</span
            >
            <span class="row-actions">
              ${
                released || ended || session.status === 'ready'
                  ? nothing
                  : html`<button
                        type="button"
                        aria-label="Release now: inject ${i + 1}"
                        @click=${() => session.send({ type: 'RELEASE', inject: inject.id })}
                      >
                        Release now
                      </button>
                      ${
                        due !== undefined
                          ? html`<button
                              type="button"
                              aria-label="+5 min: delay inject ${i + 1} by 5 minutes"
                              @click=${() => session.send({ type: 'DELAY', inject: inject.id, by: DELAY })}
                            >
                              +5 min
                            </button>`
                          : nothing
                      }`
              }
            </span>
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderDecisions(session: ExerciseSession) {
    const { context } = session.snapshot;
    const exercise = session.exercise;
    const taken = context.log.flatMap((e) => (e.kind === 'decided' ? [e] : []));
    const local = exerciseTimes(session);
    return html`<section class="panel" aria-labelledby="decisions-title">
      <h2 id="decisions-title">The team's <cs-term key="invocation">decisions</cs-term></h2>
      ${
        context.open.length === 0
          ? html`<p class="muted">No decision asked right now.</p>`
          : context.open.map((open) => {
              const point = exercise.decisions.find((d) => d.id === open.decision)!;
              const left = Math.max(0, open.deadline - context.now);
              const real = Math.round(left / context.pace / 1000);
              return html`<div class="decision" data-decision=${point.id}>
                <strong>${point.question}</strong>
                <div>
                  <span class="countdown" role="timer">${countdown(real)}</span>
                  left (${formatDuration(left)} simulated); if time runs out:
                  <em>${point.options.find((o) => o.id === point.default)?.label}</em>
                </div>
                <div class="options" role="group" aria-label="Record the team's decision">
                  ${point.options.map(
                    (o) =>
                      html`<button
                        type="button"
                        @click=${() => session.send({ type: 'DECIDE', decision: point.id, option: o.id })}
                      >
                        ${o.label}
                      </button>`,
                  )}
                </div>
              </div>`;
            })
      }
      ${
        taken.length
          ? html`<ul class="taken" aria-label="Decisions taken">
              ${taken.map((e) => {
                const point = exercise.decisions.find((d) => d.id === e.decision);
                const label = point?.options.find((o) => o.id === e.option)?.label ?? e.option;
                const fromParticipants = session.received.some(
                  (r) => r.decision === e.decision && r.option === e.option,
                );
                return html`<li>
                  ${local(e.t)} <strong>${label}</strong> after ${Math.round(e.tookMinutes)}
                  min${
                    e.timedOut
                      ? html` <span class="danger">(time ran out: default)</span>`
                      : fromParticipants
                        ? ' (from the participant window)'
                        : nothing
                  }
                </li>`;
              })}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderLive(session: ExerciseSession) {
    const { run, offset } = session.view;
    const now = session.snapshot.context.now - offset;
    const service = session.scenario.services[0];
    const model = service ? run.models.get(service.id) : undefined;
    if (!service || !model) return nothing;
    const exercise = session.exercise;
    const view = this.view ?? {
      from: exercise.start - offset - 30 * MS_PER_MINUTE,
      to: exercise.start - offset + exercise.duration + 2 * 60 * MS_PER_MINUTE,
    };
    const states = new Map(run.index.componentStatesAt(now).map((c) => [c.id, c]));
    return html`<section class="panel wide" aria-labelledby="live-title">
        <h2 id="live-title">Live: ${service.name}</h2>
        <p class="muted">
          Up to the <cs-term key="exercise">exercise</cs-term> clock, what the team's decisions did;
          after it, what happens if nobody does anything more.
        </p>
        <cs-timeline-view
          .model=${model}
          .playhead=${now}
          .view=${view}
          @cs-view-change=${(e: CustomEvent<{ from: number; to: number }>) => (this.view = e.detail)}
        ></cs-timeline-view>
      </section>
      <section class="panel wide">
        <cs-topology-view
          .topology=${service.requires}
          .states=${states}
          .heading=${`${service.name} at the exercise clock`}
        ></cs-topology-view>
      </section>`;
  }

  private renderReport(session: ExerciseSession) {
    const status = this.analysis.status;
    if (!this.wantReport)
      return html`<section class="panel facilitator">
        <h2><cs-term key="after-action report">After-action report</cs-term></h2>
        <p class="muted">Written when the exercise ends; you can see it so far at any time.</p>
        <button type="button" @click=${() => (this.wantReport = true)}>
          Show the report so far
        </button>
      </section>`;
    if (this.report === null)
      return html`<section class="panel" role="status">
        <h2><cs-term key="after-action report">After-action report</cs-term></h2>
        ${
          status.kind === 'error'
            ? html`<p class="danger">
                  The findings could not be computed (${status.message}). The report needs them.
                </p>
                <button type="button" @click=${() => this.analysis.run(session.scenario)}>
                  Try again
                </button>`
            : html`<p>
                Checking the plans for findings the exercise exposed…
                ${
                  status.kind === 'running' && status.total > 0
                    ? `${Math.round((status.done / status.total) * 100)} %`
                    : ''
                }
              </p>`
        }
      </section>`;
    return html`<cs-after-action-report
      .report=${this.report}
      .chart=${reportChart(session, this.report)}
      @cs-exercise-notes=${(e: CustomEvent<{ notes: string }>) => session.setNotes(e.detail.notes)}
      @cs-report-export=${() => this.exportReport()}
    ></cs-after-action-report>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-exercise-view': CsExerciseView;
  }
}
