/**
 * Scenarios that differ only in what a run's measure reads: a service's RTO, RPO and MTPD.
 * The simulation never reads them (the fast path reads only a service's MBCO of its objectives:
 * fast/service-run.ts and fast/plain/plain-services.ts; the actor path likewise,
 * simulator/service-tracker.ts; compile and the event estimate read none), so run i of two such
 * studies is the same run: only its judgement differs. core/metrics.ts reads the RTO and MTPD in
 * `outageWith` (each outage's verdicts, from its start, end and the agreed hours) and the RPO in
 * `assembleMetrics` (`rpoMet`: the worst data loss against it). `remeasure` judges one run's
 * metrics again against other objectives, with those functions, so the result is what a run of
 * the other scenario would have given. test/analysis/montecarlo/shared-runs.test.ts proves it on
 * whole studies, byte for byte.
 */
import {
  countOutages,
  outageWith,
  type AgreedOverlap,
  type ServiceMetrics,
} from '../../core/metrics.ts';
import type { Scenario, Service } from '../../core/model.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import type { CompiledService } from '../../simulator/fast/compiled.ts';

/** The objectives that only the measure reads. */
const MEASURED = new Set(['rto', 'rpo', 'mtpd']);

/**
 * Same content: the same primitive (Object.is), or plain arrays/objects with the same keys in
 * order; what `contentKey` tells apart (Infinity, NaN, null; -0 and 0; undefined and absent)
 * stays apart. Shared parts (a variant made by an edit keeps the rest of its scenario) cost
 * nothing to compare.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return equal(a, b);
}

function equal(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (!plain(a) || !plain(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i]) return false;
    if (!equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** A scenario is plain data; anything else (a Map, a Date) is never taken as equal to a copy. */
function plain(x: object): boolean {
  if (Array.isArray(x)) return true;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `equal`, leaving out the given keys of both objects (the keys kept keep their order). */
function equalBut(a: object, b: object, skip: (key: string) => boolean): boolean {
  if (!plain(a) || !plain(b) || Array.isArray(a) || Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => !skip(k));
  const kb = Object.keys(b).filter((k) => !skip(k));
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k, i) =>
      k === kb[i] && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const simulationTexts = new WeakMap<Scenario, string>();

/**
 * The scenario's plain JSON with every RTO, RPO and MTPD left out (once per scenario object):
 * the same for scenarios that may share runs, and for scenarios of the same content. Only a
 * bucket: plain JSON cannot tell Infinity from null, say; `sameContent` and `sameSimulation`
 * decide.
 */
export function simulationText(scenario: Scenario): string {
  let text = simulationTexts.get(scenario);
  if (text === undefined) {
    const services = scenario.services.map((s) => ({
      ...s,
      objectives: { ...s.objectives, rto: 0, rpo: 0, mtpd: 0 },
    }));
    text = JSON.stringify({ ...scenario, services }) ?? '';
    simulationTexts.set(scenario, text);
  }
  return text;
}

/**
 * Whether runs of `a` and `b` are the same runs: the scenarios are equal but for their
 * services' RTO, RPO and MTPD (the same services, in the same order, with the same ids).
 */
export function sameSimulation(a: Scenario, b: Scenario): boolean {
  if (a === b) return true;
  if (!equalBut(a, b, (k) => k === 'services')) return false;
  const sa: readonly Service[] = a.services;
  const sb: readonly Service[] = b.services;
  if (sa.length !== sb.length) return false;
  return sa.every((x, k) => {
    const y = sb[k]!;
    if (x === y) return true;
    if (!equalBut(x, y, (key) => key === 'objectives')) return false;
    const ox = x.objectives as unknown;
    const oy = y.objectives as unknown;
    if (typeof ox !== 'object' || typeof oy !== 'object' || ox === null || oy === null)
      return equal(ox, oy);
    return (
      Object.keys(ox).join() === Object.keys(oy).join() &&
      equalBut(ox, oy, (key) => MEASURED.has(key))
    );
  });
}

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

/** `overlapLength` (core/intervals.ts) over the agreed hours as typed arrays: same search, same terms, same order. */
function agreedOverlap({ agreedStarts: starts, agreedEnds: ends }: CompiledService): AgreedOverlap {
  return {
    overlap(from: number, to: number): number {
      let lo = 0;
      let hi = ends.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid]! <= from) lo = mid + 1;
        else hi = mid;
      }
      let total = 0;
      for (let i = lo; i < ends.length; i++) {
        const s = starts[i]!;
        if (s >= to) break;
        total += Math.min(ends[i]!, to) - Math.max(s, from);
      }
      return total;
    },
  };
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
    const agreed = agreedOverlap(lead);
    const outages = m.outages.map((o) =>
      outageWith(agreed, service, o.start, o.end, o.ongoing, o.unavailable),
    );
    out.push({ ...m, ...countOutages(outages), outages, rpoMet });
  }
  return out;
}
