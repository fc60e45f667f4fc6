import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderGantt } from '../../../charts/gantt.ts';
import type { Scenario } from '../../../core/model.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { ResizeController } from '../../controllers/resize-controller.ts';
import { csEvent } from '../../events.ts';
import { controlStyles, panelStyles } from '../../shared.styles.ts';
import '../../term/define.ts';
import type { DocEditDetail } from '../doc-edit.ts';
import { issueNote, otherIssues } from './field-issues.ts';
import { planViews, type PlanView } from './plan-data.ts';
import { addPlan, removePlan } from './plan-edits.ts';
import { GanttMemory, ganttNote, type GanttView } from './plan-gantt.ts';
import { ganttModeChoice, GanttRuns, type GanttMode } from './gantt-moment.ts';
import { planHead } from './plan-head.ts';
import { plansSectionStyles } from './plans-section.styles.ts';
import { addStep } from './step-edits.ts';
import { stepsTable, type FocusAfter } from './steps-table.ts';
import { teamChoices, type TeamChoice } from '../teams-section/team-data.ts';

/**
 * The recovery plans of a scenario file as a form. For each plan of `data.plans`: its name
 * and id, what it restores (components, and the services they serve with their RTO), a table
 * of its steps (id, name, duration, owner, prerequisites; move up, move down, remove; Add
 * step) and its Gantt with the critical path and the RTO line. Selecting a step in the Gantt
 * focuses its row. The section holds no copy of the scenario: every change is a `cs-doc-edit`
 * and the file's new data comes back through `data`.
 *
 * @fires cs-doc-edit - `{ edits, label }`: one change of the file (e.g. "Duration of Promote the replica")
 */
export class CsPlansSection extends LitElement {
  static override styles = [controlStyles, panelStyles, plansSectionStyles];

