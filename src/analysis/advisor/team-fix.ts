/**
 * Changes to a team that the advisor offers only once it has simulated them: the same
 * disruption at the same moment, in the scenario with the change, under the BIA's conditions
 * (most-likely durations and call-outs). A change is kept when it does what its finding asks:
 * no plan waits for a free person any more (contention), or the outage is back within the RTO
 * (a night call-out).
 */
import { BiaEvaluator } from '../bia/evaluator.ts';
import type { Disruption, ImpactFigures, PlanRunFigures } from '../bia/types.ts';
import { humanDuration } from '../event-log.ts';
import type { Inject, Scenario, Team } from '../../core/model.ts';
import { MS_PER_DAY, minutes, MS_PER_MINUTE } from '../../core/time.ts';
import { applyEdit } from './apply-edit.ts';
import type { ScenarioEdit } from './types.ts';

export interface TeamFix {
  readonly edit: ScenarioEdit;
  /** The change in words: `get Database administrators to work within 30 min of a call`. */
  readonly text: string;
  /** What its simulation showed, in words. */
  readonly shows: string;
  /** The outage with the change, minutes (null: no outage). */
  readonly outageMinutes: number | null;
}

const words = (m: number) => humanDuration(m * MS_PER_MINUTE);

/** The disruption run again in `variant`, at the same moment, most-likely durations. */
export function rerun(
  variant: Scenario,
  d: Disruption,
  serviceId: string,
  t: number,
  injects: readonly Inject[],
): ImpactFigures | null {
  const service = variant.services.find((s) => s.id === serviceId);
  return service ? new BiaEvaluator(variant).impact(d, service, t, 'likely', injects) : null;
}

export function contentionFix(
  scenario: Scenario,
  team: Team,
  run: {
    d: Disruption;
    service: string;
    t: number;
    injects: readonly Inject[];
    figures: ImpactFigures;
  },
): TeamFix | null {
  const edit: ScenarioEdit = { kind: 'set-team-size', team: team.id, size: team.size + 1 };
  const after = rerun(applyEdit(scenario, edit), run.d, run.service, run.t, run.injects);
  if (!after) return null;
  const waits = (after.recovery ?? []).flatMap((r) => r.waits.filter((w) => w.team === team.id));
  if (waits.some((w) => w.personMinutes > 0)) return null;
  const before = run.figures.outageMinutes;
  const outage = after.outageMinutes;
  const down =
    before !== null && outage !== null && outage < before
      ? `: the service is down ${words(outage)} instead of ${words(before)}`
      : '';
  return {
    edit,
    text: `add a person to ${team.name} (${team.size + 1} people)`,
    shows: `With ${team.size + 1} people, simulated on the same failure, no plan waits for a free person${down}.`,
    outageMinutes: outage,
  };
}

/** Every day 00:00-24:00. */
const ROUND_THE_CLOCK = Array.from({ length: 7 }, () => [{ from: 0, to: MS_PER_DAY }]);

/**
 * A shorter call-out (on-call cover: the longest, in whole 5 minutes where it can, that brings
 * the outage within the RTO) and round-the-clock hours, each kept when its simulation of the
 * night failure is back within the RTO.
 */
export function callOutFixes(
  scenario: Scenario,
  team: Team,
  night: PlanRunFigures,
  rtoMinutes: number,
): TeamFix[] {
  const outage = night.figures.outageMinutes ?? 0;
  const callOut = night.recovery.path
    .filter((p) => p.kind === 'call-out' && p.team === team.id)
    .reduce((sum, p) => sum + p.minutes, 0);
  const room = Math.floor(callOut - (outage - rtoMinutes));
  const within = room >= 5 ? Math.floor(room / 5) * 5 : room;
  const d: Disruption = {
    id: `fail:${night.recovery.component}`,
    kind: 'single',
    label: `${night.recovery.component} fails`,
    components: [night.recovery.component],
    factor: null,
    reason: 'every single component failure',
  };
  const candidates: { edit: ScenarioEdit; text: string }[] = [
    ...(within >= 1
      ? [
          {
            edit: {
              kind: 'set-team-call-out' as const,
              team: team.id,
              callOut: { type: 'fixed' as const, value: minutes(within) },
            },
            text: `get ${team.name} to work within ${words(within)} of a call (on-call cover)`,
          },
        ]
      : []),
    {
      edit: { kind: 'set-team-hours', team: team.id, weekly: ROUND_THE_CLOCK },
      text: `have ${team.name} at work round the clock (24x7 shifts)`,
    },
  ];
  return candidates.flatMap(({ edit, text }) => {
    const after = rerun(applyEdit(scenario, edit), d, night.service, night.t, night.injects);
    const m = after?.outageMinutes ?? null;
    if (!after || (m !== null && m > rtoMinutes)) return [];
    return [
      {
        edit,
        text,
        shows: `${text.replace(/ \(.*\)$/, '')}: ${m === null ? 'no outage' : `down ${words(m)}, within the RTO`}`,
        outageMinutes: m,
      },
    ];
  });
}
