import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { proseWhen } from '../../analysis/prose-time.ts';
import { property, query, state } from 'lit/decorators.js';
import type { Finding } from '../../analysis/advisor/types.ts';
import { biaToCsv } from '../../analysis/bia/index.ts';
import type { BiaResult, Bound } from '../../analysis/bia/types.ts';
import { dataLostText, rtoVerdictText } from '../../analysis/bia/verdict-text.ts';
import { renderHeatmap } from '../../charts/heatmap.ts';
import type { Inject, Scenario } from '../../core/model.ts';
import { download } from '../app/download.ts';
import { BiaController } from '../controllers/bia-controller.ts';
import { ResizeController } from '../controllers/resize-controller.ts';
import { csEvent } from '../events.ts';
import { minutesText, money } from '../format.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';
import { biaRows, sortRows, type BiaRow, type SortKey } from './bia-rows.ts';
import { biaStyles } from './bia-view.styles.ts';
import { findingItem } from './finding-item.ts';
import { planRunsWithTeams } from './team-paths.ts';
import { zoneSuffix } from '../../charts/local-time.ts';

const COLUMNS: readonly { key: SortKey; label: string; num: boolean }[] = [
  { key: 'label', label: 'Disruption', num: false },
  { key: 'restore', label: 'Time to restore', num: true },
  { key: 'down', label: 'Down in agreed hours', num: true },
  { key: 'rto', label: 'RTO', num: false },
  { key: 'data', label: 'Data lost', num: true },
  { key: 'dataCost', label: 'Cost of data lost', num: true },
  { key: 'cost', label: 'Cost', num: true },
  { key: 'h1', label: 'After 1 h', num: true },
  { key: 'h4', label: 'After 4 h', num: true },
  { key: 'h24', label: 'After 24 h', num: true },
  { key: 'h72', label: 'After 72 h', num: true },
];

/** The heatmap's day in words: `Fri 30 Jan` (the worst day when there is none). */
const heatmapDay = (day: string | undefined): string =>
  day === undefined ? 'the worst day' : proseWhen(`${day}T00:00`).slice(0, -6);

/**
 * The business impact analysis of a scenario: what each disruption would cost (a sortable
 * table and a heatmap by hour of the day), the single points of failure, and the advisor's
 * findings with their suggested changes. It runs in a worker, with progress and Cancel.
 *
 * @fires cs-open-disruption - a disruption should be replayed on the timeline
 * @fires cs-apply-edit - a suggested change should be tried as a variant
 */
export class CsBiaView extends LitElement {
  static override styles = [controlStyles, panelStyles, biaStyles];

  @property({ attribute: false }) scenario: Scenario | null = null;
  @property() service = '';

