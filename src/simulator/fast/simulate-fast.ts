/**
 * `simulateFast(scenario, seed)`: the run `simulate` makes, without actors. The component
 * lifecycle is the table derived from the component machine, plans follow the plan machine's
 * own `readySteps`, and the engine is a typed-array queue with the same (time, priority,
 * insertion) order; demand breakpoints, which are most of the events, are precomputed per
 * scenario and walked with an index, and without a trace a stretch of them that can only
 * move demand along is passed over at once (quiet-demand.ts), and where a capacity binds they
 * are settled in a walk before the queue's next time, OVERLOADs a LOAD_NORMAL undoes dropped
 * (settle.ts, load-signals.ts). A component change recomputes
 * only the capacities and topology nodes it affects (capacity-state.ts, topology-state.ts);
 * everything a run shares with the others is derived once per compiled scenario (layout.ts),
 * and the queue, the typed arrays (arena.ts), the random streams (alea-lanes.ts, seeded side
 * by side) and the plan runs are reused from run to run. With `trace: true` the trace is
 * byte-identical to `simulate`'s; without it only the per-service metrics are kept (memory
 * stays flat). test/simulator/fast/differential.test.ts proves both against the actor path.
 */
import { PROGRESS_EVERY } from '../../core/engine.ts';
import {
  ceilingOf,
  checkEventBudget,
  DEFAULT_MAX_EVENTS,
  EventBudgetError,
} from '../../core/event-budget.ts';
import { estimateEvents } from '../../core/event-estimate.ts';
import type { ServiceMetrics } from '../../core/metrics.ts';
import type { Inject, Scenario } from '../../core/model.ts';
import type { Trace, TraceEvent } from '../../core/trace.ts';
import { Arena } from './arena.ts';
import { compileScenario, type CompiledScenario } from './compiled.ts';
import { Components, Kind, type ComponentHooks } from './components.ts';
import { CapacityState } from './capacity-state.ts';
import { InjectRunner, type InjectHooks } from './injects.ts';
import { layoutOf } from './layout.ts';
import { MetricsSink } from './metrics-sink.ts';
import { plainRunnerOf } from './plain/plain-run.ts';
import { QuietDemand } from './quiet-demand.ts';
import { ServiceRun } from './service-run.ts';
import { FastStandbyGroups } from './standby-groups.ts';
import { TimerQueue } from './timer-queue.ts';
import { Settler } from './settle.ts';
import type { FastResult } from './fast-result.ts';

export type { FastResult } from './fast-result.ts';

export interface FastOptions {
  /** Injects added to the scenario's own, as in `simulate`. */
  readonly injects?: readonly Inject[];
  /** Keep the trace (byte-identical to `simulate`'s). */
  readonly trace?: boolean;
  /** The event budget, as `simulate` takes it (default DEFAULT_MAX_EVENTS). */
  readonly maxEvents?: number;
  /** Hears the simulated time reached from time to time, as `simulate`'s does. */
  readonly onProgress?: (t: number) => void;
}

/** What a run of a compiled scenario may spend, and who hears its progress. */
export interface RunLimits {
  readonly maxEvents?: number;
  readonly onProgress?: (t: number) => void;
  /**
   * Run a plain model (plain/plain-model.ts) through the general loop all the same, not its
   * own runner (the plain runner's differential test compares the two).
   */
  readonly general?: boolean;
}

// Read once: tsx's CommonJS output reads an imported binding through a getter at every use.
const {
  inject: INJECT,
  injectRestore: INJECT_RESTORE,
  switchover: SWITCHOVER,
  callOut: CALL_OUT,
} = Kind;

export function simulateFast(
  scenario: Scenario,
  seed: string | number,
  options: FastOptions = {},
): FastResult {
  // Refused before the scenario is compiled (20 years of demand breakpoints take a moment).
  checkEventBudget(estimateEvents(scenario, options.injects), options.maxEvents);
  const compiled = compileScenario(scenario, options.injects);
  return runCompiled(compiled, seed, options.trace ?? false, options);
}

/**
 * The queue and the arena kept from one run to the next (runs are synchronous, so one at a
 * time uses them; so do a compiled scenario's streams and plan runs, layout.ts).
 */
let spare: { queue: TimerQueue; arena: Arena } | null = null;

/**
 * One run of a compiled scenario (Monte Carlo compiles once and runs it many times), refused
 * before it starts when its estimate is above the budget, stopped past the ceiling
 * (EventBudgetError, as `simulate`).
 */
export function runCompiled(
  c: CompiledScenario,
  seed: string | number,
  keepTrace: boolean,
  limits: RunLimits = {},
): FastResult {
  const maxEvents = limits.maxEvents ?? DEFAULT_MAX_EVENTS;
  checkEventBudget(c.estimate, maxEvents);
  const memory = spare ?? { queue: new TimerQueue(), arena: new Arena() };
  spare = null;
  try {
    const ceiling = ceilingOf(maxEvents);
    const queue = memory.queue.clear();
    // A plain model without a trace has a runner of its own (plain/plain-run.ts).
    const plain = keepTrace || limits.general === true ? null : plainRunnerOf(c);
    const result =
      plain !== null
        ? plain.run(String(seed), ceiling, limits.onProgress)
        : run(c, seed, keepTrace, queue, memory.arena.reset(), ceiling, limits.onProgress);
    if (result === null) throw EventBudgetError.of('ceiling', c.estimate, maxEvents, ceiling);
    return result;
  } finally {
    spare = memory;
  }
}

/**
 * What components, injects and plans tell the run, as methods of one object made per run
 * (saves a closure and a hooks object per hook and per run: a few microseconds of a ~150 us run).
 */
