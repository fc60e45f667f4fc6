/**
 * Checks of the teams across the document: duplicate team ids, escalations and invocation
 * decisions that name no team (errors, with the closest id), escalation loops (a warning: see
 * below), a call-out that can never apply (a warning), and step owners that name no declared
 * team (a warning, only when the file declares teams: such a step is done by an unlimited team
 * that is always at work, as every step was before teams existed).
 *
 * An escalation loop (dba -> platform-team -> dba) is a warning, not an error: escalation is
 * printed in the call tree and changes no result, and two teams that cover for each other
 * (follow-the-sun desks) may name each other on purpose. A team escalating to itself is an
 * error: it can only be a slip.
 */
import { findCycles } from './graph-checks.ts';
import type { PathSegment } from './issues.ts';
import type { ScenarioFileOutput } from './schema.ts';
import { closest, suggestion } from './suggest.ts';
import type { RawIssue } from './zod-issues.ts';

function duplicateTeams(teams: readonly { id: string }[], out: RawIssue[]): void {
  const first = new Map<string, number>();
  teams.forEach((team, index) => {
    const earlier = first.get(team.id);
    if (earlier === undefined) first.set(team.id, index);
    else
      out.push({
        severity: 'error',
        path: ['teams', index, 'id'],
        message: `duplicate team id "${team.id}"; teams[${earlier}] already uses it`,
        hint: `give each team its own id, e.g. id: ${team.id}-2`,
      });
  });
}

function unknownTeam(ref: string, ids: readonly string[], path: PathSegment[]): RawIssue {
  return {
    severity: 'error',
    path,
    message: `unknown team "${ref}"`,
    hint:
      ids.length === 0
        ? `declare it under teams, e.g. teams: [{ id: ${ref}, hours: always }], or remove the reference`
        : suggestion(ref, ids, 'team'),
  };
}

function escalations(file: ScenarioFileOutput, ids: readonly string[], out: RawIssue[]): void {
  const teams = file.teams ?? [];
  const known = new Set(ids);
  teams.forEach((team, t) => {
    const to = team.escalation;
    if (to === undefined) return;
    if (to === team.id)
      out.push({
        severity: 'error',
        path: ['teams', t, 'escalation'],
        message: `team ${team.id} escalates to itself`,
        hint: 'name the team it escalates to, e.g. escalation: platform-team, or remove escalation',
      });
    else if (!known.has(to)) out.push(unknownTeam(to, ids, ['teams', t, 'escalation']));
  });
  const needs = new Map(
    teams.map((team) => [
      team.id,
      team.escalation === undefined || team.escalation === team.id ? [] : [team.escalation],
    ]),
  );
  for (const cycle of findCycles(ids, needs)) {
    const t = ids.indexOf(cycle[0] ?? '');
    out.push({
      severity: 'warning',
      path: ['teams', t, 'escalation'],
      message: `the teams escalate to each other in a loop: ${cycle.join(' -> ')}; nobody above them is called`,
      hint: 'end the chain with a team that escalates to nobody (leave out its escalation), unless they cover for each other on purpose',
    });
  }
}

/** A callOut on a team that is always at work: it never applies. */
function idleCallOuts(file: ScenarioFileOutput, out: RawIssue[]): void {
  (file.teams ?? []).forEach((team, t) => {
    if (team.hours === 'always' && team.callOut !== undefined)
      out.push({
        severity: 'warning',
        path: ['teams', t, 'callOut'],
        message: `team ${team.id} is always at work (hours: always): its callOut is never used`,
        hint: 'remove callOut, or give the team working hours, e.g. hours: { mon-fri: "08:00-18:00" }',
      });
  });
}

function owners(file: ScenarioFileOutput, ids: readonly string[], out: RawIssue[]): void {
  const known = new Set(ids);
  file.plans.forEach((plan, p) =>
    plan.steps.forEach((step, s) => {
      const owner = step.owner;
      if (owner === undefined || known.has(owner)) return;
      out.push({
        severity: 'warning',
        path: ['plans', p, 'steps', s, 'owner'],
        message: `owner "${owner}" names no declared team: it is treated as an unlimited team that is always at work (the step never waits for people)`,
        get hint() {
          const near = closest(owner, ids);
          return near !== null
            ? `did you mean ${near}?`
            : `name one of the teams (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', ...' : ''}), or declare it under teams, e.g. - { id: ${owner}, hours: always }`;
        },
      });
    }),
  );
}

/** The team checks of a validated file. */
export function checkTeams(file: ScenarioFileOutput): RawIssue[] {
  const out: RawIssue[] = [];
  const teams = file.teams ?? [];
  const ids = teams.map((t) => t.id);
  duplicateTeams(teams, out);
  escalations(file, ids, out);
  idleCallOuts(file, out);
  file.services.forEach((service, s) => {
    const by = service.invocation?.decidedBy;
    if (by !== undefined && !ids.includes(by))
      out.push(unknownTeam(by, ids, ['services', s, 'invocation', 'decidedBy']));
  });
  if (teams.length > 0) owners(file, ids, out);
  return out;
}
