import { describe, expect, it } from 'vitest';
import { hours, minutes } from '../../src/core/time.ts';
import { formatIssue, parseScenario, type LoadResult } from '../../src/scenario/index.ts';
import { BASE_LINES } from './fixtures.ts';

/** The base scenario with two teams before `services:`, and `variants` at the end. */
function withTeamVariants(...variants: string[]): string {
  const teams = [
    'teams:',
    '  - { id: dba, name: Database administrators, hours: { mon-fri: "08:00-18:00" }, callOut: 30m-1h }',
    '  - { id: network, hours: always }',
  ];
  return `${[...BASE_LINES.slice(0, 9), ...teams, ...BASE_LINES.slice(9), 'variants:', ...variants].join('\n')}\n`;
}
/** The line of the first variant item. */
const V = BASE_LINES.length + 3 + 2;

function ok(result: LoadResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e)).join('\n'));
  return result;
}

describe('variants change a team: its size, its hours and its call-out', () => {
  it('changes the size, the working hours and the call-out of a team by id; the others stay', () => {
    const r = ok(
      parseScenario(
        withTeamVariants(
          '  - name: more-dbas',
          '    changes:',
          '      teams: { dba: { size: 2, hours: { mon-sun: "07:00-20:00" }, callOut: 15m } }',
        ),
      ),
    );
    const base = r.scenario.teams!.find((t) => t.id === 'dba')!;
    const dba = r.variants[0]!.scenario.teams!.find((t) => t.id === 'dba')!;
    expect(base.size).toBe(1);
    expect(dba.size).toBe(2);
    expect(dba.name).toBe('Database administrators');
    expect(dba.hours.weekly).toEqual(
      Array.from({ length: 7 }, () => [{ from: hours(7), to: hours(20) }]),
    );
    // the scenario calendar's closed day stays a day off for the team
    expect(dba.hours.exceptions.map((e) => e.date)).toEqual(['2026-01-06']);
    expect(dba.callOut).toEqual({ type: 'fixed', value: minutes(15) });
    expect(r.variants[0]!.scenario.teams!.find((t) => t.id === 'network')).toEqual(
      r.scenario.teams!.find((t) => t.id === 'network'),
    );
  });

  it('hours: always makes a team 24x7, with no call-out', () => {
    const r = ok(
      parseScenario(
        withTeamVariants('  - { name: dba-24x7, changes: { teams: { dba: { hours: always } } } }'),
      ),
    );
    const dba = r.variants[0]!.scenario.teams!.find((t) => t.id === 'dba')!;
    expect(dba.hours).toEqual({
      weekly: Array.from({ length: 7 }, () => [{ from: 0, to: hours(24) }]),
      exceptions: [],
    });
    expect(dba.callOut).toEqual({ type: 'fixed', value: 0 });
  });

  it('names an unknown team at its place, with the closest team id', () => {
    const r = parseScenario(
      withTeamVariants('  - { name: x, changes: { teams: { dbaa: { size: 2 } } } }'),
      'v.yaml',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      path: 'variants[0].changes.teams.dbaa',
      line: V,
      message: 'variant x: unknown team "dbaa"',
      hint: 'did you mean dba?',
    });
  });

  it('a size that is no whole number of people is an error at its place', () => {
    const r = parseScenario(
      withTeamVariants('  - { name: x, changes: { teams: { dba: { size: 1.5 } } } }'),
      'v.yaml',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.path).toBe('variants[0].changes.teams.dba.size');
    expect(r.errors[0]!.line).toBe(V);
  });

  it('limited hours for a team that works always in the baseline need a call-out, said at the hours', () => {
    const r = parseScenario(
      withTeamVariants(
        '  - name: x',
        '    changes:',
        '      teams: { network: { hours: { mon-fri: "08:00-18:00" } } }',
      ),
      'v.yaml',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      path: 'variants[0].changes.teams.network.hours',
      line: V + 2,
      message:
        'variant x: team network would work limited hours with no callOut (it works always in the baseline)',
    });
    expect(r.errors[0]!.hint).toContain('callOut: 30m-1h');
    // with the call-out, it is fine
    const fixed = ok(
      parseScenario(
        withTeamVariants(
          '  - name: x',
          '    changes:',
          '      teams: { network: { hours: { mon-fri: "08:00-18:00" }, callOut: 20m } }',
        ),
      ),
    );
    expect(fixed.variants[0]!.scenario.teams!.find((t) => t.id === 'network')!.callOut).toEqual({
      type: 'fixed',
      value: minutes(20),
    });
  });
});
