/**
 * Findings about the people who recover: two plans that need a team's people at the same
 * time (contention: the later one waits for a free person), and a call-out that breaks the
 * RTO at night (a failure outside the team's hours misses the RTO only because the team must
 * be called out first). Both read the BIA's runs with their teams (`ImpactFigures.recovery`,
 * `PlanAnalysis.withTeams`), so their numbers are the simulation's, and each suggests a change
 * that it has simulated on the same disruption at the same moment (team-fix.ts): only a change
 * that removes the wait, or brings the outage back within the RTO, is offered as one.
 */
import { humanDuration } from '../event-log.ts';
import { proseWhen } from '../prose-time.ts';
import type {
  DisruptionResult,
  ImpactFigures,
  PlanRunFigures,
  RecoveryFigures,
} from '../bia/types.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import { list, type AdvisorContext } from './context.ts';
import { callOutFixes, contentionFix, type TeamFix } from './team-fix.ts';
import { suggest, type Citation, type Finding } from './types.ts';

const words = (minutes: number) => humanDuration(minutes * MS_PER_MINUTE);
const PEOPLE = ['no one', 'single person', 'two people', 'three people', 'four people'];
const people = (n: number) => (n === 1 ? 'single person' : (PEOPLE[n] ?? `${n} people`));
const COUNT = ['no', 'one', 'two', 'three', 'four', 'five'];
const count = (n: number) => COUNT[n] ?? String(n);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Contention {
  readonly d: DisruptionResult;
  readonly service: string;
  readonly at: string;
  readonly t: number;
  readonly injects: Citation['injects'];
  readonly figures: ImpactFigures;
  readonly plans: readonly RecoveryFigures[];
  /** The plan that waited longest for a free person, and how long (minutes). */
  readonly later: RecoveryFigures;
  readonly waited: number;
}

/** The BIA's runs (most likely) in which plans waited for a free person of `team`, longest wait first. */
function contentions(ctx: AdvisorContext, team: string): Contention[] {
  const out: Contention[] = [];
  for (const d of ctx.bia.disruptions)
    for (const impact of d.impacts) {
      const recovery = impact.bounds.likely?.recovery ?? [];
      const needing = recovery.filter((r) => r.waits.some((w) => w.team === team));
      const waited = (r: RecoveryFigures) =>
        r.waits.find((w) => w.team === team)?.personMinutes ?? 0;
      const later = [...needing].sort((a, b) => waited(b) - waited(a))[0];
      if (!later || waited(later) <= 0) continue;
      const place = ctx.bia.placements.find((p) => p.service === impact.service);
      out.push({
        d,
        service: impact.service,
        at: impact.at,
        t: place?.[impact.placement].t ?? impact.injects[0]?.at ?? 0,
        injects: impact.injects,
        figures: impact.bounds.likely!,
        plans: recovery.filter(
          (r) =>
            r.waits.some((w) => w.team === team) ||
            (ctx.plan(r.plan)?.steps.some((s) => s.owner === team) ?? false),
        ),
        later,
        waited: waited(later),
      });
    }
  return out.sort((a, b) => b.waited - a.waited);
}

export function contentionFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  for (const team of ctx.scenario.teams ?? []) {
    const worst = contentions(ctx, team.id)[0];
    if (!worst) continue;
    const plan = (id: string) => ctx.plan(id)?.name ?? id;
    const fix = contentionFix(ctx.scenario, team, worst);
    const n = Math.max(2, new Set(worst.plans.map((r) => `${r.plan}|${r.component}`)).size);
    const who = `${team.name}'${team.name.endsWith('s') ? '' : 's'} ${people(team.size)}`;
    const restore = (r: RecoveryFigures) =>
      `"${plan(r.plan)}" for ${ctx.component(r.component)?.name ?? r.component}`;
    const citation: Citation = {
      disruption: worst.d.id,
      label: worst.d.label,
      service: worst.service,
      placement: 'worst',
      at: worst.at,
      t: worst.t,
      bound: 'likely',
      shows: `${restore(worst.later)} waits ${words(worst.waited)} for ${team.name}`,
      injects: worst.injects,
    };
    // The service may be back with the first plan: then the wait delays only the return of a
    // stand-in, and the finding says so rather than let a planner expect a shorter outage.
    const outage = worst.figures.outageMinutes;
    const sameOutage =
      fix !== null && outage !== null && fix.outageMinutes !== null && fix.outageMinutes >= outage;
    const laterName = ctx.component(worst.later.component)?.name ?? worst.later.component;
    const serviceName =
      ctx.scenario.services.find((s) => s.id === worst.service)?.name ?? worst.service;
    const exposure = sameOutage
      ? ` The outage of ${serviceName} is the same either way (${words(outage)}): it is back with the first plan, but ${laterName} is back ${words(worst.waited)} later, and until then ${serviceName} runs without it.`
      : '';
    out.push({
      id: `team-contention:${team.id}`,
      rule: 'team-contention',
      severity: sameOutage ? 'info' : 'warning',
      title: `${capital(count(n))} plans need ${who} at the same time: the ${n === 2 ? 'second' : 'last'} waits ${words(worst.waited)}`,
      explanation: `When ${worst.d.label.replace(/ fails?$/, '')} ${worst.d.components.length > 1 ? 'fail' : 'fails'} at ${proseWhen(worst.at)}, ${list(worst.plans.map(restore))} ${n === 2 ? 'both' : 'all'} need ${team.name}, who can work on ${team.size === 1 ? 'one step' : `${team.size} steps`} at a time. ${restore(worst.later)} waits ${words(worst.waited)} for a free person before it can go on, as the BIA's run of "${worst.d.label}" (most-likely durations) shows.${fix ? ` ${fix.shows}` : ''}${exposure}`,
      evidence: {
        team: team.name,
        teamSize: team.size,
        plans: worst.plans.map(restore).join(', '),
        waitedMinutes: worst.waited,
        failedAt: worst.at,
        ...(fix ? { fixedOutageMinutes: fix.outageMinutes } : {}),
      },
      subject: [team.id, worst.later.plan, worst.service],
      simulated: citation,
      suggestion: suggest(
        `Add a ${team.size === 1 ? 'second' : 'further'} person to ${team.name}${team.size === 1 ? '' : ` (${team.size + 1} people)`} or arrange on-call cover from another team, so that the plans do not queue for the same people.`,
        fix ? [fix.edit] : [],
      ),
    });
  }
  return out;
}

