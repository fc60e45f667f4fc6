/**
 * What the Monte Carlo tab has asked and learnt, kept by the app so that studies go on running
 * and results stay while the user looks at a run on the timeline. One pool of workers runs one
 * task at a time: a study, a comparison of variants, a sweep or a tornado. Each result records
 * the scenario it was computed for and whether its runs had the injects, so the view can say
 * when an edit or the switch has made it stale. The switch (`injects`) is kept here too, with
 * the results, for every task: random failures only by default.
 */
import type { ReactiveControllerHost } from 'lit';
import {
  compareStudies,
  DEFAULT_INJECTS,
  studyEstimates,
  type InjectsMode,
  type StudyAggregate,
  type StudyComparison,
  type StudyEstimates,
  type StudyJson,
} from '../../analysis/montecarlo/index.ts';
import type { StudyJob } from '../../analysis/montecarlo/study-job.ts';
import type { PoolWorker } from '../../analysis/montecarlo/pool-protocol.ts';
import {
  sweepPoints,
  sweepScenarios,
  tornadoInputs,
  tornadoRows,
  type Metric,
  type ParameterInfo,
  type SweepPoint,
  type TornadoRow,
} from '../../analysis/sensitivity/index.ts';
import { fitChanges, type FitChange } from '../../analysis/variants/plan-fit.ts';
import type { Scenario } from '../../core/model.ts';
import { MonteCarloController } from '../controllers/montecarlo-controller.ts';

export type Task = 'study' | 'compare' | 'sweep' | 'tornado';

interface Basis {
  /** The scenario the result is for (compared by identity to spot stale results). */
  readonly scenario: Scenario;
  /** Random failures only, or with the scenario's injects in every run. */
  readonly injects: InjectsMode;
  readonly runs: number;
  readonly masterSeed: string;
  readonly elapsedMs: number;
  readonly workers: number;
}

export interface StudyResult extends Basis {
  readonly label: string;
  readonly estimates: StudyEstimates;
  /** The mergeable aggregate, as `npm run montecarlo -- --out` writes it. */
  readonly aggregate: StudyJson;
}

export interface VariantResult {
  readonly name: string;
  readonly scenario: Scenario;
  readonly comparison: StudyComparison;
  readonly fit: { readonly worse: readonly FitChange[]; readonly better: readonly FitChange[] };
}

export interface CompareResult extends Basis {
  readonly baseline: StudyEstimates;
  readonly variants: readonly VariantResult[];
}

export interface SweepResult extends Basis {
  readonly service: string;
  readonly info: ParameterInfo;
  readonly points: readonly SweepPoint[];
}

export interface TornadoResult extends Basis {
  readonly service: string;
  readonly metric: Metric;
  readonly factor: number;
  readonly rows: readonly TornadoRow[];
}

export interface Results {
  study?: StudyResult;
  compare?: CompareResult;
  sweep?: SweepResult;
  tornado?: TornadoResult;
}

interface Pending {
  readonly task: Task;
  readonly injects: InjectsMode;
  readonly finish: (
    aggregates: StudyAggregate[],
    elapsedMs: number,
    workers: number,
    injects: InjectsMode,
  ) => void;
}

export class MonteCarloSession {
  readonly controller: MonteCarloController;
  readonly results: Results = {};
  /** The task running or last run (for the progress bar's label). */
  task: Task | null = null;
  /** Increases on every change, so views can re-render. */
  revision = 0;
  #injects: InjectsMode = DEFAULT_INJECTS;
  #pending: Pending | null = null;
  readonly #host: ReactiveControllerHost;

  /** `spawn` starts a pool worker (Web Workers by default). */
  constructor(host: ReactiveControllerHost, workers?: number, spawn?: () => PoolWorker) {
    this.#host = host;
    const proxy: ReactiveControllerHost = {
      addController: (c) => host.addController(c),
      removeController: (c) => host.removeController(c),
      requestUpdate: () => {
        this.#settle();
        this.revision++;
        host.requestUpdate();
      },
      get updateComplete() {
        return host.updateComplete;
      },
    };
    this.controller = new MonteCarloController(proxy, workers, spawn);
  }

