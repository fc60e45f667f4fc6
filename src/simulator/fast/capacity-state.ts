/**
 * The capacities of a fast run's components (simulator/capacities.ts `Capacities.refresh`),
 * kept current incrementally: a component whose capacity share changed is marked, and the
 * next refresh recomputes only it and what depends on it, in dependency order, by the same
 * formula. The components whose capacity did change are listed for the service topologies.
 */
import { fresh, type Allocator } from './arena.ts';
import type { CompiledScenario } from './compiled.ts';
import type { Layout } from './layout.ts';
import type { MutableContext } from './transition-table.ts';

export class CapacityState {
  /** Capacity by component index. */
  readonly capacities: Float64Array;
  /** The components whose capacity changed in the last refresh (the first `changedCount`). */
  readonly changed: Int32Array;
  changedCount = 0;
  readonly #c: CompiledScenario;
  readonly #affected: readonly Int32Array[];
  readonly #context: readonly MutableContext[];
  readonly #isChanged: Uint8Array;
  readonly #pending: Int32Array;
  readonly #isPending: Uint8Array;
  #pendingCount = 0;

  constructor(
    c: CompiledScenario,
    layout: Layout,
    context: readonly MutableContext[],
    alloc: Allocator = fresh,
  ) {
    const n = c.components.length;
    this.#c = c;
    this.#affected = layout.affected;
    this.#context = context;
    this.capacities = alloc.f64(n);
    this.changed = alloc.i32(n);
    this.#isChanged = alloc.u8(n);
    this.#pending = alloc.i32(n);
    this.#isPending = alloc.u8(n);
    for (const i of c.order) this.#recompute(i);
  }

  /** Component `i`'s capacity share changed. */
  mark(i: number): void {
    if (this.#isPending[i] === 1) return;
    this.#isPending[i] = 1;
    this.#pending[this.#pendingCount++] = i;
  }

  /** Recomputes what the marked components affect; returns how many capacities changed. */
  refresh(): number {
    for (let k = 0; k < this.changedCount; k++) this.#isChanged[this.changed[k]!] = 0;
    this.changedCount = 0;
    for (let p = 0; p < this.#pendingCount; p++) {
      const i = this.#pending[p]!;
      this.#isPending[i] = 0;
      const affected = this.#affected[i]!;
      for (let k = 0; k < affected.length; k++) this.#recompute(affected[k]!);
    }
    this.#pendingCount = 0;
    return this.changedCount;
  }

  /** Capacity of component `i` from its share and its dependencies' capacities. */
  #recompute(i: number): void {
    const capacities = this.capacities;
    const share = this.#context[i]!.capacityShare;
    let depsWork = true;
    const deps = this.#c.deps[i]!;
    for (let k = 0; k < deps.length; k++) if (!((capacities[deps[k]!] ?? 0) > 0)) depsWork = false;
    const nominal = this.#c.nominal[i]!;
    const capacity =
      share > 0 && depsWork ? (nominal === Infinity ? Infinity : nominal * share) : 0;
    if (Object.is(capacity, capacities[i])) return;
    capacities[i] = capacity;
    if (this.#isChanged[i] === 0) this.changed[this.changedCount++] = i;
    this.#isChanged[i] = 1;
  }
}
