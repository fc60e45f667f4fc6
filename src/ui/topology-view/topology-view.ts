import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { renderTopology } from '../../charts/topology.ts';
import type { Topology } from '../../core/model.ts';
import type { ComponentStateName } from '../../core/trace.ts';
import { ResizeController } from '../controllers/resize-controller.ts';
import { panelStyles } from '../shared.styles.ts';

/** The service's dependency structure (series, k-of-n groups), each node coloured and labelled by its state at the playhead. */
export class CsTopologyView extends LitElement {
  static override styles = [
    panelStyles,
    css`
      svg {
        display: block;
        width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) topology: Topology | null = null;
  @property({ attribute: false }) states: ReadonlyMap<
    string,
    { state: ComponentStateName; capacityShare: number; name: string }
  > = new Map();
  @property() heading = 'Topology';

  @query('svg') private svg!: SVGSVGElement;
  private readonly size = new ResizeController(this);

  protected override updated(_changed: PropertyValues<this>): void {
    if (!this.topology || !this.svg || this.size.width === 0) return;
    const { height } = renderTopology(this.svg, this.topology, this.states, {
      width: this.size.width - 32,
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
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-topology-view': CsTopologyView;
  }
}