  @state() private sortKey: SortKey = 'cost';
  @state() private descending = true;
  @query('svg.heatmap') private heatmap?: SVGSVGElement;
  private readonly analysis = new BiaController(this);
  private readonly size = new ResizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const status = this.analysis.status;
    const stale = status.kind === 'done' && status.scenario !== this.scenario;
    if (this.scenario && (changed.has('scenario') || stale) && status.kind !== 'running')
      this.analysis.run(this.scenario);
  }

  protected override updated(): void {
    const status = this.analysis.status;
    if (status.kind !== 'done' || !this.heatmap || !this.scenario) return;
    const service = this.scenario.services.find((s) => s.id === this.service);
    const heatmap = status.bia.heatmaps?.find((h) => h.service === this.service);
    if (!service || !heatmap) return;
    const rows = heatmap.rows.map((r) => ({
      id: r.disruption,
      label: r.label,
      cells: r.cells.map((c) => (c === null ? null : { hour: c.hour, ...c.figures })),
    }));
    renderHeatmap(this.heatmap, rows, {
      width: Math.max(600, this.size.width - 40),
      currency: service.impact.currency,
      onSelect: (id, hour) => {
        const cell = heatmap.rows.find((r) => r.disruption === id)?.cells[hour];
        if (cell) this.open(cell.injects, cell.t);
      },
    });
  }

  /**
   * Replays a disruption on the timeline: a table row's injects at its moment, or a heatmap
   * cell's at its hour, run as the BIA runs them (most-likely step durations), so that the
   * timeline shows the row's or the cell's downtime and cost.
   */
  private open(injects: readonly Inject[], t: number, replay: Bound = 'likely'): void {
    this.dispatchEvent(csEvent('cs-open-disruption', { injects, t, replay }));
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = key !== 'label';
    }
  }

  protected override render() {
    const status = this.analysis.status;
    return html`<div class="toolbar">
        <h2><cs-term key="business impact">Business impact analysis</cs-term></h2>
        ${
          status.kind === 'running'
            ? html`<label
                  >Analysing
                  <progress
                    max=${status.total || 1}
                    value=${status.done}
                    aria-label="Analysis progress"
                  ></progress>
                </label>
                <span class="muted" role="status"
                  >${status.done.toLocaleString('en')} of ${status.total.toLocaleString('en')}
                  runs${
                    status.etaMs === null ? '' : `, about ${Math.ceil(status.etaMs / 1000)} s left`
                  }</span
                >
                <button type="button" @click=${() => this.analysis.cancel()}>Cancel</button>`
            : html`<button
                type="button"
                ?disabled=${!this.scenario}
                @click=${() => this.scenario && this.analysis.run(this.scenario)}
              >
                Run again
              </button>`
        }
        ${
          status.kind === 'done'
            ? html`<span class="muted"
                  >${status.bia.runs.toLocaleString('en')} simulations in
                  ${(status.elapsedMs / 1000).toFixed(1)} s</span
                >
                <button
                  type="button"
                  @click=${() => download(`${this.scenario?.name ?? 'scenario'} BIA.csv`, biaToCsv(status.bia), 'text/csv')}
                >
                  Export CSV
                </button>
                <button type="button" @click=${() => window.print()}>Print report</button>`
            : nothing
        }
        ${status.kind === 'cancelled' ? html`<span role="status">Cancelled.</span>` : nothing}
        ${status.kind === 'error' ? html`<span role="alert" class="bad">The analysis failed: ${status.message}</span>` : nothing}
      </div>
      ${status.kind === 'done' ? this.renderResult(status.bia, status.findings) : nothing}`;
  }

  private renderResult(bia: BiaResult, findings: readonly Finding[]) {
    const service = this.scenario?.services.find((s) => s.id === this.service);
    if (!service) return nothing;
    const currency = service.impact.currency;
    const spofs = bia.spofs.filter((s) => s.service === service.id);
    const names = new Map(this.scenario!.components.map((c) => [c.id, c.name]));
    const rows = sortRows(biaRows(bia.disruptions, service.id), this.sortKey, this.descending);
    const placement = bia.placements.find((p) => p.service === service.id);
    return html`<div class="grid">
      <section class="panel" aria-labelledby="spof-title">
        <h2 id="spof-title">
          <cs-term key="single point of failure">Single points of failure</cs-term> of
          ${service.name}
        </h2>
        ${
          spofs.length
            ? html`<ul class="spofs">
                ${spofs.map(
                  (s) =>
                    html`<li>
                      <strong>${names.get(s.component) ?? s.component}</strong>:
                      ${
                        s.reason === 'in-series'
                          ? 'the service needs it and nothing stands in for it'
                          : s.reason === 'shared-dependency'
                            ? `it takes down ${s.takesDown.map((id) => names.get(id) ?? id).join(', ')} with it`
                            : `without it the service is below its MBCO at the peak (${s.capacityLeft ?? 0} tpm for ${Math.round(s.peakDemand)} tpm asked)`
                      }
                    </li>`,
                )}
              </ul>`
            : html`<p>None: every component has a stand-in.</p>`
        }
      </section>
      <section class="panel" aria-labelledby="findings-title">
        <h2 id="findings-title">Findings and advice (${findings.length})</h2>
        ${findings.map((f) =>
          findingItem(f, this.scenario, {
            replay: (run) => this.open(run.injects, run.t, run.bound),
            apply: (edits, title) => this.dispatchEvent(csEvent('cs-apply-edit', { edits, title })),
          }),
        )}
      </section>
      <section class="panel" aria-labelledby="table-title">
        <h2 id="table-title">Disruptions of ${service.name}, by cost</h2>
        <p class="muted">
          Each disruption placed at the worst moment in
          <cs-term key="agreed hours">agreed hours</cs-term>
          (${
            placement
              ? proseWhen(placement.worst.at) +
                (this.scenario
                  ? zoneSuffix(this.scenario, 0, this.scenario.horizon)(placement.worst.t)
                  : '')
              : 'n/a'
          }),
          recovery plans at their most-likely durations. Cost after 1, 4, 24 and 72 h of outage
          inside agreed hours.
        </p>
        <table aria-label="Business impact by disruption">
          <thead>
            <tr>
              ${COLUMNS.map(
                (c) =>
                  html`<th
                    scope="col"
                    class=${c.num ? 'num' : ''}
                    aria-sort=${this.sortKey === c.key ? (this.descending ? 'descending' : 'ascending') : 'none'}
                  >
                    <button type="button" @click=${() => this.sortBy(c.key)}>${c.label}</button>
                  </th>`,
              )}
              <th scope="col"><span class="visually-hidden">Open</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((r) => this.renderRow(r, currency))}
          </tbody>
        </table>
      </section>
      <section class="panel" aria-labelledby="plans-title">
        <h2 id="plans-title">
          <cs-term key="recovery plan">Recovery plans</cs-term>:
          <cs-term key="critical path">critical path</cs-term> and the step that dominates it
        </h2>
        <table aria-label="Recovery plans">
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Restores</th>
              <th scope="col" class="num">Low</th>
              <th scope="col" class="num">Most likely</th>
              <th scope="col" class="num">High</th>
              <th scope="col">Critical path (most likely)</th>
              <th scope="col">Dominant step</th>
            </tr>
          </thead>
          <tbody>
            ${bia.plans.map((p) => {
              const steps = new Map(
                this.scenario!.plans.find((x) => x.id === p.plan)?.steps.map((s) => [
                  s.id,
                  s.name,
                ]) ?? [],
              );
              const likely = p.paths.likely;
              return html`<tr>
                <td>${p.name}</td>
                <td>${p.restores.map((id) => names.get(id) ?? id).join(', ')}</td>
                <td class="num">${minutesText(p.paths.low.lengthMinutes)}</td>
                <td class="num">${minutesText(likely.lengthMinutes)}</td>
                <td class="num">${minutesText(p.paths.high.lengthMinutes)}</td>
                <td>${likely.steps.map((s) => steps.get(s) ?? s).join(' → ')}</td>
                <td>
                  ${
                    likely.dominant
                      ? `${steps.get(likely.dominant.step) ?? likely.dominant.step} (${Math.round(likely.dominant.share * 100)} %)`
                      : '—'
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </section>
      ${planRunsWithTeams(bia, this.scenario!)}
      <section class="panel" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">Impact by the hour a disruption starts</h2>
        <p class="muted">
          The costliest disruptions of the table, each placed at every hour of
          ${heatmapDay(bia.heatmaps?.find((h) => h.service === service.id)?.day)} and simulated as
          its row is (surges as long, recovery steps at their most-likely durations). Click a cell
          to replay exactly that disruption on the timeline, with the cell's downtime and cost.
        </p>
        <svg
          class="heatmap"
          aria-label="Heatmap of outage cost by disruption and start hour; the table above has the figures. Each cell replays its disruption: move with the arrow keys, press Enter to replay"
        ></svg>
      </section>
    </div>`;
  }

  private renderRow(r: BiaRow, currency: string) {
    const f = r.likely;
    return html`<tr class="row">
      <td>${r.disruption.label}</td>
      <td class="num">
        ${f.timeToRestoreMinutes === null ? 'not within the window' : minutesText(f.timeToRestoreMinutes)}
      </td>
      <td class="num">${minutesText(f.downMinutes)}</td>
      <td class=${f.rtoMet === false ? 'bad' : ''}>
        ${rtoVerdictText(f, minutesText)}${f.mtpdBreached ? ', MTPD breached' : ''}
      </td>
      <td class=${f.rpoMet ? 'num' : 'num bad'}>${dataLostText(f, minutesText)}</td>
      <td class="num">${money(f.dataLossCost, currency)}</td>
      <td class="num">${money(f.cost, currency)}</td>
      <td class="num">${money(f.costAfter.h1, currency)}</td>
      <td class="num">${money(f.costAfter.h4, currency)}</td>
      <td class="num">${money(f.costAfter.h24, currency)}</td>
      <td class="num">${money(f.costAfter.h72, currency)}</td>
      <td>
        <button
          type="button"
          class="open"
          @click=${() => this.open(r.injects, r.injects[0]?.at ?? 0)}
        >
          Replay
        </button>
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-bia-view': CsBiaView;
  }
}
