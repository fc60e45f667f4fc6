import { describe, expect, it } from 'vitest';
import { hours, minutes } from '../../src/core/time.ts';
import { parseScenario, type LoadResult } from '../../src/scenario/index.ts';
import { BASE, BASE_LINES } from './fixtures.ts';

/** The base scenario with `teams` inserted before `services:` (line 10): team line i is line 10 + i. */
function withTeams(teams: string[], edit: (lines: string[]) => string[] = (l) => l): string {
  const lines = [...BASE_LINES.slice(0, 9), 'teams:', ...teams, ...BASE_LINES.slice(9)];
  return `${edit(lines).join('\n')}\n`;
}

/** Inserts `extra` after the first line that equals `after`. */
const insertAfter =
  (after: string, ...extra: string[]) =>
  (lines: string[]): string[] => {
    const at = lines.indexOf(after);
    if (at < 0) throw new Error(`no line ${after}`);
    return [...lines.slice(0, at + 1), ...extra, ...lines.slice(at + 1)];
  };

const DBA = [
  '  - id: dba', // 11
  '    name: Database administrators', // 12
  '    size: 2', // 13
  '    hours: { mon-fri: "08:00-18:00" }', // 14
  '    callOut: 30m-1h', // 15
  '    contacts:', // 16
  '      - { role: On-call DBA, name: Jana Weber, reach: "+49 69 5550 1234" }', // 17
  '      - { role: Team lead, name: Tomasz Nowak }', // 18
  '    escalation: network', // 19
];
const NETWORK = ['  - id: network', '    hours: always']; // 20, 21

function ok(result: LoadResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return result;
}
const issues = (r: LoadResult) => (r.ok ? [] : r.errors);
const shape = (i: { severity: string; path: string; line: number | null; message: string }) => ({
  severity: i.severity,
  path: i.path,
  line: i.line,
  message: i.message,
});

