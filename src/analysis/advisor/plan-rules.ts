/**
 * Findings about recovery plans against the RTO: plans too slow for the objective (naming the
 * dominant step), and detection plus assessment or invocation eating most of the RTO.
 */
import type { Service } from '../../core/model.ts';
import { componentsOf, standbyGroupsOf } from '../../core/topology.ts';
import { durationBounds } from '../../core/sampling.ts';
import { minutes, MS_PER_MINUTE, ms } from '../../core/time.ts';
import type { Bound, PlanAnalysis } from '../bia/types.ts';
import { dur, list, nameOf, pct, type AdvisorContext } from './context.ts';
import { cite, citationText, showsOutage, simulatedRuns, type SimulatedRun } from './simulated.ts';
import { cutsToFit, scaleDuration } from './plan-cuts.ts';
import { suggest, type Finding } from './types.ts';

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

/**
 * Whether losing `components` takes the service down in the BIA's runs: alone (a run of one of
 * them alone shows an outage), only together with others (only runs of combinations do), or
 * never; with those runs, most telling first.
 */
function outageRole(ctx: AdvisorContext, service: Service, components: readonly string[]) {
  // A standby takes over from a lost member after its switch-over: that outage is not the plan's.
  const covered = new Set(standbyGroupsOf(service.requires).flatMap((g) => componentsOf(g)));
  const runs = simulatedRuns(
    ctx,
    service.id,
    (d) => d.kind !== 'surge' && d.components.some((c) => components.includes(c)),
  ).filter(
    (r) =>
      showsOutage(r.figures) &&
      !(r.disruption.components.length === 1 && covered.has(r.disruption.components[0]!)),
  );
  const alone = runs.filter((r) => r.disruption.components.length === 1);
  if (alone.length) return { role: 'alone' as const, partners: [], runs: alone };
  const partners = new Set<string>();
  for (const r of runs)
    for (const c of r.disruption.components) if (!components.includes(c)) partners.add(c);
  return {
    role: runs.length > 0 ? ('together' as const) : ('never' as const),
    partners: [...partners],
    runs,
  };
}

/**
 * The run that shows the plan breaching the RTO at `bound` (restored after the RTO while the
 * service was needed), else one where it overran only outside agreed hours, else the longest
 * outage, back within the RTO. When no run's outage can be told apart (the service was down
 * anyway when the disruption struck, and it only lasted longer), the run is cited `unjudged`.
 */
