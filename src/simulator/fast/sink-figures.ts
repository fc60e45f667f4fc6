/**
 * What a Monte Carlo study reads of a service's run (analysis/montecarlo/aggregate.ts
 * `RunFigures`): ServiceMetrics' figures, by the same rules (core/metrics.ts `availabilityOf`,
 * `costOf`, `rpoMetBy`, ...: the same operations in the same order, so the same numbers), and
 * of its outages only their number, the longest and whether any plan was slower than the RTO.
 * One object per sink, filled again at each run by a sink restarted `lean` (metrics-sink.ts).
 */
import {
  availabilityOf,
  costOf,
  dataLossCostOf,
  dataLostMs,
  rpoMetBy,
  targetMetBy,
  worstLossOf,
  type DataLoss,
  type HoursSums,
} from '../../core/metrics.ts';
import type { Service } from '../../core/model.ts';
import type { OutageCounts } from '../../core/outage.ts';
import * as time from '../../core/time.ts';

// Read once: tsx's CommonJS output reads an imported binding through a getter at every use.
const { MS_PER_MINUTE } = time;

export class SinkFigures {
  targetMet = false;
  rtoBreaches = 0;
  mtpdBreaches = 0;
  rpoMet = true;
  availabilityInAgreedHours: number | null = null;
  agreedHoursMinutes = 0.5;
  downtimeInAgreedHoursMinutes = 0.5;
  degradedInAgreedHoursMinutes = 0.5;
  cost = 0.5;
  outageCount = 0;
  longestOutageMinutes = 0.5;
  planSlowerThanRto = false;

  /** A new run: no outage yet (the other figures are all set by `finish`). */
  restart(): void {
    this.outageCount = 0;
    this.longestOutageMinutes = 0;
    this.planSlowerThanRto = false;
  }

  /** One outage of `duration` ms (slower than the RTO or not), as ServiceMetrics' outages give it. */
  addOutage(duration: number, slowerThanRto: boolean): void {
    this.outageCount++;
    const minutes = duration / MS_PER_MINUTE;
    if (minutes > this.longestOutageMinutes) this.longestOutageMinutes = minutes;
    if (slowerThanRto) this.planSlowerThanRto = true;
  }

  /**
   * The run's figures from its sums inside agreed hours, its data losses (in the order they
   * happened) and its outages' counts: what `assembleMetrics` would give.
   */
  finish(
    service: Service,
    agreedMs: number,
    inside: HoursSums,
    losses: readonly DataLoss[],
    counts: OutageCounts,
  ): this {
    const { impact, objectives } = service;
    const availability = availabilityOf(inside.down, agreedMs);
    this.availabilityInAgreedHours = availability;
    this.targetMet = targetMetBy(availability, objectives.availability);
    this.agreedHoursMinutes = agreedMs / MS_PER_MINUTE;
    this.downtimeInAgreedHoursMinutes = inside.down / MS_PER_MINUTE;
    this.degradedInAgreedHoursMinutes = inside.degraded / MS_PER_MINUTE;
    this.cost = costOf(inside, impact, dataLossCostOf(dataLostMs(losses), impact));
    this.rtoBreaches = counts.rtoBreaches;
    this.mtpdBreaches = counts.mtpdBreaches;
    this.rpoMet = rpoMetBy(worstLossOf(losses), objectives.rpo);
    return this;
  }
}
