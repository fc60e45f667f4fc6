import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { renderTopology, type StandbyRole } from '../../charts/topology.ts';
import type { Topology } from '../../core/model.ts';
import type { ComponentStateName } from '../../core/trace.ts';
import { ResizeController } from '../controllers/resize-controller.ts';
import { panelStyles } from '../shared.styles.ts';
import { shareText } from '../../charts/state-words.ts';

/** Up to this many components, the table of every component is in the page even while closed. */
const ALWAYS_LISTED = 200;

/**
 * The service's dependency structure (series, k-of-n groups, standby groups), each node
 * coloured and labelled by its state at the playhead, and each standby group's members
 * tagged active or standby as they were then.
 */
export class CsTopologyView extends LitElement {
  static override styles = [
    panelStyles,
    css`
      svg {
        display: block;
        width: 100%;
      }
      details {
        margin-top: 0.5rem;
        font-size: 0.85rem;
      }
      code {
        color: var(--cs-muted);
        font-size: 0.8rem;
      }
    `,
  ];

  @property({ attribute: false }) topology: Topology | null = null;
  @property({ attribute: false }) states: ReadonlyMap<
    string,
    { state: ComponentStateName; capacityShare: number; name: string }
  > = new Map();
  /** Each standby group's role at the playhead, by group id (TimelineIndex.standbyRolesAt). */
  @property({ attribute: false }) standby: ReadonlyMap<string, StandbyRole> = new Map();
  @property() heading = 'Topology';

  /** Whether the table of every component is open (a long one is only rendered then). */
  @state() private tableOpen = false;
  @query('svg') private svg!: SVGSVGElement;
  private readonly size = new ResizeController(this);

  protected override updated(_changed: PropertyValues<this>): void {
    if (!this.topology || !this.svg || this.size.width === 0) return;
    const { height } = renderTopology(this.svg, this.topology, this.states, {
      width: this.size.width - 32,
      standby: this.standby,
    });
    this.svg.setAttribute('height', String(height));
  }

  protected override render() {
    if (!this.topology) return nothing;
    return html`<section class="panel" aria-labelledby="topology-title">
      <h2 id="topology-title">${this.heading}</h2>
      <svg
        role="img"
        aria-label=${`${this.heading}: ${[...this.states.values()].map((s) => `${s.name} ${s.state}`).join(', ')}`}
      ></svg>
      <details
        @toggle=${(e: Event) => (this.tableOpen = (e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          Every component at the playhead (its lifecycle state, as the machine names it)
        </summary>
        <table aria-label="Components at the playhead">
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">State</th>
              <th scope="col" class="num">Own capacity</th>
            </tr>
          </thead>
          <tbody>
            ${(this.tableOpen || this.states.size <= ALWAYS_LISTED
              ? [...this.states.entries()]
              : []
            ).map(
              ([id, s]) =>
                html`<tr data-state=${s.state}>
                  <td>${s.name} <code>${id}</code></td>
                  <td>${s.state}</td>
                  <td class="num">${shareText(s.capacityShare)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-topology-view': CsTopologyView;
  }
}
