/**
 * What the fast run's hot loop needs beyond CompiledScenario, derived from it once per
 * compiled scenario and shared by every run: each service's topology as flat arrays, and for
 * each component the components whose capacity follows from its own (itself and everything
 * that depends on it, transitively), in dependency order, so that a change recomputes only those;
 * and what every run reuses: the random streams, seeded together (alea-lanes.ts: each
 * component's failure and recovery streams, each standby group's switch-over stream, each
 * team's call-out stream), and the
 * components' plan runs.
 */
import type { RecoveryPlan } from '../../core/model.ts';
import type { Uniform } from '../../core/random.ts';
import { StreamSeeder } from './alea-lanes.ts';
import type { CompiledScenario } from './compiled.ts';
import { CompiledTopology } from './compiled-topology.ts';
import { PlanRun } from './plan-run.ts';

export interface Layout {
  readonly topologies: readonly CompiledTopology[];
  /** Per service: whether a component of its topology has a finite nominal capacity. */
  readonly bounded: readonly boolean[];
  /** `affected[i]`: component indices to recompute, in dependency order, when `i` changes. */
  readonly affected: readonly Int32Array[];
  /** Indices of the services that involve each component. */
  readonly servicesOf: readonly Int32Array[];
  /**
   * Every component's `failure` stream, then the `recovery` stream of each one with a plan.
   * The stream objects are reused by every run, which seeds them first.
   */
  readonly streams: StreamSeeder;
  readonly failureDraws: readonly Uniform[];
  readonly recoveryDraws: readonly (Uniform | null)[];
  /** Each standby group's `switchover` stream. */
  readonly switchoverDraws: readonly Uniform[];
  /** Each declared team's `call-out` stream (none when no step needs a team). */
  readonly callOutDraws: readonly Uniform[];
  /** Each component's plan run (null without a plan), reused by every run. */
  readonly planRuns: readonly (PlanRun | null)[];
}

const cache = new WeakMap<CompiledScenario, Layout>();

export function layoutOf(c: CompiledScenario): Layout {
  let layout = cache.get(c);
  if (!layout) cache.set(c, (layout = build(c)));
  return layout;
}

function build(c: CompiledScenario): Layout {
  const n = c.components.length;
  const indexOf = (id: string): number => c.index.get(id) ?? -1;
  const position = new Int32Array(n);
  c.order.forEach((i, p) => (position[i] = p));
  const dependents: number[][] = Array.from({ length: n }, () => []);
  c.deps.forEach((deps, i) => {
    for (const d of deps) if (d >= 0) dependents[d]!.push(i);
  });
  const affected = Array.from({ length: n }, (_, i) => {
    const seen = new Set<number>([i]);
    for (const j of seen) for (const k of dependents[j]!) seen.add(k);
    return Int32Array.from([...seen].sort((a, b) => position[a]! - position[b]!));
  });
  const serviceIndex = new Map(c.services.map((s, k) => [s.service.id, k]));
  const names = c.components.map((x): [string, string] => [x.id, 'failure']);
  // A plan whose steps all take a fixed time never draws: its stream is not seeded each run.
  const recovery = c.components.map((x, i) =>
    c.plans[i] ? (drawsDurations(c.plans[i]) ? names.push([x.id, 'recovery']) - 1 : NEVER) : -1,
  );
  const switchover = c.groups.map(({ group }) => names.push([group.id, 'switchover']) - 1);
  const callOut = (c.teams?.teams ?? []).map((t) => names.push([t.id, 'call-out']) - 1);
  const streams = new StreamSeeder(names);
  const groupOf = (id: string): number => c.groupIndex.get(id) ?? -1;
  const topologies = c.services.map(
    (s) => new CompiledTopology(s.service.requires, indexOf, groupOf),
  );
  return {
    topologies,
    bounded: topologies.map((t) => t.components.some((i) => Number.isFinite(c.nominal[i]!))),
    affected,
    servicesOf: c.servicesOf.map((ids) => Int32Array.from(ids, (id) => serviceIndex.get(id)!)),
    streams,
    failureDraws: c.components.map((_, i) => streams.streams[i]!.uniform),
    recoveryDraws: recovery.map((k) =>
      k === NEVER ? neverDrawn : k < 0 ? null : streams.streams[k]!.uniform,
    ),
    switchoverDraws: switchover.map((k) => streams.streams[k]!.uniform),
    callOutDraws: callOut.map((k) => streams.streams[k]!.uniform),
    planRuns: c.plans.map((plan) => (plan ? new PlanRun(plan) : null)),
  };
}

/** Marks a stream left out because nothing draws from it. */
const NEVER = -2;

/** Whether a plan's step durations take draws (a fixed duration takes none: core/sampling.ts). */
const drawsDurations = (plan: RecoveryPlan): boolean =>
  plan.steps.some((step) => step.duration.type !== 'fixed');

/** The stream of a plan that draws nothing: a draw would mean a stream left unseeded, so it fails. */
const neverDrawn: Uniform = () => {
  throw new Error('fast path: a draw from a stream left unseeded (a plan with fixed durations)');
};
