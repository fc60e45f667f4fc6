/**
 * A machine's lifecycle as a table, derived from the machine itself (`componentMachine`, and
 * `standbyGroupMachine` for standby groups): its state
 * nodes' transitions (including the `after` ones, keyed by delay name), its guards, its
 * `assign` actions and its named delays are read off the machine definition, never written
 * again here. `transition()` is then a plain function of (state, event, context) that the
 * bulk path calls instead of an actor; test/simulator/fast/transition-table.test.ts checks it
 * against xstate's own `getNextSnapshot` for every state, event and several contexts.
 *
 * The table supports what the machines use (flat states, string guards, `assign` actions,
 * `after` timers) and refuses to build from anything else, so a richer machine fails loudly.
 */
import {
  componentMachine,
  type ComponentContext,
  type ComponentEvent,
  type ComponentState,
} from '../../machines/component.machine.ts';
import {
  standbyGroupMachine,
  type StandbyContext,
  type StandbyState,
} from '../../machines/standby-group.machine.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The context as the fast path keeps it: the machine's context, updated in place. */
export type MutableContext = Mutable<ComponentContext>;
export type MutableStandbyContext = Mutable<StandbyContext>;

/** The event handed to guards and actions: a machine event or a delayed (`after`) one. */
export type TableEvent = ComponentEvent | { readonly type: string };

type Args<C> = { context: C; event: TableEvent };
type Guard<C> = (args: Args<C>, params: undefined) => boolean;
/** Updates `args.context` in place. */
type Update<C> = (args: Args<C>) => void;

export interface Candidate<C> {
  readonly guard: Guard<C> | null;
  /** Target state index; -1 for a targetless transition. */
  readonly target: number;
  readonly updates: readonly Update<C>[];
  /**
   * The same updates as (key, value) pairs when every one is an `assign` of constants (as
   * `markOverload`), else null: a caller may write them itself (direct-event.ts).
   */
  readonly constants: readonly (readonly [string, unknown])[] | null;
}

export interface Timer<C = MutableContext> {
  /** Event code the timer raises when it fires. */
  readonly code: number;
  /** The machine's delay for this actor, in ms (Infinity = never). */
  readonly delay: (context: C) => number;
}

/** The parts of an XState state node the table reads. */
interface NodeView {
  readonly key: string;
  readonly parent?: NodeView;
  readonly states: Record<string, unknown>;
  readonly always?: readonly unknown[];
  readonly invoke: readonly unknown[];
  readonly entry: readonly { type?: string }[];
  readonly exit: readonly { type?: string }[];
  readonly transitions: ReadonlyMap<string, readonly TransitionView[]>;
  readonly after: readonly { eventType: string; delay: string | number }[];
}
interface TransitionView {
  readonly guard?: unknown;
  readonly target?: readonly NodeView[];
  readonly reenter: boolean;
  readonly actions: readonly unknown[];
}
interface Implementations {
  readonly guards: Record<string, unknown>;
  readonly actions: Record<string, unknown>;
  readonly delays: Record<string, unknown>;
}

const unsupported = (what: string): never => {
  throw new Error(`transition table: the machine uses ${what}, which it cannot derive`);
};

/** What the table reads off an XState machine. */
interface MachineView {
  readonly root: unknown;
  readonly implementations: unknown;
}

export class MachineTable<C extends object, S extends string> {
  readonly states: readonly S[];
  /** Event type (machine events, then `after:<delay>`) → code. */
  readonly codes: ReadonlyMap<string, number>;
  /** Per state, the timers its entry starts (its exit cancels them). */
  readonly timers: readonly (readonly Timer<C>[])[];
  readonly #rows: (readonly Candidate<C>[] | undefined)[];
  /** The event object guards and actions see for a delayed event, by state and code. */
  readonly #afterEvents: (TableEvent | undefined)[];
  readonly #events: number;
  /** The one argument object guards and actions are given (saves an object per call). */
  readonly #args: Args<C> = { context: undefined as unknown as C, event: { type: '' } };