  /** Whether the next tasks keep the scenario's injects in every run (the tab's switch). */
  get injects(): InjectsMode {
    return this.#injects;
  }

  set injects(mode: InjectsMode) {
    if (mode === this.#injects) return;
    this.#injects = mode;
    this.revision++;
    this.#host.requestUpdate();
  }

  get running(): boolean {
    return this.controller.status.kind === 'running';
  }

  cancel(): void {
    this.controller.cancel();
  }

  study(scenario: Scenario, label: string, runs: number, masterSeed: string): void {
    this.#run(
      'study',
      [{ scenario, runs, masterSeed }],
      (aggregates, elapsedMs, workers, injects) => {
        this.results.study = {
          scenario,
          injects,
          label,
          runs,
          masterSeed,
          elapsedMs,
          workers,
          estimates: studyEstimates(aggregates[0]!),
          aggregate: aggregates[0]!.toJSON(),
        };
      },
    );
  }

  /** The baseline and each variant on the same seeds (common random numbers). */
  compare(
    baseline: Scenario,
    variants: readonly { readonly name: string; readonly scenario: Scenario }[],
    runs: number,
    masterSeed: string,
  ): void {
    const jobs = [baseline, ...variants.map((v) => v.scenario)].map((scenario) => ({
      scenario,
      runs,
      masterSeed,
    }));
    this.#run('compare', jobs, (aggregates, elapsedMs, workers, injects) => {
      const base = aggregates[0]!;
      this.results.compare = {
        scenario: baseline,
        injects,
        runs,
        masterSeed,
        elapsedMs,
        workers,
        baseline: studyEstimates(base),
        variants: variants.map((v, i) => ({
          name: v.name,
          scenario: v.scenario,
          comparison: compareStudies(base, aggregates[i + 1]!),
          fit: fitChanges(baseline, v.scenario),
        })),
      };
    });
  }

  sweep(
    scenario: Scenario,
    service: string,
    info: ParameterInfo,
    values: readonly number[],
    runs: number,
    masterSeed: string,
  ): void {
    const jobs = sweepScenarios(scenario, info.parameter, values).map((s) => ({
      scenario: s,
      runs,
      masterSeed,
    }));
    this.#run('sweep', jobs, (aggregates, elapsedMs, workers, injects) => {
      this.results.sweep = {
        scenario,
        injects,
        service,
        info,
        runs,
        masterSeed,
        elapsedMs,
        workers,
        points: sweepPoints(service, [...values], aggregates),
      };
    });
  }

  tornado(
    scenario: Scenario,
    service: string,
    metric: Metric,
    factor: number,
    runs: number,
    masterSeed: string,
  ): void {
    const inputs = tornadoInputs(scenario, service, { factor });
    const job = (s: Scenario): StudyJob => ({ scenario: s, runs, masterSeed });
    const jobs = [
      job(scenario),
      ...inputs.map((i) => job(i.lowScenario)),
      ...inputs.map((i) => job(i.highScenario)),
    ];
    this.#run('tornado', jobs, (aggregates, elapsedMs, workers, injects) => {
      const n = inputs.length;
      this.results.tornado = {
        scenario,
        injects,
        service,
        metric,
        factor,
        runs,
        masterSeed,
        elapsedMs,
        workers,
        rows: tornadoRows(
          service,
          metric,
          aggregates[0]!,
          aggregates.slice(1, 1 + n),
          aggregates.slice(1 + n),
          inputs,
        ),
      };
    });
  }

  /** Runs the task's studies, all with the switch's setting as it is now. */
  #run(task: Task, jobs: readonly StudyJob[], finish: Pending['finish']): void {
    const injects = this.#injects;
    this.task = task;
    this.#pending = { task, injects, finish };
    this.controller.run(jobs.map((job) => ({ ...job, injects })));
  }

  /** When the controller has finished a task, turns its aggregates into that task's result. */
  #settle(): void {
    const status = this.controller.status;
    if (!this.#pending || status.kind === 'running') return;
    const pending = this.#pending;
    this.#pending = null;
    if (status.kind === 'done')
      pending.finish(status.aggregates, status.elapsedMs, status.workers, pending.injects);
  }
}
