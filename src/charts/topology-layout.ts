/**
 * Layout of a service's dependency structure, as a pure function of the topology: a series is a
 * left-to-right chain (children centred on one line, joined by connectors); a k-of-n group is a
 * box labelled "2 of 3" with its members stacked top to bottom; a standby group is a box labelled
 * "active/standby" whose two members each carry a role tag ("active", "standby"); all nest freely. Coordinates are
 * in the layout's own units (origin top left); the renderer scales them to the width it has.
 */
import type { Topology } from '../core/model.ts';

export const TOPOLOGY_LAYOUT = {
  nodeWidth: 150,
  nodeHeight: 36,
  /** Horizontal space between the links of a chain (holds the connector). */
  chainGap: 24,
  /** Vertical space between a group's members. */
  stackGap: 8,
  /** Padding inside a group box. */
  padding: 8,
  /** Height of a group's "k of n" label. */
  labelHeight: 16,
  margin: 4,
} as const;

export interface NodeBox {
  readonly kind: 'component';
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GroupBox {
  readonly kind: 'group';
  /** Path of the group in the topology, e.g. `0.1` (stable key). */
  readonly key: string;
  /** k of n (active-active) or an active/passive pair. */
  readonly mode: 'k-of-n' | 'standby';
  readonly label: string;
  readonly atLeast: number;
  readonly of: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a standby group's member says which role it has now ("active" or "standby"). */
export interface RoleTag {
  readonly key: string;
  /** The standby group's id (StandbyGroup.id) and which member this is (0 = the named active). */
  readonly group: string;
  readonly member: 0 | 1;
  readonly x: number;
  readonly y: number;
}

export interface Connector {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface TopologyLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeBox[];
  /** Outermost first, so a renderer drawing in order puts inner boxes on top. */
  readonly groups: readonly GroupBox[];
  readonly connectors: readonly Connector[];
  readonly roles: readonly RoleTag[];
}

interface Sized {
  readonly width: number;
  readonly height: number;
  /** Places the subtree with its top-left corner at (x, y). */
  readonly place: (x: number, y: number, out: Mutable) => void;
}

interface Mutable {
  nodes: NodeBox[];
  groups: GroupBox[];
  connectors: Connector[];
  roles: RoleTag[];
}

function measure(t: Topology, key: string): Sized {
  const L = TOPOLOGY_LAYOUT;
  if (t.type === 'component') {
    const { nodeWidth: width, nodeHeight: height } = L;
    return {
      width,
      height,
      place: (x, y, out) => out.nodes.push({ kind: 'component', id: t.id, x, y, width, height }),
    };
  }
  const children = t.of.map((c, i) => measure(c, key ? `${key}.${i}` : `${i}`));
  if (t.type === 'series') {
    const width =
      children.reduce((w, c) => w + c.width, 0) + L.chainGap * Math.max(0, children.length - 1);
    const height = Math.max(0, ...children.map((c) => c.height));
    return {
      width,
      height,
      place: (x, y, out) => {
        let cx = x;
        const mid = y + height / 2;
        children.forEach((c, i) => {
          if (i > 0) {
            out.connectors.push({
              key: `${key}>${i}`,
              x1: cx - L.chainGap,
              y1: mid,
              x2: cx,
              y2: mid,
            });
          }
          c.place(cx, mid - c.height / 2, out);
          cx += c.width + L.chainGap;
        });
      },
    };
  }
  const inner = Math.max(0, ...children.map((c) => c.width));
  const width = inner + 2 * L.padding;
  // A standby group's members each have a role tag above them.
  const tag = t.type === 'standby' ? L.labelHeight : 0;
  const height =
    L.labelHeight +
    2 * L.padding +
    children.reduce((h, c) => h + tag + c.height, 0) +
    L.stackGap * Math.max(0, children.length - 1);
  const atLeast = t.type === 'standby' ? 1 : t.atLeast;
  return {
    width,
    height,
    place: (x, y, out) => {
      out.groups.push({
        kind: 'group',
        key: key || 'root',
        mode: t.type === 'standby' ? 'standby' : 'k-of-n',
        label: t.type === 'standby' ? 'active/standby' : `${atLeast} of ${children.length}`,
        atLeast,
        of: children.length,
        x,
        y,
        width,
        height,
      });
      let cy = y + L.labelHeight + L.padding;
      children.forEach((c, i) => {
        if (t.type === 'standby') {
          const member = i === 0 ? 0 : 1;
          out.roles.push({
            key: `${key || 'root'}~${i}`,
            group: t.id,
            member,
            x: x + L.padding,
            y: cy,
          });
        }
        c.place(x + L.padding + (inner - c.width) / 2, cy + tag, out);
        cy += tag + c.height + L.stackGap;
      });
    },
  };
}

/** Positions every component, group box and connector of `topology`. */
export function layoutTopology(topology: Topology): TopologyLayout {
  const m = TOPOLOGY_LAYOUT.margin;
  const sized = measure(topology, '');
  const out: Mutable = { nodes: [], groups: [], connectors: [], roles: [] };
  sized.place(m, m, out);
  return { width: sized.width + 2 * m, height: sized.height + 2 * m, ...out };
}