describe('the teams section of a scenario file', () => {
  it('reads a team: name, size, weekly hours Monday first, call-out, contacts and escalation', () => {
    const { scenario, warnings } = ok(parseScenario(withTeams([...DBA, ...NETWORK])));
    expect(warnings).toEqual([]);
    const dba = scenario.teams?.[0];
    const office = [{ from: hours(8), to: hours(18) }];
    expect(dba).toEqual({
      id: 'dba',
      name: 'Database administrators',
      size: 2,
      hours: {
        weekly: [office, office, office, office, office, [], []],
        // The scenario calendar's closed day (line 9) is a day off for the team too.
        exceptions: [{ date: '2026-01-06', windows: [], note: null }],
      },
      callOut: { type: 'uniform', min: minutes(30), max: hours(1) },
      contacts: [
        { role: 'On-call DBA', name: 'Jana Weber', reach: '+49 69 5550 1234' },
        { role: 'Team lead', name: 'Tomasz Nowak', reach: null },
      ],
      escalation: 'network',
    });
  });

  it('hours: always is every day 00:00-24:00 with no days off and no call-out; name and size default', () => {
    const { scenario } = ok(parseScenario(withTeams([...DBA, ...NETWORK])));
    const allDay = [{ from: 0, to: hours(24) }];
    expect(scenario.teams?.[1]).toEqual({
      id: 'network',
      name: 'network',
      size: 1,
      hours: { weekly: Array.from({ length: 7 }, () => allDay), exceptions: [] },
      callOut: { type: 'fixed', value: 0 },
      contacts: [],
      escalation: null,
    });
  });

  it('a call-out may be fixed or triangular, like a step duration', () => {
    const fixed = withTeams(['  - { id: dba, hours: { daily: "09:00-17:00" }, callOut: 45m }']);
    expect(ok(parseScenario(fixed)).scenario.teams?.[0]?.callOut).toEqual({
      type: 'fixed',
      value: minutes(45),
    });
    const triangular = withTeams([
      '  - { id: dba, hours: { daily: "09:00-17:00" }, callOut: { min: 20m, likely: 30m, max: 1h } }',
    ]);
    expect(ok(parseScenario(triangular)).scenario.teams?.[0]?.callOut).toEqual({
      type: 'triangular',
      min: minutes(20),
      likely: minutes(30),
      max: hours(1),
    });
  });

  it("a team's days off are the scenario calendar's public holidays and closed days, not its short days", () => {
    const text = withTeams(
      ['  - { id: dba, hours: { mon-fri: "08:00-18:00" }, callOut: 30m-1h }'],
      insertAfter(
        '    - { date: 2026-01-06, closed: true }',
        '    - { date: 2026-01-07, hours: "09:00-12:00", note: Short day }',
        '  holidays: DE-HE',
      ),
    );
    const { scenario } = ok(parseScenario(text));
    const days = new Map(scenario.teams?.[0]?.hours.exceptions.map((e) => [e.date, e.windows]));
    expect(days.get('2026-01-06')).toEqual([]); // closed: true
    expect(days.has('2026-01-07')).toBe(false); // a short day of the business, not of the team
    expect(days.get('2026-04-03')).toEqual([]); // Good Friday (DE-HE)
    expect(days.get('2026-12-25')).toEqual([]); // Christmas Day (DE-HE)
    // Christmas Eve closes from 14:00 in Hesse: the team's 08:00-18:00 becomes 08:00-14:00.
    expect(days.get('2026-12-24')).toEqual([{ from: hours(8), to: hours(14) }]);
    // The business's own calendar keeps its short day.
    expect(scenario.calendar.exceptions.find((e) => e.date === '2026-01-07')?.windows).toEqual([
      { from: hours(9), to: hours(12) },
    ]);
  });

  it('reads a service priority and invocation, and a plan review cycle', () => {
    const text = withTeams([...DBA, ...NETWORK], (lines) =>
      insertAfter(
        '  - id: db-failover',
        '    review: { owner: Head of IT operations, every: 12 months, last: 2026-03-15 }',
      )(
        insertAfter(
          '    impact: { costPerHour: 40000 }',
          '    priority: 1',
          '    invocation:',
          '      criteria: "The primary database is lost and cannot be back within 30 minutes"',
          '      decidedBy: network',
          '      assessment: 15m',
        )(lines),
      ),
    );
    const { scenario } = ok(parseScenario(text));
    expect(scenario.services[0]?.priority).toBe(1);
    expect(scenario.services[0]?.invocation).toEqual({
      criteria: 'The primary database is lost and cannot be back within 30 minutes',
      decidedBy: 'network',
      assessment: minutes(15),
    });
    expect(scenario.plans[1]?.review).toEqual({
      owner: 'Head of IT operations',
      every: { unit: 'month', count: 12 },
      last: '2026-03-15',
    });
    expect(scenario.plans[0]?.review).toBeUndefined();
  });

  it.each([
    ['1 year', { unit: 'year', count: 1 }],
    ['2 years', { unit: 'year', count: 2 }],
    ['6 weeks', { unit: 'week', count: 6 }],
    ['90 days', { unit: 'day', count: 90 }],
    ['1 month', { unit: 'month', count: 1 }],
  ])('review every: %s reads as %o; last is optional (never reviewed)', (every, period) => {
    const text = withTeams(
      NETWORK,
      insertAfter('  - id: db-failover', `    review: { owner: IT operations, every: ${every} }`),
    );
    expect(ok(parseScenario(text)).scenario.plans[1]?.review).toEqual({
      owner: 'IT operations',
      every: period,
      last: null,
    });
  });

  it('a file without teams parses to the model it always did: no teams, priority, invocation or review keys', () => {
    const { scenario, warnings } = ok(parseScenario(BASE));
    expect(Object.keys(scenario)).not.toContain('teams');
    for (const service of scenario.services)
      expect(Object.keys(service).sort()).toEqual(
        ['calendar', 'demand', 'id', 'impact', 'name', 'objectives', 'requires'].sort(),
      );
    for (const plan of scenario.plans) expect(Object.keys(plan)).toEqual(['id', 'name', 'steps']);
    // The base's step owner `network` names no team, and there are none: no warning about it.
    expect(warnings.filter((w) => w.path.endsWith('.owner'))).toEqual([]);
  });

  it('the fast reader and the yaml library give the same result for a file with teams', () => {
    const text = withTeams([...DBA, ...NETWORK]);
    expect(parseScenario(text)).toStrictEqual(parseScenario(text, undefined, { reader: 'yaml' }));
  });
});

