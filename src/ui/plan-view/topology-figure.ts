/**
 * The dependency diagram of the printed plan: the app's topology drawing (charts/topology.ts)
 * of the service, each component a plain box with its name (the plan describes the design, not
 * a moment: no state), drawn into a detached SVG element that the template places.
 */
import { html, type TemplateResult } from 'lit';
import { renderTopology, type NodeState } from '../../charts/topology.ts';
import type { Scenario, Service } from '../../core/model.ts';

/** The drawing's width in CSS px: A4's printable width at 96 dpi, about 17 cm. */
const WIDTH = 640;

export function topologyFigure(scenario: Scenario, service: Service): TemplateResult {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const states = new Map<string, NodeState>(
    scenario.components.map((c) => [
      c.id,
      { state: 'operational', capacityShare: 1, name: c.name },
    ]),
  );
  const { height } = renderTopology(svg, service.requires, states, { width: WIDTH });
  svg.setAttribute('height', String(height));
  // The design, not a moment: plain boxes with the component's name, no state line or colour.
  svg.querySelectorAll('text.cs-node-state').forEach((t) => t.remove());
  svg.querySelectorAll<SVGTextElement>('text.cs-node-label').forEach((t) => {
    t.setAttribute('y', String(Number(t.getAttribute('y')) + 7));
  });
  svg.querySelectorAll('rect.cs-node').forEach((r) => {
    r.setAttribute('fill', 'var(--cs-surface, #fff)');
    const id = r.getAttribute('data-component') ?? '';
    r.querySelector('title')?.replaceChildren(states.get(id)?.name ?? id);
  });
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Dependency diagram of ${service.name}`);
  return html`<figure class="topology">
    ${svg}
    <figcaption>What ${service.name} needs: the list below says the same in words.</figcaption>
  </figure>`;
}
