/**
 * Findings about recovery plans against the RTO: plans too slow for the objective (naming the
 * dominant step), and detection plus assessment or invocation eating most of the RTO.
 */
import type { DurationDistribution, Service } from '../../core/model.ts';
import { durationBounds } from '../../core/sampling.ts';
import { minutes, MS_PER_MINUTE, ms } from '../../core/time.ts';
import type { PlanAnalysis } from '../bia/types.ts';
import { dur, nameOf, pct, type AdvisorContext } from './context.ts';
import type { Finding } from './types.ts';

/** The same distribution with every value multiplied by `factor`. */
export function scaleDuration(d: DurationDistribution, factor: number): DurationDistribution {
  const f = (x: number) =>
    ms(Math.max(MS_PER_MINUTE, Math.round((x * factor) / MS_PER_MINUTE) * MS_PER_MINUTE));
  switch (d.type) {
    case 'fixed':
      return { type: 'fixed', value: f(d.value) };
    case 'uniform':
      return { type: 'uniform', min: f(d.min), max: f(d.max) };
    case 'triangular':
      return { type: 'triangular', min: f(d.min), likely: f(d.likely), max: f(d.max) };
  }
}

/** Each plan a service relies on, with the slowest detection of the components it restores. */
function plansOf(ctx: AdvisorContext, service: Service) {
  const out = new Map<string, { plan: PlanAnalysis; detection: number; components: string[] }>();
  for (const id of ctx.involved(service)) {
    const c = ctx.component(id);
    const plan = c?.recovery ? ctx.bia.plans.find((p) => p.plan === c.recovery) : undefined;
    if (!c || !plan) continue;
    const entry = out.get(plan.plan) ?? { plan, detection: 0, components: [] };
    entry.detection = Math.max(entry.detection, c.detection);
    entry.components.push(id);
    out.set(plan.plan, entry);
  }
  return [...out.values()];
}

export function planVersusRtoFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  for (const service of ctx.scenario.services) {
    const rto = service.objectives.rto;
    for (const { plan, detection, components } of plansOf(ctx, service)) {
      const likely = detection + minutes(plan.paths.likely.lengthMinutes);
      const high = detection + minutes(plan.paths.high.lengthMinutes);
      if (high <= rto) continue;
      const bound = likely > rto ? 'likely' : 'high';
      const total = bound === 'likely' ? likely : high;
      const path = plan.paths[bound];
      const dominant = path.dominant;
      const step = ctx.plan(plan.plan)?.steps.find((s) => s.id === dominant?.step);
      const excess = total - rto;
      let edit: Finding['suggestion']['edit'] = null;
      if (step && dominant) {
        const d = durationBounds(step.duration)[bound];
        edit = {
          kind: 'set-step-duration',
          plan: plan.plan,
          step: step.id,
          duration: scaleDuration(step.duration, Math.max(0.1, (d - excess) / d)),
        };
      }
      const outages = ctx.bia.disruptions.flatMap((d) =>
        d.components.some((c) => components.includes(c))
          ? d.impacts.flatMap((i) =>
              i.service === service.id && i.placement === 'worst'
                ? [i.bounds.likely?.outageMinutes ?? 0]
                : [],
            )
          : [],
      );
      out.push({
        id: `plan-exceeds-rto:${service.id}:${plan.plan}`,
        rule: 'plan-exceeds-rto',
        severity: bound === 'likely' ? 'critical' : 'warning',
        title: `${plan.name} takes longer than the ${dur(rto)} RTO of ${service.id}${bound === 'high' ? ' at its slow end' : ''}`,
        explanation: `When ${components.map((c) => nameOf(ctx, c)).join(' or ')} must be recovered, detection (${dur(detection)}) plus the plan's critical path (${dur(total - detection)} at the ${bound === 'likely' ? 'most likely' : 'high'} durations) comes to ${dur(total)}, ${dur(excess)} more than the ${dur(rto)} the business agreed. The longest step, "${step?.name ?? dominant?.step ?? '?'}", is ${pct(dominant?.share ?? 0)} of the path: shortening it helps most.`,
        evidence: {
          rtoMinutes: rto / MS_PER_MINUTE,
          detectionMinutes: detection / MS_PER_MINUTE,
          likelyMinutes: likely / MS_PER_MINUTE,
          highMinutes: high / MS_PER_MINUTE,
          dominantStep: dominant?.step ?? null,
          dominantShare: dominant?.share ?? null,
          worstSimulatedOutageMinutes: outages.length ? Math.max(...outages) : null,
        },
        subject: [plan.plan, ...(dominant ? [dominant.step] : []), service.id],
        suggestion: {
          text: `Shorten "${step?.name ?? dominant?.step}" by ${dur(excess)} (automate it, prepare it in advance, or keep a warm standby), or choose a faster recovery option.`,
          edit,
        },
      });
    }
  }
  return out;
}

const FRONT_STEP = /assess|invo[kc]|decid|decision/i;

export function detectionShareFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  for (const service of ctx.scenario.services) {
    const rto = service.objectives.rto;
    for (const { plan, components } of plansOf(ctx, service)) {
      const steps = ctx.plan(plan.plan)?.steps ?? [];
      const front = plan.paths.likely.steps
        .map((id) => steps.find((s) => s.id === id))
        .filter((s) => s !== undefined && FRONT_STEP.test(`${s.id} ${s.name}`));
      const frontMs = front.reduce((sum, s) => sum + durationBounds(s!.duration).likely, 0);
      for (const id of components) {
        const c = ctx.component(id)!;
        const share = (c.detection + frontMs) / rto;
        if (share <= 0.5) continue;
        const detectionBigger = c.detection >= frontMs;
        const first = front[0];
        out.push({
          id: `slow-detection:${service.id}:${id}`,
          rule: 'slow-detection',
          severity: share >= 1 ? 'critical' : 'warning',
          title: `Noticing and deciding about a failure of ${nameOf(ctx, id)} uses ${pct(share)} of the RTO`,
          explanation: `Before any repair starts, ${dur(c.detection)} pass until the failure is detected${front.length ? ` and ${dur(frontMs)} more to ${front.map((s) => `"${s!.name}"`).join(' and ')}` : ''}. That leaves ${dur(Math.max(0, rto - c.detection - frontMs))} of the ${dur(rto)} RTO for the recovery itself: late detection and late invocation are classic causes of missed RTOs.`,
          evidence: {
            rtoMinutes: rto / MS_PER_MINUTE,
            detectionMinutes: c.detection / MS_PER_MINUTE,
            assessmentMinutes: frontMs / MS_PER_MINUTE,
            shareOfRto: Math.round(share * 1000) / 1000,
          },
          subject: [id, plan.plan, service.id],
          suggestion:
            detectionBigger || !first
              ? {
                  text: `Monitor ${nameOf(ctx, id)} so that a failure is detected in half the time.`,
                  edit: {
                    kind: 'set-detection',
                    component: id,
                    detection: ms(Math.round(c.detection / 2)),
                  },
                }
              : {
                  text: `Agree in advance when to invoke, so that "${first.name}" takes half as long.`,
                  edit: {
                    kind: 'set-step-duration',
                    plan: plan.plan,
                    step: first.id,
                    duration: scaleDuration(first.duration, 0.5),
                  },
                },
        });
      }
    }
  }
  return out;
}
