/**
 * Studies that share their runs: the same runs, master seed, range, injects and event budget,
 * and scenarios that differ only in what the measure reads (measure-only.ts: a service's RTO,
 * RPO, MTPD). Each run is simulated once, for the first such study (the lead), and measured
 * once per study (runStudy's `followers`, run-study.ts): the lead's metrics as they are, the
 * others' judged again (`remeasure`). Every study keeps its own aggregate (its own scenario's
 * fingerprint), the same, byte for byte, as when it runs on its own. A tornado has six such studies (the objectives low and high) of its
 * ~75: ~8 % of its simulations.
 */
import { contentKey } from '../../core/content-key.ts';
import type { Scenario } from '../../core/model.ts';
import type { CompiledScenario } from '../../simulator/fast/compiled.ts';
import { measurePlan, type MeasurePlan } from './measure-only.ts';
import { sameSimulation, simulationText } from './scenario-equality.ts';
import type { StudyJob } from './study-job.ts';
import type { StudyAggregate } from './study-aggregate.ts';
import { DEFAULT_INJECTS } from './study-injects.ts';

export interface RunShares {
  /** For each study, the study whose runs it is measured from (itself for a lead). */
  readonly lead: readonly number[];
  /** For each study, the studies measured from its runs (none but for leads). */
  readonly followers: readonly (readonly number[])[];
}

/**
 * Which studies share runs. `simulationText` (~0.2 ms a bank scenario, made once per scenario:
 * same-studies.ts made it already) only finds the candidates; `sameSimulation` decides.
 * Studies with no runs to do share nothing.
 */
export function shareRuns(jobs: readonly StudyJob[]): RunShares {
  const lead = jobs.map((_, i) => i);
  const followers: number[][] = jobs.map(() => []);
  const leads = new Map<string, number[]>();
  jobs.forEach((job, i) => {
    const { runs, masterSeed, range = [0, runs], injects = DEFAULT_INJECTS, maxEvents } = job;
    if (range[1] <= range[0]) return;
    const key = `${contentKey([runs, masterSeed, range, injects, maxEvents ?? null])}${simulationText(job.scenario)}`;
    let candidates = leads.get(key);
    if (candidates === undefined) leads.set(key, (candidates = []));
    const found = candidates.find((k) => sameSimulation(jobs[k]!.scenario, job.scenario));
    if (found === undefined) candidates.push(i);
    else {
      lead[i] = found;
      followers[found]!.push(i);
    }
  });
  return { lead, followers };
}

/** A study measured from another's runs. */
export interface Follower {
  /** Its aggregate: its runs are added here. */
  readonly into: StudyAggregate;
  /** `measurePlan(lead scenario, its scenario)`. */
  readonly plan: MeasurePlan;
  /** Its own scenario compiled, for a run its lead's metrics cannot tell (compiled when needed). */
  readonly compiled: () => CompiledScenario;
}

/** Plans and lazy compiles for studies of `scenarios` measured from runs of `lead`. */
export function followersOf(
  lead: Scenario,
  followers: readonly {
    into: StudyAggregate;
    scenario: Scenario;
    compile: () => CompiledScenario;
  }[],
): Follower[] {
  return followers.map(({ into, scenario, compile }) => {
    let compiled: CompiledScenario | undefined;
    return {
      into,
      plan: measurePlan(lead, scenario),
      compiled: () => (compiled ??= compile()),
    };
  });
}
