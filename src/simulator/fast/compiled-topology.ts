/**
 * A service topology compiled for the fast path: `evaluate` and `distributeLoad` of
 * core/topology.ts over a capacity array by component index, with no closures, maps or
 * allocation per call. The arithmetic is the same, in the same order, so the results are the
 * same numbers (the differential test compares whole traces).
 */
import type { Topology } from '../../core/model.ts';

interface Node {
  readonly kind: 0 | 1 | 2;
  /** Component index (kind 0). */
  readonly index: number;
  readonly atLeast: number;
  readonly parts: readonly Node[];
  satisfied: boolean;
  capacity: number;
}

const COMPONENT = 0;
const SERIES = 1;

export class CompiledTopology {
  readonly #root: Node;

  constructor(topology: Topology, indexOf: (id: string) => number) {
    const build = (t: Topology): Node =>
      t.type === 'component'
        ? { kind: 0, index: indexOf(t.id), atLeast: 0, parts: [], satisfied: false, capacity: 0 }
        : {
            kind: t.type === 'series' ? 1 : 2,
            index: -1,
            atLeast: t.type === 'group' ? t.atLeast : 0,
            parts: t.of.map(build),
            satisfied: false,
            capacity: 0,
          };
    this.#root = build(topology);
  }

  /** Evaluates the topology; `satisfied` and `capacity` of the root are then current. */
  evaluate(capacities: Float64Array): { satisfied: boolean; capacity: number } {
    evaluate(this.#root, capacities);
    return this.#root;
  }

  /** After a satisfied `evaluate`, spreads `load` over the components: add(index, load). */
  distribute(load: number, add: (index: number, load: number) => void): void {
    distribute(this.#root, load, add);
  }
}

function evaluate(node: Node, capacities: Float64Array): void {
  if (node.kind === COMPONENT) {
    const c = capacities[node.index] ?? 0;
    node.satisfied = c > 0;
    node.capacity = c > 0 ? c : 0;
    return;
  }
  if (node.kind === SERIES) {
    let capacity = Infinity;
    for (const part of node.parts) {
      evaluate(part, capacities);
      if (!part.satisfied) {
        node.satisfied = false;
        node.capacity = 0;
        return;
      }
      capacity = Math.min(capacity, part.capacity);
    }
    node.satisfied = true;
    node.capacity = capacity;
    return;
  }
  let working = 0;
  let capacity = 0;
  for (const member of node.parts) {
    evaluate(member, capacities);
    if (member.satisfied) {
      working++;
      capacity += member.capacity;
    }
  }
  node.satisfied = working >= node.atLeast;
  node.capacity = node.satisfied ? capacity : 0;
}

/** Every node below a satisfied one was evaluated by the same pass, so its fields are current. */
function distribute(node: Node, load: number, add: (index: number, load: number) => void): void {
  if (node.kind === COMPONENT) return add(node.index, load);
  if (node.kind === SERIES) {
    for (const part of node.parts) distribute(part, load, add);
    return;
  }
  let total = 0;
  let unbounded = 0;
  for (const m of node.parts)
    if (m.satisfied) {
      total += m.capacity;
      if (!Number.isFinite(m.capacity)) unbounded++;
    }
  for (const m of node.parts) {
    if (!m.satisfied) continue;
    const share = Number.isFinite(total)
      ? m.capacity / total
      : Number.isFinite(m.capacity)
        ? 0
        : 1 / unbounded;
    distribute(m, load * share, add);
  }
}
