/**
 * One machine event that the fast path sends often, with call sites of its own: the load
 * signals settle() sends (OVERLOAD, LOAD_NORMAL: ~2,000 a bank run once a capacity binds).
 * Its transitions are the table's own rows (transition-table.ts, derived from the machine),
 * taken in the same order with the same guards; only where they are called from differs.
 * MachineTable.transition() calls every guard and update of every machine from one place, so
 * those calls are megamorphic (~1/4 of a run where a capacity binds); here they see only this
 * event's few, and constant assigns are written directly. test/simulator/fast/direct-event.test.ts
 * checks it against the table and against xstate for every state and several contexts.
 */
import type { Candidate, MachineTable, TableEvent } from './transition-table.ts';

export class DirectEvent<C extends object> {
  /** The table's event code. */
  readonly code: number;
  readonly #rows: (readonly Candidate<C>[] | undefined)[];
  readonly #args: { context: C; event: TableEvent };

  constructor(table: MachineTable<C, string>, event: TableEvent) {
    this.code = table.code(event.type);
    this.#rows = table.states.map((_, s) => table.row(s, this.code));
    this.#args = { context: undefined as unknown as C, event };
  }

  /** As `table.transition(state, code, context, event)`: the next state, or -1 when nothing changes. */
  transition(state: number, context: C): number {
    const row = this.#rows[state];
    if (row === undefined) return -1;
    const args = this.#args;
    args.context = context;
    for (let r = 0; r < row.length; r++) {
      const t = row[r]!;
      if (t.guard !== null && !t.guard(args, undefined)) continue;
      const constants = t.constants;
      if (constants !== null)
        for (let u = 0; u < constants.length; u++) {
          const pair = constants[u]!;
          (context as Record<string, unknown>)[pair[0]] = pair[1];
        }
      else for (let u = 0; u < t.updates.length; u++) t.updates[u]!(args);
      return t.target < 0 ? state : t.target;
    }
    return -1;
  }
}
