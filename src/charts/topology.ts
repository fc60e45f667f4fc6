/**
 * Draws a service's dependency structure (layout in topology-layout.ts): each component is a
 * box filled with its state's colour and pattern and labelled "db-1 · failed"; k-of-n groups
 * are outlined boxes labelled "2 of 3"; a standby group is a box labelled "active/standby" whose
 * members are tagged "active" and "standby" (or "taking over" during a switch-over), from the
 * run's state when it is given; series links are joined by arrows. The drawing is scaled
 * down (never up) to `options.width`; the height it takes is returned. Idempotent.
 */
import * as d3 from 'd3';
import type { Topology } from '../core/model.ts';
import type { ComponentStateName } from '../core/trace.ts';
import { truncate } from './format.ts';
import { componentStateShort, componentStateText } from './state-words.ts';
import { joinWithTitle, layer } from './layer.ts';
import { color } from './palette.ts';
import { ensurePatterns, patternFill } from './patterns.ts';
import { layoutTopology, type GroupBox, type NodeBox, type RoleTag } from './topology-layout.ts';

export interface NodeState {
  readonly state: ComponentStateName;
  readonly capacityShare: number;
  readonly name: string;
}

/** A standby group in a run: which member is (or is becoming) active, and whether it is switching. */
export interface StandbyRole {
  readonly current: 0 | 1;
  readonly switching: boolean;
}

/** "active", "standby", or "taking over" for the member a switch-over brings in. */
export function roleText(tag: Pick<RoleTag, 'member'>, role: StandbyRole | undefined): string {
  const current = role?.current ?? 0;
  if (tag.member !== current) return 'standby';
  return role?.switching === true ? 'taking over (switch-over)' : 'active';
}

/** The state line of a node: "failed", "degraded 50 %", "unknown". */
const stateText = (s: NodeState | undefined): string =>
  s === undefined ? 'unknown' : componentStateShort(s.state, s.capacityShare);

/** "db-1 · failed"; "lb · unknown" when the component has no state. */
export const nodeLabel = (id: string, s: NodeState | undefined): string =>
  `${s?.name ?? id} · ${s?.state ?? 'unknown'}`;

export function renderTopology(
  svg: SVGSVGElement,
  topology: Topology,
  states: ReadonlyMap<string, NodeState>,
  options: {
    readonly width: number;
    /** Each standby group's role state by group id; without it, the named active is active. */
    readonly standby?: ReadonlyMap<string, StandbyRole>;
  },
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
    (g) =>
      g.mode === 'standby'
        ? 'Standby group: the active serves; when it stops working the standby takes over after a switch-over'
        : `Redundancy group: at least ${g.atLeast} of these ${g.of} must work`,
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

  const roleOf = (r: RoleTag): string => roleText(r, options.standby?.get(r.group));
  groups
    .selectChildren<SVGTextElement, RoleTag>('text.cs-role')
    .data(layout.roles, (r) => r.key)
    .join('text')
    .order()
    .attr('class', 'cs-role')
    .attr('data-role', (r) => roleOf(r).split(' ')[0] ?? '')
    .attr('x', (r) => r.x)
    .attr('y', (r) => r.y + 12)
    .attr('font-size', 10)
    .attr('font-style', 'italic')
    .attr('fill', (r) => (roleOf(r) === 'standby' ? color('muted') : color('ink')))
    .text(roleOf);

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
        ? `${s.name} (${n.id}): ${componentStateText(s.state, s.capacityShare)}`
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