  constructor(machine: MachineView) {
    const root = machine.root as NodeView;
    const impl = machine.implementations as Implementations;
    const nodes = Object.values(root.states) as NodeView[];
    this.states = nodes.map((n) => n.key as S);
    if (root.transitions.size > 0) unsupported('transitions on the root');
    const codes = new Map<string, number>();
    const code = (type: string): number => {
      if (!codes.has(type)) codes.set(type, codes.size);
      return codes.get(type)!;
    };
    const afterName = new Map<string, string>();
    for (const n of nodes)
      for (const a of n.after) afterName.set(a.eventType, `after:${String(a.delay)}`);
    for (const n of nodes)
      for (const type of n.transitions.keys()) code(afterName.get(type) ?? type);
    this.codes = codes;
    this.#events = codes.size;
    this.#rows = new Array<readonly Candidate<C>[] | undefined>(nodes.length * codes.size);
    this.#afterEvents = new Array<TableEvent | undefined>(nodes.length * codes.size);
    const indexOf = (target: NodeView): number => {
      const i = nodes.indexOf(target);
      return i < 0 ? unsupported('a target outside the top-level states') : i;
    };
    nodes.forEach((n, s) => {
      if (Object.keys(n.states).length > 0) unsupported('nested states');
      if ((n.always?.length ?? 0) > 0 || n.invoke.length > 0) unsupported('always or invoke');
      if (n.entry.some((a) => a.type !== 'xstate.raise') || n.entry.length !== n.after.length)
        unsupported('entry actions');
      if (n.exit.some((a) => a.type !== 'xstate.cancel')) unsupported('exit actions');
      for (const [type, list] of n.transitions) {
        const c = codes.get(afterName.get(type) ?? type)!;
        if (afterName.has(type)) this.#afterEvents[s * codes.size + c] = { type };
        this.#rows[s * codes.size + c] = list.map((t) => {
          if (t.reenter || (t.target?.length ?? 0) > 1) unsupported('reentering transitions');
          const target = t.target?.[0] === undefined ? -1 : indexOf(t.target[0]);
          if (target === s) unsupported('a self-targeted transition');
          return {
            guard: guardOf<C>(impl, t.guard),
            target,
            updates: t.actions.map(updateOf<C>(impl)),
            constants: constantsOf(impl, t.actions),
          };
        });
      }
    });
    this.timers = nodes.map((n) =>
      n.after.map((a) => ({
        code: code(`after:${String(a.delay)}`),
        delay: delayOf<C>(impl, a.delay),
      })),
    );
  }

  /** Code of a machine event type or of `after:<delay>`; throws for an unknown one. */
  code(type: string): number {
    const c = this.codes.get(type);
    return c === undefined ? unsupported(`no event '${type}'`) : c;
  }

  /** The candidate transitions of `state` for the machine event `code` (undefined: none). */
  row(state: number, code: number): readonly Candidate<C>[] | undefined {
    const at = state * this.#events + code;
    if (this.#afterEvents[at] !== undefined) unsupported('a delayed event as a direct one');
    return this.#rows[at];
  }

  /**
   * Takes the first enabled transition of `state` for the event `code`, applies its context
   * updates to `context`, and returns the next state; -1 when the event changes nothing.
   * `event` carries the payload of a machine event; it is ignored for a delayed one.
   */
  transition(state: number, code: number, context: C, event: TableEvent): number {
    const at = state * this.#events + code;
    const row = this.#rows[at];
    if (row === undefined) return -1;
    const args = this.#args;
    args.context = context;
    args.event = this.#afterEvents[at] ?? event;
    for (let r = 0; r < row.length; r++) {
      const t = row[r]!;
      if (t.guard !== null && !t.guard(args, undefined)) continue;
      const updates = t.updates;
      for (let u = 0; u < updates.length; u++) updates[u]!(args);
      return t.target < 0 ? state : t.target;
    }
    return -1;
  }
}

function guardOf<C>(impl: Implementations, guard: unknown): Guard<C> | null {
  if (guard === undefined) return null;
  const g = typeof guard === 'string' ? impl.guards[guard] : undefined;
  return typeof g === 'function' ? (g as Guard<C>) : unsupported('an inline or composite guard');
}

/** A named `assign` action as a function that updates the context in place (as xstate merges it). */
function updateOf<C extends object>(impl: Implementations) {
  return (action: unknown): Update<C> => {
    const a = typeof action === 'string' ? impl.actions[action] : undefined;
    const { type, assignment } = (a ?? {}) as { type?: string; assignment?: unknown };
    if (type !== 'xstate.assign') return unsupported(`the action ${String(action)}`);
    if (typeof assignment === 'function') {
      const fn = assignment as (args: Args<C>) => Partial<C>;
      return (args) => void Object.assign(args.context, fn(args));
    }
    // Every value is worked out from the context before any is written, as xstate merges them.
    const entries = Object.entries(assignment as Record<string, unknown>);
    const keys = entries.map(([key]) => key);
    const values = entries.map(([, value]) => value);
    const computed = new Array<unknown>(keys.length);
    return (args) => {
      for (let k = 0; k < keys.length; k++) {
        const value = values[k];
        computed[k] =
          typeof value === 'function' ? (value as (a: Args<C>) => unknown)(args) : value;
      }
      const context = args.context as Record<string, unknown>;
      for (let k = 0; k < keys.length; k++) context[keys[k]!] = computed[k];
    };
  };
}

/** The (key, value) pairs of actions that all `assign` constants; null if any does not. */
function constantsOf(
  impl: Implementations,
  actions: readonly unknown[],
): readonly (readonly [string, unknown])[] | null {
  const pairs: [string, unknown][] = [];
  for (const action of actions) {
    const a = typeof action === 'string' ? impl.actions[action] : undefined;
    const { assignment } = (a ?? {}) as { assignment?: unknown };
    if (typeof assignment !== 'object' || assignment === null) return null;
    for (const [key, value] of Object.entries(assignment)) {
      if (typeof value === 'function') return null;
      pairs.push([key, value]);
    }
  }
  return pairs;
}

function delayOf<C>(impl: Implementations, delay: string | number): Timer<C>['delay'] {
  if (typeof delay === 'number') return () => delay;
  const d = impl.delays[delay];
  if (typeof d === 'number') return () => d;
  if (typeof d !== 'function') return unsupported(`the delay ${delay}`);
  const fn = d as (args: { context: C; event: TableEvent }) => number;
  // One argument object for every call (saves an object per timer started).
  const args = { context: undefined as unknown as C, event: { type: `after:${delay}` } };
  return (context) => {
    args.context = context;
    return fn(args);
  };
}

/** The table of the component machine (built once). */
export const componentTable = new MachineTable<MutableContext, ComponentState>(componentMachine);

/** The table of the standby group machine (built once). */
export const standbyTable = new MachineTable<MutableStandbyContext, StandbyState>(
  standbyGroupMachine,
);
