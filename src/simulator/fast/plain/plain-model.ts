/**
 * Whether a compiled scenario is "plain", and what its plain runner (plain-run.ts) needs,
 * worked out once per compiled scenario. Plain: no injects, no standby groups, no recovery
 * teams, no finite capacity (so no load, no overload, and a capacity is either unbounded or 0),
 * every component starting operational with its whole capacity, and k-of-n groups needing at
 * least one member. In such a run a component only ever goes operational --FAIL--> failed
 * --(detection)--> recovering --RECOVERED--> operational, and components never act on one
 * another: the lifecycle below is read off the component machine's table (the transitions,
 * their capacity shares and the detection delay of each component's own context), never written
 * again here; a machine that no longer fits makes no scenario plain.
 */
import type { Component } from '../../../core/model.ts';
import type { CompiledScenario } from '../compiled.ts';
import * as kinds from '../compiled-topology.ts';
import { layoutOf, type Layout } from '../layout.ts';
import type { PlanRun } from '../plan-run.ts';
import { componentTable as table, type MutableContext } from '../transition-table.ts';

// Read once: tsx's CommonJS output reads an imported binding through a getter at every use.
const { COMPONENT, SERIES, GROUP } = kinds;

export const OPERATIONAL = table.states.indexOf('operational');
export const FAILED = table.states.indexOf('failed');
export const RECOVERING = table.states.indexOf('recovering');
const FAIL = table.code('FAIL');
const RECOVERED = table.code('RECOVERED');

export interface PlainModel {
  readonly c: CompiledScenario;
  readonly layout: Layout;
  /** Each component's detection delay (ms, from the machine's `detection` delay; Infinity: never). */
  readonly detection: Float64Array;
  /** The cause a random failure leaves in the context (what data loss is judged by). */
  readonly failCause: MutableContext['cause'];
  /** Whether a component's data can be lost (it holds data). */
  readonly holdsData: Uint8Array;
  /**
   * Whether a component's plan is one step that the plan machine starts at once and after which
   * it is complete (asked of its PlanRun once, here): such a plan needs no step bookkeeping.
   */
  readonly oneStep: Uint8Array;
  /** Each component's MTBF when its failures are exponential (NaN otherwise): read per repair. */
  readonly exponentialMean: Float64Array;
}

const cache = new WeakMap<CompiledScenario, PlainModel | null>();

/** The plain model of a compiled scenario, or null when it is not plain. */
export function plainModelOf(c: CompiledScenario): PlainModel | null {
  let model = cache.get(c);
  if (model === undefined) cache.set(c, (model = build(c)));
  return model;
}

function build(c: CompiledScenario): PlainModel | null {
  if (c.injects.length > 0 || c.groups.length > 0 || c.teams !== null) return null;
  if (c.nominal.some((x) => x !== Infinity)) return null;
  if (c.initialState !== OPERATIONAL) return null;
  const layout = layoutOf(c);
  for (const t of layout.topologies)
    for (let node = 0; node < t.kind.length; node++) {
      const k = t.kind[node]!;
      if (k !== COMPONENT && k !== SERIES && k !== GROUP) return null;
      // A group needing none could be satisfied with nothing working, at capacity 0.
      if (k === GROUP && t.value[node]! < 1) return null;
    }
  const detection = new Float64Array(c.components.length);
  let failCause: MutableContext['cause'] | null = null;
  for (let i = 0; i < c.components.length; i++) {
    const life = lifecycleOf(c.initialContexts[i]!);
    if (life === null) return null;
    if (failCause !== null && life.cause !== failCause) return null;
    failCause = life.cause;
    detection[i] = life.detection;
  }
  return {
    c,
    layout,
    detection,
    failCause: failCause ?? 'random',
    holdsData: Uint8Array.from(c.components, (x: Component) => (x.data === null ? 0 : 1)),
    oneStep: Uint8Array.from(layout.planRuns, (run) => (run !== null && isOneStep(run) ? 1 : 0)),
    exponentialMean: Float64Array.from(c.components, ({ failure }) =>
      failure.type === 'exponential' ? failure.mtbf : NaN,
    ),
  };
}

/**
 * The component machine's answer for one component: FAIL takes an operational component with
 * its whole capacity to `failed` at share 0, whose only timer (the detection delay) takes it
 * to `recovering` still at 0, with no timer; RECOVERED takes it back to `operational` at 1,
 * with no timer. Null if the machine says anything else.
 */
function lifecycleOf(
  initial: MutableContext,
): { detection: number; cause: MutableContext['cause'] } | null {
  const context = { ...initial };
  if (shareOf(context) !== 1 || table.timers[OPERATIONAL]!.length !== 0) return null;
  if (table.transition(OPERATIONAL, FAIL, context, { type: 'FAIL', cause: 'random' }) !== FAILED)
    return null;
  if (shareOf(context) !== 0) return null;
  const cause = context.cause;
  const timers = table.timers[FAILED]!;
  if (timers.length !== 1) return null;
  const detection = timers[0]!.delay(context);
  if (table.transition(FAILED, timers[0]!.code, context, { type: '' }) !== RECOVERING) return null;
  if (shareOf(context) !== 0 || table.timers[RECOVERING]!.length !== 0) return null;
  if (table.transition(RECOVERING, RECOVERED, context, { type: 'RECOVERED' }) !== OPERATIONAL)
    return null;
  if (shareOf(context) !== 1) return null;
  return { detection, cause };
}

/** What the plan machine (through PlanRun) says of a plan: one step, started at once, then complete. */
function isOneStep(run: PlanRun): boolean {
  if (run.plan.steps.length !== 1) return false;
  run.restart();
  const first = run.startReady();
  if (first.length !== 1 || first[0] !== 0 || run.complete) return false;
  run.finish(0);
  const ok = run.startReady().length === 0 && run.complete;
  run.restart();
  return ok;
}

/** Read through a call: the table changes the context in place, which the compiler cannot see. */
const shareOf = (context: MutableContext): number => context.capacityShare;