class RunHooks implements ComponentHooks, InjectHooks {
  /** The simulated time now. */
  t = 0;
  /** Something changed since the last settle. */
  dirty = true;
  /** Some component's capacity changed since the last settle. */
  componentsChanged = true;
  caps: CapacityState | null = null;
  /** Read through Components' plan hooks as a plain function, so an arrow (bound to this run). */
  readonly now = (): number => this.t;

  constructor(
    readonly record: ((e: TraceEvent) => void) | null,
    readonly sinks: readonly MetricsSink[],
    readonly servicesOf: readonly Int32Array[],
  ) {}

  lostData(i: number, t: number, lost: number): void {
    for (const k of this.servicesOf[i]!) this.sinks[k]!.lostData(t, lost);
  }

  changed(i: number, capacityChanged: boolean): void {
    this.dirty = true;
    if (!capacityChanged) return;
    this.caps!.mark(i);
    this.componentsChanged = true;
  }

  surge(): void {
    this.dirty = true;
  }
}

function run(
  c: CompiledScenario,
  seed: string | number,
  keepTrace: boolean,
  queue: TimerQueue,
  arena: Arena,
  ceiling: number,
  onProgress: ((t: number) => void) | undefined,
): FastResult | null {
  const { scenario } = c;
  const events: TraceEvent[] | null = keepTrace ? [] : null;
  let now = 0;
  const layout = layoutOf(c);
  const sinks: MetricsSink[] = [];
  const services: ServiceRun[] = [];
  for (let k = 0; k < c.services.length; k++) {
    const sink = new MetricsSink(c.services[k]!);
    sinks.push(sink);
    services.push(
      new ServiceRun(
        c.services[k]!,
        sink,
        keepTrace,
        layout.topologies[k]!,
        arena,
        layout.bounded[k],
      ),
    );
  }
  const record = events === null ? null : (e: TraceEvent): void => void events.push(e);
  layout.streams.seed(String(seed));
  const hooks = new RunHooks(record, sinks, layout.servicesOf);
  const components = new Components(c, layout, queue, arena, hooks);
  const injects = new InjectRunner(c, queue, components, hooks);

  const groups =
    c.groups.length === 0
      ? null
      : new FastStandbyGroups(c, layout, queue, {
          now: hooks.now,
          record,
          changed: () => {
            hooks.dirty = true;
            hooks.componentsChanged = true;
          },
        });

  const caps = new CapacityState(c, layout, components.context, arena);
  hooks.caps = caps;
  const settler = new Settler(
    services,
    components,
    caps,
    groups,
    hooks,
    record,
    layout.servicesOf,
    arena,
  );
  const teams = components.teams;

  const breakpoints = c.breakpoints;
  const horizon = scenario.horizon;
  const quiet = keepTrace ? null : new QuietDemand(services, breakpoints, arena);
  let b = 0;
  let processed = 0;
  settler.settle(now);
  // The queue's next time, read again only after something may have changed the queue.
  let queued = queue.peekTime();
  const nb = breakpoints.length;
  for (;;) {
    const demand = b < nb ? breakpoints[b]! : Infinity;
    const next = queued <= demand ? queued : demand;
    if (!(next < horizon)) break;
    // The run needs more events than the ceiling allows: stopped (as Engine.run stops).
    if (processed >= ceiling) return null;
    now = next;
    hooks.t = now;
    processed++;
    if (onProgress !== undefined && processed % PROGRESS_EVERY === 0) onProgress(now);
    if (queued <= demand) {
      // Injects and timers run before demand breakpoints of the same instant (Priority).
      const id = queue.pop();
      const kind = queue.kind(id);
      if (kind === INJECT || kind === INJECT_RESTORE) injects.fire(kind, queue.arg(id));
      else if (kind === SWITCHOVER) groups?.fire(queue.arg(id));
      else if (kind === CALL_OUT) teams?.arrive(queue.arg(id));
      else components.fire(kind, queue.arg(id));
      // People given to steps during the event reach their plans at its end (team-desk.ts).
      if (teams?.pending) teams.flush();
      queued = queue.peekTime();
    } else {
      // Breakpoints settled without the engine loop, quiet stretches passed over (settle.ts),
      // each still an engine event.
      if (quiet !== null && !hooks.dirty) {
        const walked = settler.walk(
          breakpoints,
          b,
          queued,
          horizon,
          ceiling - processed + 1,
          queue,
          quiet,
        );
        if (walked > b) {
          processed += walked - b - 1;
          if (processed > ceiling) return null;
          b = walked;
          now = breakpoints[b - 1]!;
          hooks.t = now;
          queued = queue.peekTime();
          continue;
        }
      }
      b++;
      hooks.dirty = true;
    }
    const nextDemand = b < nb ? breakpoints[b]! : Infinity;
    if ((queued <= nextDemand ? queued : nextDemand) !== now) {
      const version = queue.version;
      settler.settle(now);
      if (queue.version !== version) queued = queue.peekTime();
    }
  }

  for (const s of services) s.close(horizon);
  const metrics: ServiceMetrics[] = [];
  for (const s of sinks) metrics.push(s.finish(scenario));
  if (events === null) return { trace: null, metrics, engineEvents: processed };
  const intervals: Record<string, Trace['intervals'][string]> = {};
  for (const s of services) intervals[s.compiled.service.id] = s.intervals ?? [];
  return {
    trace: { scenario: scenario.name, seed: String(seed), horizon, events, intervals },
    metrics,
    engineEvents: processed,
  };
}
