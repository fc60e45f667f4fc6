/**
 * Each recovery plan as simulated with its teams (scenarios that declare teams): its first
 * component fails alone at the service's worst moment in agreed hours (the BIA table's run),
 * and at night: the first whole hour of that day, from 02:00 on, at which none of the plan's
 * declared teams with limited hours is at work (the next days when the whole day is worked), so the plan starts
 * with a call-out. Both at the most-likely durations and call-outs, as the table's runs, so
 * the words the BIA view shows for a plan ("dominated by the call-out of Database
 * administrators") are those of a run anyone can replay.
 */
import { agreedIntervals } from '../../core/calendar.ts';
import { formatLocal } from '../../core/civil.ts';
import { involvedComponents } from '../../core/involved.ts';
import type { RecoveryPlan, Scenario, Team } from '../../core/model.ts';
import { MS_PER_DAY, MS_PER_HOUR } from '../../core/time.ts';
import { localAt } from '../../core/zone.ts';
import { dayStartOf } from './derive.ts';
import type { BiaEvaluator } from './evaluator.ts';
import { disruptionInjects } from './injects.ts';
import type { DisruptionResult, PlanRunFigures, PlacementTimes } from './types.ts';

/** The hours of a day tried for a night failure, in order. */
const NIGHT_HOURS = [
  2, 3, 4, 5, 1, 0, 23, 22, 21, 20, 6, 7, 19, 8, 18, 9, 17, 10, 16, 11, 15, 12, 14, 13,
];

/** The declared teams that own steps of `plan`. */
export function teamsOfPlan(scenario: Scenario, plan: RecoveryPlan): string[] {
  const declared = new Set((scenario.teams ?? []).map((t) => t.id));
  return [
    ...new Set(plan.steps.flatMap((s) => (s.owner && declared.has(s.owner) ? [s.owner] : []))),
  ];
}

const roundTheClock = (t: Team): boolean =>
  t.hours.exceptions.length === 0 &&
  t.hours.weekly.length === 7 &&
  t.hours.weekly.every((d) => d.some((w) => w.from <= 0 && w.to >= MS_PER_DAY));

/**
 * A moment on the day of `t` (or one of the 6 days after) at which none of `teams` that work
 * limited hours is at work (a 24x7 team is always there), inside the scenario's horizon; null
 * when there is none or every one of them works round the clock.
 */
export function nightMoment(
  scenario: Scenario,
  teams: readonly string[],
  t: number,
): number | null {
  const hours = (scenario.teams ?? [])
    .filter((x) => teams.includes(x.id) && !roundTheClock(x))
    .map((x) => agreedIntervals(x.hours, scenario, scenario.horizon));
  const atWork = (at: number) =>
    hours.some((list) => list.some((i) => i.start <= at && at < i.end));
  if (hours.length === 0) return null;
  for (let day = 0; day < 7; day++) {
    const start = dayStartOf(scenario, t + day * MS_PER_DAY);
    for (const h of NIGHT_HOURS) {
      const at = start + h * MS_PER_HOUR;
      if (at >= 0 && at < scenario.horizon && !atWork(at)) return at;
    }
  }
  return null;
}

export function planRunsWithTeams(
  scenario: Scenario,
  plan: RecoveryPlan,
  results: readonly DisruptionResult[],
  placements: readonly PlacementTimes[],
  evaluator: BiaEvaluator,
): PlanRunFigures[] {
  const teams = teamsOfPlan(scenario, plan);
  if (teams.length === 0) return [];
  const component = scenario.components.find((c) => c.recovery === plan.id);
  const service = component
    ? scenario.services.find((s) => involvedComponents(scenario, s).includes(component.id))
    : undefined;
  const d = results.find((r) => r.kind === 'single' && r.components[0] === component?.id);
  const place = placements.find((p) => p.service === service?.id);
  if (!component || !service || !d || !place) return [];
  const out: PlanRunFigures[] = [];
  const worst = d.impacts.find((i) => i.service === service.id && i.placement === 'worst');
  // the table's run again, with the plans' paths even where nothing waited
  const figures =
    worst && evaluator.impact(d, service, place.worst.t, 'likely', worst.injects, true);
  const mine = figures?.recovery?.find((r) => r.plan === plan.id);
  if (worst && figures && mine)
    out.push({
      when: 'worst',
      service: service.id,
      at: worst.at,
      t: place.worst.t,
      injects: worst.injects,
      figures,
      recovery: mine,
    });
  const night = nightMoment(scenario, teams, place.worst.t);
  if (night !== null) {
    const injects = disruptionInjects(d, night, scenario, service);
    const f = evaluator.impact(d, service, night, 'likely', injects, true);
    const r = f.recovery?.find((x) => x.plan === plan.id);
    if (r)
      out.push({
        when: 'night',
        service: service.id,
        at: formatLocal(localAt(scenario, night)).slice(0, 16),
        t: night,
        injects,
        figures: f,
        recovery: r,
      });
  }
  return out;
}
