import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Scenario } from '../../../core/model.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { ResizeController } from '../../controllers/resize-controller.ts';
import { controlStyles, panelStyles } from '../../shared.styles.ts';
import '../../term/define.ts';
import '../../topology-view/define.ts';
import { fieldStyles } from '../calendar-section/field.styles.ts';
import {
  field,
  fieldId,
  fireEdits,
  issueList,
  issuesAt,
  listAt,
  textOf,
  valueAt,
} from '../calendar-section/form-field.ts';
import type { DocEdit } from '../doc-edit.ts';
import { drawDemandCurves } from './demand-chart.ts';
import { demandFields } from './demand-fields.ts';
import { servicePath, setter, type ServiceContext } from './service-context.ts';
import { impactFields, objectivesFields } from './service-fields.ts';
import { continuityFields } from './continuity-fields.ts';
import { teamChoices } from '../teams-section/team-data.ts';
import { servicesSectionStyles } from './services-section.styles.ts';
import { topologyBuilder } from './topology-builder.ts';

interface Picked {
  readonly ids: ReadonlySet<string>;
  readonly k: number;
}

/**
 * The scenario form's services: for each, its name, objectives, impact, demand (the hourly
 * curve to drag, weekday factors, surges) and the topology builder with the drawing of what it
 * requires. Shows the file's data and fires edits; the file stays the one source of truth.
 *
 * @fires cs-doc-edit - one change to the file (e.g. the whole `requires` of a service)
 */
export class CsServicesSection extends LitElement {
  static override styles = [controlStyles, panelStyles, fieldStyles, servicesSectionStyles];

  /** The whole file as plain data (may be malformed while someone types). */
  @property({ attribute: false }) data: unknown = null;
  /** The last valid scenario: the topology drawing, agreed hours and capacity on the curve. */
  @property({ attribute: false }) scenario: Scenario | null = null;
  /** The file's issues; each shows next to its field. */
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];

  /** The topology builder's selection, per service index. */
  @state() private picked: ReadonlyMap<number, Picked> = new Map();

  private readonly size = new ResizeController(this);

  private readonly edit = (edits: readonly DocEdit[], label: string) =>
    fireEdits(this, edits, label);

  protected override updated(_changed: PropertyValues<this>): void {
    if (this.size.width === 0 || !this.shadowRoot) return;
    drawDemandCurves(this.shadowRoot, this.data, this.scenario, (index, hourly) => {
      const name = this.serviceName(index);
      this.edit(
        [{ op: 'set', path: ['services', index, 'demand', 'hourly'], value: hourly }],
        `Hourly demand of ${name}`,
      );
    });
  }

  private serviceName(index: number): string {
    const service = valueAt(this.data, ['services', index]);
    return (
      textOf(valueAt(service, ['name'])) ||
      textOf(valueAt(service, ['id'])) ||
      `service ${index + 1}`
    );
  }

  protected override render() {
    const services = listAt(this.data, ['services']);
    const stale = this.issues.some((i) => i.severity === 'error');
    return html`<section class="panel" aria-labelledby="services-title">
      <h2 id="services-title">Services</h2>
      ${issueList(fieldId(['services']), issuesAt(this.issues, ['services']))}
      ${
        services.length === 0
          ? html`<p class="muted">The scenario has no services yet.</p>`
          : nothing
      }
      ${services.map((_, index) => this.renderService(index, stale))}
    </section>`;
  }

  private renderService(index: number, stale: boolean) {
    const ctx: ServiceContext = {
      data: this.data,
      issues: this.issues,
      index,
      name: this.serviceName(index),
      edit: this.edit,
    };
    const id = textOf(valueAt(this.data, servicePath(ctx, 'id')));
    const count = issuesAt(this.issues, servicePath(ctx), true).filter(
      (i) => i.severity === 'error',
    ).length;
    const picked = this.picked.get(index) ?? { ids: new Set<string>(), k: 1 };
    const selection = {
      ...picked,
      change: (ids: ReadonlySet<string>, k: number) =>
        (this.picked = new Map(this.picked).set(index, { ids, k })),
    };
    return html`<details class="service" ?open=${index === 0} @toggle=${() => this.requestUpdate()}>
      <summary>
        <span class="service-name">${ctx.name}</span>
        ${id ? html`<code>${id}</code>` : nothing}
        ${
          count ? html`<span class="badge">${count} issue${count === 1 ? '' : 's'}</span>` : nothing
        }
      </summary>
      ${issueList(fieldId(servicePath(ctx)), issuesAt(this.issues, servicePath(ctx)))}
      <div class="fields head">
        ${field({ data: this.data, issues: this.issues, path: servicePath(ctx, 'name'), kind: 'text', label: 'Name', size: 'wide', commit: setter(ctx, servicePath(ctx, 'name'), 'Name') })}
        ${this.ownHours(ctx)}
      </div>
      <div class="columns">${objectivesFields(ctx)} ${impactFields(ctx)}</div>
      ${continuityFields(ctx, teamChoices(this.data))} ${demandFields(ctx)}
      ${topologyBuilder(ctx, selection, this.scenario, stale)}
    </details>`;
  }

  /** A service with its own agreed hours says so (they are edited in the YAML). */
  private ownHours(ctx: ServiceContext) {
    const own = valueAt(this.data, servicePath(ctx, 'calendar', 'agreedHours'));
    if (own === null || typeof own !== 'object') return nothing;
    const text = Object.entries(own)
      .map(([days, hours]) => `${days} ${textOf(hours)}`)
      .join('; ');
    return html`<p class="muted own-hours">
      Own <cs-term key="agreed hours">agreed hours</cs-term>: ${text} (edit them in the YAML).
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-services-section': CsServicesSection;
  }
}