describe('errors and warnings about teams', () => {
  it('a team with limited hours and no callOut is refused at the team, with a hint', () => {
    const r = parseScenario(withTeams(['  - id: dba', '    hours: { mon-fri: "08:00-18:00" }']));
    expect(issues(r)).toEqual([
      {
        severity: 'error',
        path: 'teams[0].callOut',
        line: 11,
        column: 5,
        message:
          'team dba works limited hours but has no callOut: how long does it take to be at work outside them?',
        hint: 'callOut: 30m-1h (or 45m, or { min: 20m, likely: 30m, max: 1h }), or hours: always for a team at work 24x7',
      },
    ]);
  });

  it('an escalation to an unknown team is refused with the closest team id', () => {
    const dba = DBA.map((l) => l.replace('escalation: network', 'escalation: netwrk'));
    const [issue] = issues(parseScenario(withTeams([...dba, ...NETWORK])));
    expect(issue).toMatchObject({
      severity: 'error',
      path: 'teams[0].escalation',
      line: 19,
      column: 17,
      message: 'unknown team "netwrk"',
      hint: 'did you mean network?',
    });
  });

  it('an invocation decided by an unknown team is refused with the closest team id', () => {
    const text = withTeams(
      [...DBA, ...NETWORK],
      insertAfter(
        '    impact: { costPerHour: 40000 }',
        '    invocation: { criteria: Lost, decidedBy: dbas }',
      ),
    );
    expect(issues(parseScenario(text)).map(shape)).toEqual([
      {
        severity: 'error',
        path: 'services[0].invocation.decidedBy',
        line: 30,
        message: 'unknown team "dbas"',
      },
    ]);
    expect(issues(parseScenario(text))[0]?.hint).toBe('did you mean dba?');
  });

  it('decidedBy in a file without teams is refused, saying to declare the team', () => {
    const text = withTeams([], (lines) =>
      insertAfter(
        '    impact: { costPerHour: 40000 }',
        '    invocation: { criteria: Lost, decidedBy: it-ops }',
      )(lines.filter((l) => l !== 'teams:')),
    );
    expect(issues(parseScenario(text))[0]).toMatchObject({
      path: 'services[0].invocation.decidedBy',
      message: 'unknown team "it-ops"',
      hint: 'declare it under teams, e.g. teams: [{ id: it-ops, hours: always }], or remove the reference',
    });
  });

  it('two teams with one id are refused at the second', () => {
    const r = parseScenario(withTeams([...NETWORK, ...NETWORK]));
    expect(issues(r).map(shape)).toEqual([
      {
        severity: 'error',
        path: 'teams[1].id',
        line: 13,
        message: 'duplicate team id "network"; teams[0] already uses it',
      },
    ]);
  });

  it('a team escalating to itself is refused', () => {
    const r = parseScenario(withTeams([...NETWORK, '    escalation: network']));
    expect(issues(r).map(shape)).toEqual([
      {
        severity: 'error',
        path: 'teams[0].escalation',
        line: 13,
        message: 'team network escalates to itself',
      },
    ]);
  });

  it('teams that escalate to each other in a loop get a warning, and the file loads', () => {
    const r = ok(
      parseScenario(
        withTeams([
          '  - { id: network, hours: always, escalation: dba }',
          '  - { id: dba, hours: always, escalation: network }',
        ]),
      ),
    );
    expect(r.warnings.map(shape)).toEqual([
      {
        severity: 'warning',
        path: 'teams[0].escalation',
        line: 11,
        message:
          'the teams escalate to each other in a loop: network -> dba -> network; nobody above them is called',
      },
    ]);
  });

  it('a callOut on a team that is always at work gets a warning that it is never used', () => {
    const r = ok(parseScenario(withTeams(['  - { id: network, hours: always, callOut: 30m }'])));
    expect(r.warnings.map(shape)).toEqual([
      {
        severity: 'warning',
        path: 'teams[0].callOut',
        line: 11,
        message: 'team network is always at work (hours: always): its callOut is never used',
      },
    ]);
  });

  it('an owner that names no declared team is a warning naming the closest team id', () => {
    // Line 38 of the base (now 40): the lb-failover step owned by `network`.
    const r = ok(parseScenario(withTeams(['  - { id: netwrk, hours: always }'])));
    expect(r.warnings).toEqual([
      {
        severity: 'warning',
        path: 'plans[0].steps[0].owner',
        line: 40,
        column: 48,
        message:
          'owner "network" names no declared team: it is treated as an unlimited team that is always at work (the step never waits for people)',
        hint: 'did you mean netwrk?',
      },
    ]);
  });

  it('an owner far from every team id is told the team ids, or to declare it', () => {
    const r = ok(parseScenario(withTeams(['  - { id: dba, hours: always }'])));
    expect(r.warnings[0]?.hint).toBe(
      'name one of the teams (dba), or declare it under teams, e.g. - { id: network, hours: always }',
    );
  });

  it.each([
    [
      'hours that are neither days nor always',
      '    hours: 24x7',
      'teams[0].hours',
      'expected working hours (a mapping of days) or always, got "24x7"',
    ],
    [
      'a window that runs backwards',
      '    hours: { mon-fri: "18:00-08:00" }',
      'teams[0].hours["mon-fri"]',
      'the window "18:00-08:00" ends before it starts (windows may not cross midnight)',
    ],
    ['a size of 0', '    size: 0', 'teams[0].size', 'expected a team size of at least 1, got 0'],
    [
      'a size that is not whole',
      '    size: 1.5',
      'teams[0].size',
      'expected a team size that is a whole number, got 1.5',
    ],
    [
      'a call-out without a unit',
      '    callOut: 30',
      'teams[0].callOut',
      'expected a duration with a unit, got the plain number 30',
    ],
  ])('%s is refused at its place', (_, line, path, message) => {
    const lines = ['  - id: dba', '    hours: { mon-fri: "08:00-18:00" }', '    callOut: 30m-1h'];
    const key = line.trim().split(':')[0] ?? '';
    const team = [...lines.filter((l) => !l.trim().startsWith(`${key}:`)), line];
    const [issue] = issues(parseScenario(withTeams(team)));
    expect(issue).toMatchObject({ path, message });
    expect(issue?.line).toBe(10 + team.indexOf(line) + 1);
    expect(issue?.hint).not.toBe('');
  });

  it('a team without hours is refused at the team, saying what to write', () => {
    expect(issues(parseScenario(withTeams(['  - id: dba', '    callOut: 30m'])))).toEqual([
      {
        severity: 'error',
        path: 'teams[0].hours',
        line: 11,
        column: 5,
        message: 'missing the working hours of the team',
        hint: 'hours: { mon-fri: "08:00-18:00" }, or hours: always for a team at work 24x7',
      },
    ]);
  });

  it('a misspelt key in a team is a warning naming the right one', () => {
    const r = parseScenario(
      withTeams(['  - id: dba', '    hours: { mon-fri: "08:00-18:00" }', '    callout: 30m']),
    );
    expect(r.warnings[0]).toMatchObject({
      path: 'teams[0].callout',
      line: 13,
      message: 'unknown key "callout" is ignored',
      hint: 'did you mean callOut?',
    });
    // Ignored, it leaves the team without a call-out: refused.
    expect(issues(r)[0]?.path).toBe('teams[0].callOut');
  });

  it.each([
    ['12 moons', 'expected a period such as 12 months, got "12 moons"'],
    ['12', 'expected a period with its unit, got the plain number 12'],
    ['0 months', 'a review cycle must be from 1 month to 100 years, got 0 months'],
  ])('review every: %s is refused with a message and a hint', (every, message) => {
    const text = withTeams(
      NETWORK,
      insertAfter('  - id: db-failover', `    review: { owner: IT operations, every: ${every} }`),
    );
    const [issue] = issues(parseScenario(text));
    expect(issue).toMatchObject({ path: 'plans[1].review.every', line: 43, message });
    expect(issue?.hint).toMatch(/every: 12 months|12 months/);
  });

  it.each([
    ['0', 'expected a service priority of at least 1, got 0'],
    ['first', 'expected a service priority, got "first"'],
  ])('priority: %s is refused', (value, message) => {
    const text = withTeams(
      NETWORK,
      insertAfter('    impact: { costPerHour: 40000 }', `    priority: ${value}`),
    );
    expect(issues(parseScenario(text))[0]).toMatchObject({
      path: 'services[0].priority',
      line: 21,
      message,
    });
  });
});
