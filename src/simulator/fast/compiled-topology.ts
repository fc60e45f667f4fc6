/**
 * A service topology compiled for the fast path, once per scenario: its nodes as flat typed
 * arrays in depth-first order (the root is node 0, every node before its children), with each
 * node's parent and each component's leaves, so that a run (topology-state.ts) can redo
 * `evaluate` and `distributeLoad` of core/topology.ts for only what a change touches.
 */
import type { Topology } from '../../core/model.ts';

export const COMPONENT = 0;
export const SERIES = 1;
export const GROUP = 2;
/** A standby group: its value is the group's index in the run (CompiledScenario.groups). */
export const STANDBY = 3;

const KINDS = { component: COMPONENT, series: SERIES, group: GROUP, standby: STANDBY } as const;

export class CompiledTopology {
  readonly kind: Uint8Array;
  /** Component index of a leaf (-1 when unknown), the count a group needs, or a standby group's index. */
  readonly value: Int32Array;
  readonly parent: Int32Array;
  readonly firstChild: Int32Array;
  readonly childCount: Int32Array;
  /** Children of every node, contiguous per node. */
  readonly children: Int32Array;
  /** The distinct (known) component indices of the leaves, by slot. */
  readonly components: Int32Array;
  /** Slot of a leaf's component (-1 for inner nodes and unknown components). */
  readonly slot: Int32Array;
  /** The leaves of each slot, in depth-first order. */
  readonly leaves: readonly Int32Array[];
  /** Slot of each component index (-1 when the topology does not name it). */
  readonly slotOf: Int32Array;
  /** The nodes of each standby group (by its index in the run), empty when not in this topology. */
  readonly standbyNodes: readonly Int32Array[];

  constructor(
    topology: Topology,
    indexOf: (id: string) => number,
    groupOf: (id: string) => number = () => -1,
  ) {
    const kind: number[] = [];
    const value: number[] = [];
    const parent: number[] = [];
    const slot: number[] = [];
    const children: number[][] = [];
    const components: number[] = [];
    const leaves: number[][] = [];
    const standby: number[][] = [];
    const build = (t: Topology, up: number): number => {
      const node = kind.length;
      kind.push(KINDS[t.type]);
      value.push(
        t.type === 'component'
          ? indexOf(t.id)
          : t.type === 'group'
            ? t.atLeast
            : t.type === 'standby'
              ? groupOf(t.id)
              : 0,
      );
      if (t.type === 'standby' && value[node]! >= 0) (standby[value[node]!] ??= []).push(node);
      parent.push(up);
      slot.push(-1);
      children.push([]);
      if (t.type !== 'component') children[node] = t.of.map((part) => build(part, node));
      else if (value[node]! >= 0) {
        let s = components.indexOf(value[node]!);
        if (s < 0) s = components.push(value[node]!) - 1;
        slot[node] = s;
        (leaves[s] ??= []).push(node);
      }
      return node;
    };
    build(topology, -1);
    this.kind = Uint8Array.from(kind);
    this.value = Int32Array.from(value);
    this.parent = Int32Array.from(parent);
    this.childCount = Int32Array.from(children, (c) => c.length);
    this.firstChild = new Int32Array(kind.length);
    for (let node = 1; node < kind.length; node++)
      this.firstChild[node] = this.firstChild[node - 1]! + this.childCount[node - 1]!;
    this.children = Int32Array.from(children.flat());
    this.components = Int32Array.from(components);
    this.slot = Int32Array.from(slot);
    this.leaves = leaves.map((l) => Int32Array.from(l));
    this.standbyNodes = Array.from(standby, (nodes) => Int32Array.from(nodes ?? []));
    this.slotOf = new Int32Array(Math.max(0, ...components) + 1).fill(-1);
    components.forEach((index, s) => (this.slotOf[index] = s));
  }
}
