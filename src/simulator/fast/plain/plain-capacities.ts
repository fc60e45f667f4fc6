/**
 * The components of a plain run (plain-run.ts): where each is in its lifecycle, its capacity,
 * and those marked since the last refresh. A plain model's capacity is unbounded or 0, so the
 * refresh is CapacityState.refresh's (capacity-state.ts) cut down: the marked components and
 * what depends on them, in dependency order, by the same formula (a share of 0 or 1 of an
 * unbounded capacity); each component whose capacity changed is handed to the services.
 */
import type { PlainModel } from './plain-model.ts';
import type { PlainServices } from './plain-services.ts';

/** Component lifecycle: operational, failed, recovering (the machine's three states a plain run uses). */
export const UP = 0;
export const DOWN = 1;
export const RECOVERING = 2;

export class PlainCapacities {
  readonly #m: PlainModel;
  /** Per component: where it is in its lifecycle (UP, DOWN, RECOVERING). */
  readonly life: Uint8Array;
  /** Per component: its capacity (Infinity or 0). */
  readonly capacities: Float64Array;
  /** The components to recompute at the end of the instant (the first `pendingCount`). */
  readonly #pending: Int32Array;
  readonly #isPending: Uint8Array;
  pendingCount = 0;

  constructor(model: PlainModel) {
    const n = model.c.components.length;
    this.#m = model;
    this.life = new Uint8Array(n);
    this.capacities = new Float64Array(n);
    this.#pending = new Int32Array(n);
    this.#isPending = new Uint8Array(n);
  }

  /** A new run: every component operational at an unbounded capacity. */
  reset(): void {
    this.life.fill(UP);
    this.capacities.fill(Infinity);
  }

  /** Component `i` is to be recomputed at the next refresh (its capacity share changed). */
  mark(i: number): void {
    if (this.#isPending[i] === 1) return;
    this.#isPending[i] = 1;
    this.#pending[this.pendingCount++] = i;
  }

  /**
   * CapacityState.refresh: the marked components and what depends on them, in dependency
   * order; `services` then take in the components whose capacity is now other than their
   * leaves say.
   */
  refresh(services: PlainServices): void {
    const { c, layout } = this.#m;
    const capacities = this.capacities;
    const life = this.life;
    const deps = c.deps;
    for (let p = 0; p < this.pendingCount; p++) {
      const i = this.#pending[p]!;
      this.#isPending[i] = 0;
      const affected = layout.affected[i]!;
      for (let a = 0; a < affected.length; a++) {
        const j = affected[a]!;
        let depsWork = true;
        const of = deps[j]!;
        for (let k = 0; k < of.length; k++) if (!((capacities[of[k]!] ?? 0) > 0)) depsWork = false;
        const capacity = life[j] === UP && depsWork ? Infinity : 0;
        if (capacity === capacities[j]) continue;
        capacities[j] = capacity;
        services.setComponent(j, capacity > 0 ? 1 : 0);
      }
    }
    this.pendingCount = 0;
  }
}
