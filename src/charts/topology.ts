/**
 * Draws a service's dependency structure (layout in topology-layout.ts): each component is a
 * box filled with its state's colour and pattern and labelled "db-1 · failed"; k-of-n groups
 * are outlined boxes labelled "2 of 3"; series links are joined by arrows. The drawing is scaled
 * down (never up) to `options.width`; the height it takes is returned. Idempotent.
 */
import * as d3 from 'd3';
import type { Topology } from '../core/model.ts';
import type { ComponentStateName } from '../core/trace.ts';
import { percent, truncate } from './format.ts';
import { joinWithTitle, layer } from './layer.ts';
import { color } from './palette.ts';
import { ensurePatterns, patternFill } from './patterns.ts';
import { layoutTopology, type GroupBox, type NodeBox } from './topology-layout.ts';

export interface NodeState {
  readonly state: ComponentStateName;
  readonly capacityShare: number;
  readonly name: string;
}

/** The state line of a node: "failed", "degraded 50 %", "unknown". */
const stateText = (s: NodeState | undefined): string =>
  s === undefined
    ? 'unknown'
    : s.capacityShare > 0 && s.capacityShare < 1
      ? `${s.state} ${percent(s.capacityShare)}`
      : s.state;

/** "db-1 · failed"; "lb · unknown" when the component has no state. */
export const nodeLabel = (id: string, s: NodeState | undefined): string =>
  `${s?.name ?? id} · ${s?.state ?? 'unknown'}`;

export function renderTopology(
  svg: SVGSVGElement,
  topology: Topology,
  states: ReadonlyMap<string, NodeState>,
  options: { readonly width: number },
): { height: number } {
  const layout = layoutTopology(topology);
  const scale = Math.min(1, Math.max(0.1, options.width / layout.width));
  const width = layout.width * scale;
  const height = layout.height * scale;
  const root = d3.select(svg);
  root
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('class', 'cs-topology')
    .attr('font-family', 'sans-serif');
  ensurePatterns(svg);

  const groups = layer(root, 'cs-groups');
  joinWithTitle<SVGRectElement, GroupBox>(
    groups,
    'rect',
    'cs-group',
    layout.groups,
    (g) => g.key,
    (g) => `Redundancy group: at least ${g.atLeast} of these ${g.of} must work`,
  )
    .attr('x', (g) => g.x)
    .attr('y', (g) => g.y)
    .attr('width', (g) => g.width)
    .attr('height', (g) => g.height)
    .attr('rx', 6)
    .attr('fill', color('surface'))
    .attr('stroke', color('muted'))
    .attr('stroke-dasharray', '4 3');
  groups
    .selectChildren<SVGTextElement, GroupBox>('text.cs-group-label')
    .data(layout.groups, (g) => g.key)
    .join('text')
    .order()
    .attr('class', 'cs-group-label')
    .attr('x', (g) => g.x + 8)
    .attr('y', (g) => g.y + 13)
    .attr('font-size', 11)
    .attr('font-weight', 'bold')
    .attr('fill', color('ink'))
    .text((g) => g.label);

  joinWithTitle<SVGLineElement, (typeof layout.connectors)[number]>(
    layer(root, 'cs-connectors'),
    'line',
    'cs-connector',
    layout.connectors,
    (c) => c.key,
    () => 'depends on the next link of the chain (in series: every link is needed)',
  )
    .attr('x1', (c) => c.x1 + 2)
    .attr('y1', (c) => c.y1)
    .attr('x2', (c) => c.x2 - 2)
    .attr('y2', (c) => c.y2)
    .attr('stroke', color('muted'))
    .attr('stroke-width', 1.5);

  const nodes = layer(root, 'cs-nodes');
  const stateOf = (n: NodeBox) => states.get(n.id);
  joinWithTitle<SVGRectElement, NodeBox>(
    nodes,
    'rect',
    'cs-node',
    layout.nodes,
    (n) => n.id,
    (n) => {
      const s = stateOf(n);
      return s
        ? `${s.name} (${n.id}): ${s.state}, capacity ${percent(s.capacityShare)}`
        : `${n.id}: no state`;
    },
  )
    .attr('data-component', (n) => n.id)
    .attr('data-state', (n) => stateOf(n)?.state ?? 'unknown')
    .attr('x', (n) => n.x)
    .attr('y', (n) => n.y)
    .attr('width', (n) => n.width)
    .attr('height', (n) => n.height)
    .attr('rx', 4)
    .attr('fill', (n) => {
      const s = stateOf(n);
      return s ? patternFill(s.state) : color('surface');
    })
    .attr('stroke', color('ink'));
  // Two lines per node: the name, then the state in bold (never cut off: it is the point).
  const lines = [
    {
      cls: 'cs-node-label',
      dy: -3,
      weight: 'normal',
      text: (n: NodeBox) => truncate(stateOf(n)?.name ?? n.id, 21),
    },
    { cls: 'cs-node-state', dy: 10, weight: 'bold', text: (n: NodeBox) => stateText(stateOf(n)) },
  ];
  for (const line of lines)
    nodes
      .selectChildren<SVGTextElement, NodeBox>(`text.${line.cls}`)
      .data(layout.nodes, (n) => n.id)
      .join('text')
      .order()
      .attr('class', line.cls)
      .attr('x', (n) => n.x + n.width / 2)
      .attr('y', (n) => n.y + n.height / 2 + line.dy)
      .attr('text-anchor', 'middle')
      .attr('font-size', 11)
      .attr('font-weight', line.weight)
      .attr('fill', color('ink'))
      .attr('stroke', color('surface'))
      .attr('stroke-width', 3)
      .attr('paint-order', 'stroke')
      .attr('pointer-events', 'none')
      .text(line.text);
  return { height };
}
