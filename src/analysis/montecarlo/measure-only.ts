/**
 * Scenarios that differ only in what a run's measure reads: a service's RTO, RPO and MTPD.
 * The simulation never reads them (the fast path reads only a service's MBCO of its objectives:
 * fast/service-run.ts and fast/plain/plain-services.ts; the actor path likewise,
 * simulator/service-tracker.ts; compile and the event estimate read none), so run i of two such
 * studies (`sameSimulation`, scenario-equality.ts) is the same run: only its judgement differs.
 * core/outage.ts reads the RTO and MTPD in `outageWith` (each outage's verdicts, from its start,
 * end and the agreed hours) and core/metrics.ts the RPO in `assembleMetrics` (`rpoMetBy`: the
 * worst data loss against it). `remeasure` judges one run's metrics again against other
 * objectives, with those functions, so the result is what a run of the other scenario would
 * have given. test/analysis/montecarlo/shared-runs.test.ts proves it on
 * whole studies, byte for byte.
 */
import { agreedOverlapOf } from '../../core/agreed-overlap.ts';
import type { ServiceMetrics } from '../../core/metrics.ts';
import type { Scenario, Service } from '../../core/model.ts';
import { countOutages, outageWith } from '../../core/outage.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import type { CompiledService } from '../../simulator/fast/compiled.ts';

/**
 * For each service of a scenario measured from another's runs: null when its RTO, RPO and MTPD
 * are the lead's (its metrics are the lead's), else the service to judge the run against.
 */
export type MeasurePlan = readonly (Service | null)[];

/** The plan for measuring runs of `lead` as runs of `other` (`sameSimulation(lead, other)`). */
export function measurePlan(lead: Scenario, other: Scenario): MeasurePlan {
  return other.services.map((s, k) => {
    const a = lead.services[k]!.objectives;
    const b = s.objectives;
    return Object.is(a.rto, b.rto) && Object.is(a.rpo, b.rpo) && Object.is(a.mtpd, b.mtpd)
      ? null
      : s;
  });
}

/**
 * Whether the run's worst data loss was within `rpo`, from the lead's metrics of it, or null
 * when they cannot tell. They hold the loss in minutes (`loss / MS_PER_MINUTE`, rounded);
 * division by the same positive number keeps order, so a loss in minutes below or above the
 * RPO in minutes tells; equal minutes tell only through the lead's own verdict, when its RPO
 * says enough (its RPO at most this one and met, or at least this one and breached).
 */
function rpoMetOf(lead: ServiceMetrics, leadRpo: number, rpo: number): boolean | null {
  const worst = lead.worstDataLossMinutes;
  if (worst === null) return true;
  const limit = rpo / MS_PER_MINUTE;
  if (worst < limit) return true;
  if (worst > limit) return false;
  if (lead.rpoMet && leadRpo <= rpo) return true;
  if (!lead.rpoMet && leadRpo >= rpo) return false;
  return null;
}

/**
 * Run metrics of the lead scenario (`compiled`, the lead compiled) judged against the plan's
 * objectives: what `runCompiled` of the other scenario would give, or null when a verdict cannot
 * be told from these metrics (then run the other scenario itself: a data loss the RPO's minutes
 * cannot tell apart, which no study of ours has shown).
 */
export function remeasure(
  metrics: readonly ServiceMetrics[],
  plan: MeasurePlan,
  compiled: readonly CompiledService[],
): ServiceMetrics[] | null {
  const out: ServiceMetrics[] = [];
  for (let k = 0; k < metrics.length; k++) {
    const m = metrics[k]!;
    const service = plan[k];
    if (service === null || service === undefined) {
      out.push(m);
      continue;
    }
    const lead = compiled[k]!;
    const rpoMet = rpoMetOf(m, lead.service.objectives.rpo, service.objectives.rpo);
    if (rpoMet === null) return null;
    const { rto, mtpd } = lead.service.objectives;
    if (Object.is(rto, service.objectives.rto) && Object.is(mtpd, service.objectives.mtpd)) {
      out.push({ ...m, rpoMet });
      continue;
    }
    const agreed = agreedOverlapOf(lead.agreedStarts, lead.agreedEnds);
    const outages = m.outages.map((o) =>
      outageWith(agreed, service, o.start, o.end, o.ongoing, o.unavailable),
    );
    out.push({ ...m, ...countOutages(outages), outages, rpoMet });
  }
  return out;
}
