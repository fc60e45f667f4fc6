/**
 * A run's standby groups: one runtime per distinct group id (the same pair in two services is
 * one pair), inner groups before the groups that contain them, so that a refresh sees each
 * member's own groups already settled. Which member serves is what the services' topologies
 * read (core/topology.ts `ServingOf`).
 */
import type { Engine } from '../core/engine.ts';
import type { Scenario } from '../core/model.ts';
import type { RandomStreams } from '../core/random.ts';
import type { CapacityOf, ServingOf } from '../core/topology.ts';
import { membersWork, standbyGroupsOfScenario } from './standby-common.ts';
import { StandbyRuntime, type StandbyHooks } from './standby-runtime.ts';

export class StandbyGroups {
  readonly #runtimes: readonly StandbyRuntime[];
  readonly #byId: ReadonlyMap<string, StandbyRuntime>;

  constructor(scenario: Scenario, engine: Engine, streams: RandomStreams, hooks: StandbyHooks) {
    this.#runtimes = standbyGroupsOfScenario(scenario).map(
      ({ group, services }) => new StandbyRuntime(group, services, engine, streams, hooks),
    );
    this.#byId = new Map(this.#runtimes.map((r) => [r.group.id, r]));
  }

  get size(): number {
    return this.#runtimes.length;
  }

  readonly servingOf: ServingOf = (group) => this.#byId.get(group.id)?.serving ?? -1;

  /** Tells every group whether its members work with these capacities, inner groups first. */
  refresh(capacityOf: CapacityOf): void {
    for (const runtime of this.#runtimes) {
      const [first, second] = membersWork(runtime.group, capacityOf, this.servingOf);
      runtime.refresh(first, second);
    }
  }
}
