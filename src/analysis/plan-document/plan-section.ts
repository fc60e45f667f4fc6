/**
 * One recovery plan as a numbered procedure: each step with its owner (the team's name),
 * duration and prerequisites, the critical path, and, for each service in the document whose
 * components it restores, whether it fits the service's RTO, simulated at the service's peak
 * (recovery-run.ts) with steps at their most likely and at their longest, and at night with
 * its teams called out: a plan fits when even its longest recovery and its night run are
 * within the RTO, is at risk when only its likely one is, and does not fit otherwise (the
 * rule and words of variants/plan-fit.ts).
 */
import { involvedComponents } from '../../core/involved.ts';
import type { RecoveryPlan, Scenario, Service } from '../../core/model.ts';
import { formatLocal } from '../../core/civil.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import { localAt } from '../../core/zone.ts';
import { formatDurationRange } from '../../scenario/duration-range-text.ts';
import { criticalPath } from '../bia/critical-path.ts';
import { nightMoment, teamsOfPlan } from '../bia/plan-runs.ts';
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

/**
 * The same failure at night: the moment the BIA and the variants' comparison take
 * (bia/plan-runs.ts: from 02:00 on the peak's day, the first hour at which none of the plan's
 * teams with working hours is at work); null when its teams all work round the clock, or
 * there is no such hour inside the run.
 */
function nightRun(
  scenario: Scenario,
  service: Service,
  plan: RecoveryPlan,
  component: string,
  peak: number,
): PlanFitRun['night'] {
  const t = nightMoment(scenario, teamsOfPlan(scenario, plan), peak);
  if (t === null) return null;
  return {
    at: formatLocal(localAt(scenario, t)),
    run: recoveryRun(scenario, service, plan.id, component, t, 'likely'),
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
    const night = nightRun(scenario, service, plan, component.id, t);
    const rto = service.objectives.rto / MS_PER_MINUTE;
    const within = (r: typeof likely) => r.recoveryMinutes !== null && r.recoveryMinutes <= rto;
    // as variants/plan-fit.ts: a plan that outlasts the RTO at night is at risk at best
    const fit: Fit =
      within(high) && (night === null || within(night.run))
        ? 'fits'
        : within(likely)
          ? 'at-risk'
          : 'does-not-fit';
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
      ? reviewStatus(
          plan.review,
          date,
          history === null
            ? undefined
            : history.plansLastExercised !== undefined
              ? (history.plansLastExercised[plan.id] ?? null)
              : history.lastExercised,
        )
      : null,
  };
}
