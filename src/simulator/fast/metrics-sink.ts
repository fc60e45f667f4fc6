/**
 * Service metrics computed as the run goes, so a run without a trace keeps nothing that
 * grows with its length: each closed interval is added to the sums of core/metrics.ts
 * (`addInterval`, in the same order, so the same floating-point results) and outages are
 * followed as stretches of `down`; `assembleMetrics` and `outageOf` give the figures.
 */
import {
  addInterval,
  assembleMetrics,
  outageOf,
  type HoursSums,
  type Outage,
  type ServiceMetrics,
} from '../../core/metrics.ts';
import type { Scenario } from '../../core/model.ts';
import type { ServiceInterval } from '../../core/trace.ts';
import type { CompiledService } from './compiled.ts';

export class MetricsSink {
  readonly #compiled: CompiledService;
  readonly #inside: HoursSums = { down: 0, degraded: 0, unserved: 0 };
  readonly #outside: HoursSums = { down: 0, degraded: 0, unserved: 0 };
  readonly #outages: Outage[] = [];
  /** Times the service went down, with what was unavailable (the first of each instant). */
  readonly #downs: { t: number; unavailable: readonly string[] }[] = [];
  #outageStart = -1;
  #outageEnd = -1;
  #worstLoss: number | null = null;

  constructor(compiled: CompiledService) {
    this.#compiled = compiled;
  }

  wentDown(t: number, unavailable: readonly string[]): void {
    if (this.#downs.at(-1)?.t !== t) this.#downs.push({ t, unavailable });
  }

  lostData(lost: number): void {
    if (this.#worstLoss === null || lost > this.#worstLoss) this.#worstLoss = lost;
  }

  interval(iv: ServiceInterval): void {
    addInterval(this.#compiled.agreed, iv, this.#inside, this.#outside);
    if (iv.state === 'down') {
      if (this.#outageStart < 0) this.#outageStart = iv.start;
      this.#outageEnd = iv.end;
    } else if (this.#outageStart >= 0) this.#closeOutage(false);
  }

  finish(scenario: Scenario): ServiceMetrics {
    // An outage still open is the last stretch of intervals (core/metrics.ts: `ongoing`).
    if (this.#outageStart >= 0) this.#closeOutage(this.#outageEnd >= scenario.horizon);
    const agreedMs = this.#compiled.agreed.reduce((sum, i) => sum + i.end - i.start, 0);
    const service = this.#compiled.service;
    return assembleMetrics(
      scenario,
      service,
      agreedMs,
      this.#inside,
      this.#outside,
      this.#outages,
      this.#worstLoss,
    );
  }

  #closeOutage(ongoing: boolean): void {
    const start = this.#outageStart;
    const cause = this.#downs.find((d) => d.t === start);
    this.#outages.push(
      outageOf(
        this.#compiled.agreed,
        this.#compiled.service,
        start,
        this.#outageEnd,
        ongoing,
        cause?.unavailable ?? [],
      ),
    );
    this.#outageStart = -1;
    while (this.#downs.length > 0 && this.#downs[0]!.t <= start) this.#downs.shift();
  }
}