  /** The whole scenario file as plain data; may be malformed while the person types. */
  @property({ attribute: false }) data: unknown = null;
  /** The last valid resolved scenario, for what is derived (services, RTO, the Gantts). */
  @property({ attribute: false }) scenario: Scenario | null = null;
  /** The file's issues; each field shows those at its path. */
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];

  @state() private selected: { plan: string; step: string } | null = null;
  @state() private refusal: { plan: number; reason: string } | null = null;
  /** What each plan's Gantt shows: the plan as written, or simulated with its teams. */
  @state() private ganttModes: Readonly<Record<string, GanttMode>> = {};
  private readonly runs = new GanttRuns();

  private readonly size = new ResizeController(this);
  private readonly memory = new GanttMemory();
  private plans: PlanView[] = [];
  private teams: TeamChoice[] = [];
  private gantts: GanttView[] = [];
  /** What to focus once the edited file comes back (`data`), or at the next update. */
  private focusAfter: { find: FocusAfter; onData: boolean } | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) {
      this.plans = planViews(this.data);
      this.teams = teamChoices(this.data);
      this.refusal = null;
    }
    if (changed.has('data') || changed.has('scenario') || changed.has('issues')) {
      const current = this.scenario !== null && !this.issues.some((i) => i.severity === 'error');
      this.gantts = this.plans.map((p) => this.memory.view(p.id, this.scenario, current));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.drawGantts();
    const pending = this.focusAfter;
    if (pending && (!pending.onData || changed.has('data'))) {
      this.focusAfter = null;
      const target = pending.find(this.renderRoot);
      target?.focus();
      // A new step or plan: its name is selected, ready to be typed over.
      if (target instanceof HTMLInputElement) target.select();
    }
  }

  private drawGantts(): void {
    const width = this.size.width > 0 ? Math.max(420, this.size.width - 34) : undefined;
    this.renderRoot.querySelectorAll<SVGSVGElement>('svg[data-gantt]').forEach((svg) => {
      const i = Number(svg.dataset['gantt']);
      const [plan, view] = [this.plans[i], this.gantts[i]];
      if (!plan || !view?.data) return;
      const mode = this.ganttModes[plan.id] ?? 'written';
      const run = this.scenario && !view.stale ? this.runs.run(this.scenario, plan.id, mode) : null;
      renderGantt(svg, run ? { ...view.data, run } : view.data, {
        ...(width === undefined ? {} : { width }),
        selectedStep: this.selected?.plan === plan.id ? this.selected.step : null,
        onSelectStep: (step) => this.selectFromGantt(i, plan, step),
      });
    });
  }

  private selectFromGantt(i: number, plan: PlanView, step: string): void {
    this.selected = { plan: plan.id, step };
    this.focusAfter = {
      onData: false,
      find: (root) =>
        Array.from(
          root.querySelectorAll<HTMLElement>(`article[data-plan="${i}"] tr[data-step]`),
        ).find((tr) => tr.dataset['step'] === step),
    };
  }

  private edit(detail: DocEditDetail | null, focus?: FocusAfter): void {
    if (!detail) return;
    this.refusal = null;
    this.focusAfter = focus ? { find: focus, onData: true } : null;
    this.dispatchEvent(csEvent('cs-doc-edit', detail));
  }

  private tryRemove(i: number, plan: PlanView): void {
    const removal = removePlan(this.data, plan);
    if (removal.ok) this.edit(removal.edit);
    else this.refusal = { plan: i, reason: removal.reason };
  }

  private renderPlan(plan: PlanView, i: number) {
    const view = this.gantts[i] ?? { data: null, stale: true };
    const note = ganttNote(view);
    const host = {
      data: this.data,
      scenario: this.scenario,
      issues: this.issues,
      teams: this.teams,
      edit: (d: DocEditDetail | null, focus?: FocusAfter) => this.edit(d, focus),
      remove: (p: PlanView) => this.tryRemove(i, p),
      refusal: this.refusal?.plan === i ? this.refusal.reason : null,
      first: i === 0,
      selectedStep: this.selected?.plan === plan.id ? this.selected.step : null,
      select: (step: string) => {
        if (this.selected?.plan !== plan.id || this.selected.step !== step)
          this.selected = { plan: plan.id, step };
      },
    };
    const rest = otherIssues(
      this.issues,
      ['plans', plan.index],
      [
        ['plans', plan.index, 'id'],
        ['plans', plan.index, 'name'],
        ...plan.steps.map((s) => ['plans', plan.index, 'steps', s.index]),
      ],
    );
    return html`<article class="plan" data-plan=${i} aria-label="Plan ${plan.title}">
      ${planHead(plan, host)} ${stepsTable(plan, host)} ${issueNote(rest)}
      <button
        type="button"
        class="add-step"
        @click=${() =>
          this.edit(addStep(plan), (root) =>
            root.querySelector<HTMLElement>(
              `tr[data-row="${plan.index}:${plan.length}"] .name-input`,
            ),
          )}
      >
        Add step
      </button>
      <figure class="gantt">
        ${ganttModeChoice(this.scenario, plan.id, this.ganttModes[plan.id] ?? 'written', (m) => {
          this.ganttModes = { ...this.ganttModes, [plan.id]: m };
        })}
        ${view.data ? html`<svg data-gantt=${i}></svg>` : nothing}
        ${note ? html`<figcaption class="note">${note}</figcaption>` : nothing}
      </figure>
    </article>`;
  }

  protected override render() {
    // The declared teams first (by name), then the other owners the file uses.
    const teamIds = new Set(this.teams.map((t) => t.id));
    const owners = [...new Set(this.plans.flatMap((p) => p.steps.map((s) => s.owner)))].filter(
      (o) => o && !teamIds.has(o),
    );
    const rest = otherIssues(
      this.issues,
      ['plans'],
      this.plans.map((p) => ['plans', p.index]),
    );
    return html`<section class="panel" aria-labelledby="plans-title">
      <h2 id="plans-title">Recovery <cs-term key="recovery plan">plans</cs-term></h2>
      ${issueNote(rest)}
      ${
        this.plans.length === 0
          ? html`<p class="muted">
              No recovery plans yet. A plan lists the steps that restore a component.
            </p>`
          : nothing
      }
      ${this.plans.map((plan, i) => this.renderPlan(plan, i))}
      <button
        type="button"
        class="add-plan"
        @click=${() =>
          this.edit(addPlan(this.data), (root) =>
            root.querySelector<HTMLElement>('article.plan:last-of-type .plan-name'),
          )}
      >
        Add plan
      </button>
      <datalist id="owners">
        ${this.teams.map((t) => html`<option value=${t.id} label=${`${t.name} (team)`}></option>`)}
        ${owners.map((o) => html`<option value=${o}></option>`)}
      </datalist>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-plans-section': CsPlansSection;
  }
}