function breachRun(runs: readonly SimulatedRun[], bound: Bound) {
  const at = runs.filter((r) => r.bound === bound);
  const pool = at.length ? at : runs;
  const judged = pool.filter((r) => r.figures.outageMinutes !== null);
  const breach = judged.find((r) => r.figures.rtoMet === false);
  if (breach) return { run: breach, verdict: 'breached' as const };
  const slower = judged.find((r) => r.figures.planSlowerThanRto);
  if (slower) return { run: slower, verdict: 'outside-hours' as const };
  const longest = [...judged].sort(
    (a, b) => (b.figures.outageMinutes ?? 0) - (a.figures.outageMinutes ?? 0),
  )[0];
  if (longest) return { run: longest, verdict: 'met' as const };
  return pool[0] ? { run: pool[0], verdict: 'unjudged' as const } : null;
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
      const dominant = plan.paths[bound].dominant;
      const source = ctx.plan(plan.plan);
      const step = source?.steps.find((s) => s.id === dominant?.step);
      const excess = total - rto;
      const fit = source ? cutsToFit(source, rto - detection) : null;
      const edits = fit?.enough
        ? fit.cuts.map((c) => ({
            kind: 'set-step-duration' as const,
            plan: plan.plan,
            step: c.step,
            duration: c.duration,
          }))
        : [];
      const cutText = (fit?.cuts ?? [])
        .map((c) => `"${c.name}" from ${dur(minutes(c.from))} to ${dur(minutes(c.to))}`)
        .join(', ');
      const alone = fit !== null && fit.cuts.length === 1 && fit.cuts[0]!.step === step?.id;
      const { role, partners, runs } = outageRole(ctx, service, components);
      const shown = breachRun(runs, bound);
      // Severity follows the loss's role unless the runs show the RTO kept (or kept in business terms).
      const breached = shown?.verdict === 'breached' || shown?.verdict === 'unjudged';
      const lost = components.map((c) => nameOf(ctx, c)).join(' or ');
      const withWhom = partners.length
        ? `only together with ${list(partners.map((c) => nameOf(ctx, c)))} does it`
        : 'only losing them together does';
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
        severity: !breached
          ? 'info'
          : role === 'alone'
            ? bound === 'likely'
              ? 'critical'
              : 'warning'
            : 'warning',
        title: `${plan.name} takes longer than the ${dur(rto)} RTO of ${service.id}${bound === 'high' ? ' at its slow end' : ''}`,
        explanation: `When ${lost} must be recovered, detection (${dur(detection)}) plus the plan's critical path (${dur(total - detection)} at the ${bound === 'likely' ? 'most likely' : 'high'} durations) comes to ${dur(total)}, ${dur(excess)} more than the ${dur(rto)} the business agreed. The longest step, "${step?.name ?? dominant?.step ?? '?'}", is ${pct(dominant?.share ?? 0)} of the path${alone ? ': shortening it helps most.' : `, and shortening it alone cannot close the gap.`} ${
          role === 'never'
            ? `Losing ${lost} never takes ${service.id} down in the BIA's runs (redundancy carries it), so the slow plan only matters for how long the service runs without its spare.`
            : `${
                role === 'alone'
                  ? `Losing ${lost} alone takes ${service.id} down, and the service waits for the plan`
                  : `Losing ${lost} alone does not take ${service.id} down; ${withWhom}, and then the service waits for this plan`
              }: ${citationText(cite(ctx, shown!.run))}.${
                shown!.verdict === 'outside-hours'
                  ? ` The overrun falls outside agreed hours there (no business impact).`
                  : shown!.verdict === 'met'
                    ? ` The service is back within the RTO there: the plan is slower than the RTO, but the outage is not.`
                    : ''
              }`
        }`,
        evidence: {
          rtoMinutes: rto / MS_PER_MINUTE,
          detectionMinutes: detection / MS_PER_MINUTE,
          likelyMinutes: likely / MS_PER_MINUTE,
          highMinutes: high / MS_PER_MINUTE,
          dominantStep: dominant?.step ?? null,
          dominantShare: dominant?.share ?? null,
          outageRole: role,
          worstSimulatedOutageMinutes: outages.length ? Math.max(...outages) : null,
        },
        subject: [plan.plan, ...(dominant ? [dominant.step] : []), service.id],
        ...(shown ? { simulated: cite(ctx, shown.run) } : {}),
        suggestion: suggest(
          fit?.enough
            ? `Shorten ${cutText} at the slow end (automate, prepare in advance, or keep a warm standby), or choose a faster recovery option.`
            : `Even with every step on the critical path cut to a tenth${cutText ? ` (${cutText})` : ''}, detection and the plan take ${dur(detection + minutes(fit?.lengthMinutes ?? 0))}, more than the ${dur(rto)} RTO: choose a faster recovery option (hot standby or mirroring) for ${lost}, or detect the failure sooner.`,
          edits,
        ),
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
        // Both cut by one factor (with a margin for rounding to whole minutes) to half the RTO.
        const factor = (0.9 * rto) / 2 / (c.detection + frontMs);
        const detection = ms(Math.floor((c.detection * factor) / MS_PER_MINUTE) * MS_PER_MINUTE);
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
          suggestion: suggest(
            detectionBigger || front.length === 0
              ? `Monitor ${nameOf(ctx, id)} so that a failure is detected within ${dur(detection)}${front.length ? `, and agree in advance when to invoke so that ${front.map((s) => `"${s!.name}"`).join(' and ')} take${front.length === 1 ? 's' : ''} about ${pct(factor)} as long` : ''}: together they then use at most half the RTO.`
              : `Agree in advance when to invoke, so that ${front.map((s) => `"${s!.name}"`).join(' and ')} take${front.length === 1 ? 's' : ''} about ${pct(factor)} as long${c.detection > 0 ? `, and detect a failure of ${nameOf(ctx, id)} within ${dur(detection)}` : ''}: together they then use at most half the RTO.`,
            [
              ...(c.detection > 0
                ? [{ kind: 'set-detection' as const, component: id, detection }]
                : []),
              ...front.map((st) => ({
                kind: 'set-step-duration' as const,
                plan: plan.plan,
                step: st!.id,
                duration: scaleDuration(st!.duration, factor),
              })),
            ],
          ),
        });
      }
    }
  }
  return out;
}
