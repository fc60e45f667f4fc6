/**
 * One recovery plan as a numbered procedure: each step with its owner (the team's name),
 * duration and prerequisites, the critical path, and, for each service in the document whose
 * components it restores, whether it fits the service's RTO, simulated at the service's peak
 * (recovery-run.ts) with steps at their most likely and at their longest: a plan fits when
 * even its longest recovery is within the RTO, is at risk when only its likely one is, and
 * does not fit otherwise (the words of variants/plan-fit.ts).
 */
import { involvedComponents } from '../../core/involved.ts';
import type { RecoveryPlan, Scenario, Service } from '../../core/model.ts';
import { formatLocal, parseLocal } from '../../core/civil.ts';
import { MS_PER_HOUR, MS_PER_MINUTE } from '../../core/time.ts';
import { localAt, simAt } from '../../core/zone.ts';
import { formatDurationRange } from '../../scenario/duration-range-text.ts';
import { criticalPath } from '../bia/critical-path.ts';
import type { BiaResult } from '../bia/types.ts';
import { rtoVerdictText } from '../bia/verdict-text.ts';
import type { Fit } from '../variants/plan-fit.ts';
import { recoveryRun } from './recovery-run.ts';
import { reviewStatus } from './review.ts';
import { minutesText } from './text.ts';
import type { PlanFitRun, PlanHistory, PlanSection, ProcedureStep } from './types.ts';

export function procedure(scenario: Scenario, plan: RecoveryPlan): ProcedureStep[] {
  const teams = new Map((scenario.teams ?? []).map((t) => [t.id, t.name]));
  const number = new Map(plan.steps.map((s, i) => [s.id, i + 1]));
  const critical = new Set(criticalPath(plan, 'likely').steps);
  return plan.steps.map((s, i) => ({
    number: i + 1,
    id: s.id,
    name: s.name,
    owner: s.owner === null ? null : (teams.get(s.owner) ?? s.owner),
    duration: formatDurationRange(s.duration),
    after: s.after.flatMap((a) => number.get(a) ?? []),
    critical: critical.has(s.id),
  }));
}

/** The hour of the night the plan is also simulated at: when teams are called out. */
const NIGHT_HOUR = 2;

/** The failure at 02:00 (local) on the day of `peakAt`; null when that is outside the run. */
function nightRun(
  scenario: Scenario,
  service: Service,
  plan: string,
  component: string,
  peakAt: string,
): PlanFitRun['night'] {
  const local = parseLocal(peakAt.slice(0, 10)) + NIGHT_HOUR * MS_PER_HOUR;
  const t = simAt(scenario, local);
  if (!(t >= 0 && t < scenario.horizon)) return null;
  return {
    at: formatLocal(localAt(scenario, t)),
    run: recoveryRun(scenario, service, plan, component, t, 'likely'),
  };
}

/** Simulated fits of `plan` for each service that needs a component it restores. */
export function planFitRuns(
  scenario: Scenario,
  plan: RecoveryPlan,
  services: readonly Service[],
  bia: BiaResult,
): PlanFitRun[] {
  const out: PlanFitRun[] = [];
  for (const service of services) {
    const involved = new Set(involvedComponents(scenario, service));
    // the component it restores with the slowest detection (the first of those in the file)
    let component: Scenario['components'][number] | null = null;
    for (const c of scenario.components)
      if (
        c.recovery === plan.id &&
        involved.has(c.id) &&
        (!component || c.detection > component.detection)
      )
        component = c;
    const placement = bia.placements.find((p) => p.service === service.id);
    if (!component || !placement) continue;
    const t = placement.worst.t;
    const likely = recoveryRun(scenario, service, plan.id, component.id, t, 'likely');
    const high = recoveryRun(scenario, service, plan.id, component.id, t, 'high');
    const night = scenario.teams?.length
      ? nightRun(scenario, service, plan.id, component.id, placement.worst.at)
      : null;
    const rto = service.objectives.rto / MS_PER_MINUTE;
    const within = (r: typeof likely) => r.recoveryMinutes !== null && r.recoveryMinutes <= rto;
    const fit: Fit = within(high) ? 'fits' : within(likely) ? 'at-risk' : 'does-not-fit';
    const figures = bia.disruptions
      .find((d) => d.id === `fail:${component.id}`)
      ?.impacts.find((i) => i.service === service.id && i.placement === 'worst')?.bounds.likely;
    out.push({
      service: service.id,
      serviceName: service.name,
      component: component.id,
      componentName: component.name,
      at: placement.worst.at,
      rtoMinutes: rto,
      likely,
      high,
      fit,
      night,
      serviceOutageMinutes: figures?.outageMinutes ?? null,
      serviceRto: figures ? rtoVerdictText(figures, minutesText) : null,
    });
  }
  return out;
}

export function planSection(
  scenario: Scenario,
  plan: RecoveryPlan,
  services: readonly Service[],
  bia: BiaResult,
  date: string,
  history: PlanHistory | null,
): PlanSection {
  const names = new Map(scenario.components.map((c) => [c.id, c.name]));
  const analysis = bia.plans.find((p) => p.plan === plan.id);
  const summed = (b: 'low' | 'likely' | 'high') =>
    analysis?.paths[b].lengthMinutes ?? criticalPath(plan, b).lengthMinutes;
  return {
    id: plan.id,
    name: plan.name,
    restores: scenario.components
      .filter((c) => c.recovery === plan.id)
      .map((c) => names.get(c.id)!),
    steps: procedure(scenario, plan),
    summedMinutes: { low: summed('low'), likely: summed('likely'), high: summed('high') },
    fits: planFitRuns(scenario, plan, services, bia),
    review: plan.review
      ? reviewStatus(plan.review, date, history === null ? undefined : history.lastExercised)
      : null,
  };
}