/** The call-out minutes on the plan's critical path in the run. */
const callOutOnPath = (r: RecoveryFigures) =>
  r.path.filter((p) => p.kind === 'call-out').reduce((sum, p) => sum + p.minutes, 0);

export function nightCallOutFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  for (const plan of ctx.bia.plans) {
    const night = plan.withTeams?.find((w) => w.when === 'night');
    if (!night) continue;
    const service = ctx.scenario.services.find((s) => s.id === night.service);
    const outage = night.figures.outageMinutes;
    const callOut = callOutOnPath(night.recovery);
    if (!service || outage === null || callOut <= 0) continue;
    const rto = service.objectives.rto / MS_PER_MINUTE;
    if (outage <= rto || outage - callOut > rto) continue;
    const teams = [
      ...new Set(night.recovery.path.flatMap((p) => (p.kind === 'call-out' ? [p.team!] : []))),
    ];
    const team = (ctx.scenario.teams ?? []).find((t) => t.id === teams[0]);
    if (!team) continue;
    const fixes = callOutFixes(ctx.scenario, team, night, rto);
    out.push(nightFinding(ctx, plan.name, plan.plan, night, team, callOut, outage, rto, fixes));
  }
  return out;
}

function nightFinding(
  ctx: AdvisorContext,
  planName: string,
  planId: string,
  night: PlanRunFigures,
  team: { id: string; name: string },
  callOut: number,
  outage: number,
  rto: number,
  fixes: readonly TeamFix[],
): Finding {
  const lost = ctx.component(night.recovery.component)?.name ?? night.recovery.component;
  const needed = night.figures.rtoMet === false;
  const call = night.recovery.callOuts.find((c) => c.team === team.id);
  const called = call
    ? `: called out at ${proseWhen(call.calledAt).slice(-5)}, at work ${proseWhen(call.arrivesAt).slice(-5)}`
    : '';
  const citation: Citation = {
    disruption: `fail:${night.recovery.component}`,
    label: `${lost} fails`,
    service: night.service,
    placement: 'night',
    at: night.at,
    t: night.t,
    bound: 'likely',
    shows: `down ${words(outage)}, ${words(outage - rto)} over the RTO, ${words(callOut)} of it waiting for the call-out of ${team.name}`,
    injects: night.injects,
  };
  const best = fixes[0];
  return {
    id: `night-call-out:${night.service}:${planId}`,
    rule: 'night-call-out',
    severity: needed ? 'warning' : 'info',
    title: `At night the call-out of ${team.name} makes "${planName}" miss the ${words(rto)} RTO`,
    explanation: `When ${lost} fails at ${proseWhen(night.at)}, outside the working hours of ${team.name}, the plan waits ${words(callOut)} for them${called}. The service is down ${words(outage)}, ${words(outage - rto)} more than the ${words(rto)} RTO; without the call-out it would be ${words(outage - callOut)}, within it.${
      needed
        ? ' The service is needed then, so the RTO is breached.'
        : ' The service is not needed at that hour, so the business does not feel it (plan slower than the RTO, no business impact).'
    }${fixes.length ? ` Simulated on the same failure: ${fixes.map((f) => f.shows).join('; ')}.` : ''}`,
    evidence: {
      team: team.name,
      callOutMinutes: callOut,
      failedAt: night.at,
      outageMinutes: outage,
      rtoMinutes: rto,
      ...(best ? { fixedOutageMinutes: best.outageMinutes } : {}),
    },
    subject: [team.id, planId, night.service],
    simulated: citation,
    suggestion: suggest(
      best
        ? `${capital(best.text)}${
            fixes.length > 1
              ? `, or ${fixes
                  .slice(1)
                  .map((f) => f.text)
                  .join(', or ')}`
              : ''
          }.`
        : `Arrange on-call cover for ${team.name} or widen their working hours.`,
      best ? [best.edit] : [],
    ),
  };
}
