import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario } from '../../src/scenario/index.ts';
import { BASE, withLine, withLines } from './fixtures.ts';

interface Case {
  name: string;
  text: string;
  path: string;
  line: number | null;
  column: number | null;
  message: string;
  hint: string;
}

const cases: Case[] = [
  {
    name: 'a missing format version',
    text: withLine(1, '# no version'),
    path: 'schema',
    line: 2,
    column: 1,
    message: 'missing the format version; this loader reads continuity-scenario/2',
    hint: 'schema: continuity-scenario/2',
  },
  {
    name: 'another format version',
    text: withLine(1, 'schema: continuity-scenario/3'),
    path: 'schema',
    line: 1,
    column: 9,
    message: 'unsupported format version "continuity-scenario/3"',
    hint: 'schema: continuity-scenario/2',
  },
  {
    name: 'a start with a time zone',
    text: withLine(3, 'start: 2026-01-05T00:00Z'),
    path: 'start',
    line: 3,
    column: 8,
    message: 'has a time zone',
    hint: 'e.g. 2026-01-05T09:00',
  },
  {
    name: 'a horizon over 20 years',
    text: withLine(4, 'horizon: 8000d'),
    path: 'horizon',
    line: 4,
    column: 10,
    message: 'must be at most 20 years',
    hint: 'horizon: 365d',
  },
  {
    name: 'a horizon as a plain number',
    text: withLine(4, 'horizon: 30'),
    path: 'horizon',
    line: 4,
    column: 10,
    message: 'plain number 30',
    hint: 'write 15m or 2h',
  },
  {
    name: 'a weekday listed twice',
    text: withLine(7, '    mon-fri: "09:00-16:00"\n    fri: "10:00-12:00"'),
    path: 'calendar.agreedHours.fri',
    line: 8,
    column: 5,
    message: 'fri is listed twice',
    hint: 'list each day once',
  },
  {
    name: 'a misspelt day key',
    text: withLine(7, '    mo-fri: "09:00-16:00"'),
    path: 'calendar.agreedHours["mo-fri"]',
    line: 7,
    column: 5,
    message: '"mo-fri" is not a day',
    hint: 'ranges like mon-fri',
  },
  {
    name: 'hours crossing midnight',
    text: withLine(7, '    mon-fri: "22:00-02:00"'),
    path: 'calendar.agreedHours["mon-fri"]',
    line: 7,
    column: 14,
    message: 'may not cross midnight',
    hint: 'split it into two days',
  },
  {
    name: 'overlapping windows',
    text: withLine(7, '    mon-fri: "09:00-12:00, 11:00-16:00"'),
    path: 'calendar.agreedHours["mon-fri"]',
    line: 7,
    column: 14,
    message: 'overlap',
    hint: 'merge them',
  },
  {
    name: 'an exception both closed and with hours',
    text: withLine(9, '    - { date: 2026-01-06, closed: true, hours: "09:00-12:00" }'),
    path: 'calendar.exceptions[0]',
    line: 9,
    column: 7,
    message: 'exactly one of closed: true or hours',
    hint: 'closed: true',
  },
  {
    name: 'an impossible exception date',
    text: withLine(9, '    - { date: 2026-02-30, closed: true }'),
    path: 'calendar.exceptions[0].date',
    line: 9,
    column: 15,
    message: 'is not a calendar date',
    hint: '2026-12-25',
  },
  {
    name: 'an unknown component in a topology',
    text: withLine(14, '        - lbb'),
    path: 'services[0].requires.series[0]',
    line: 14,
    column: 11,
    message: 'unknown component "lbb"',
    hint: 'did you mean lb?',
  },
  {
    name: 'atLeast larger than the group',
    text: withLine(15, '        - { atLeast: 3, of: [db-1, db-2] }'),
    path: 'services[0].requires.series[1].atLeast',
    line: 15,
    column: 22,
    message: 'atLeast is 3 but the group has only 2 member(s)',
    hint: 'atLeast: 2',
  },
  {
    name: 'atLeast below one',
    text: withLine(15, '        - { atLeast: 0, of: [db-1, db-2] }'),
    path: 'services[0].requires.series[1].atLeast',
    line: 15,
    column: 22,
    message: 'of at least 1, got 0',
    hint: 'atLeast: 1',
  },
  {
    name: 'an empty series',
    text: withLines(13, 15, '      series: []'),
    path: 'services[0].requires.series',
    line: 13,
    column: 15,
    message: 'needs at least 1 item',
    hint: 'series: [lb, app-1]',
  },
  {
    name: 'a topology that is a number',
    text: withLines(12, 15, '    requires: 42'),
    path: 'services[0].requires',
    line: 12,
    column: 15,
    message: 'expected a component id, { series: [...] } or { atLeast: k, of: [...] }, got 42',
    hint: 'requires: { series:',
  },
  {
    name: 'an availability without %',
    text: withLine(
      16,
      '    objectives: { availability: 0.995, rto: 2h, rpo: 15m, mtpd: 8h, mbco: 50% }',
    ),
    path: 'services[0].objectives.availability',
    line: 16,
    column: 33,
    message: 'percentage with a % sign, got the plain number 0.995',
    hint: '99.5%',
  },
  {
    name: 'an mbco over 100%',
    text: withLine(
      16,
      '    objectives: { availability: 99.5%, rto: 2h, rpo: 15m, mtpd: 8h, mbco: 150% }',
    ),
    path: 'services[0].objectives.mbco',
    line: 16,
    column: 75,
    message: 'cannot exceed 100%',
    hint: '50%',
  },
  {
    name: 'an RTO longer than the MTPD',
    text: withLine(
      16,
      '    objectives: { availability: 99.5%, rto: 10h, rpo: 15m, mtpd: 8h, mbco: 50% }',
    ),
    path: 'services[0].objectives.rto',
    line: 16,
    column: 45,
    message: 'the RTO (10h) is longer than the MTPD (8h)',
    hint: 'rto: 4h',
  },
  {
    name: 'a missing MTPD',
    text: withLine(16, '    objectives: { availability: 99.5%, rto: 2h, rpo: 15m, mbco: 50% }'),
    path: 'services[0].objectives.mtpd',
    line: 16,
    column: 17,
    message: 'missing the maximum tolerable period of disruption',
    hint: 'mtpd: 8h',
  },
  {
    name: 'a negative cost per hour',
    text: withLine(17, '    impact: { costPerHour: -5 }'),
    path: 'services[0].impact.costPerHour',
    line: 17,
    column: 28,
    message: 'of at least 0, got -5',
    hint: 'costPerHour: 40000',
  },
  {
    name: '23 hourly factors',
    text: withLine(
      19,
      `      tpm: 1000\n      hourly: [${Array.from({ length: 23 }, () => 1).join(', ')}]`,
    ),
    path: 'services[0].demand.hourly',
    line: 20,
    column: 15,
    message: 'expected 24 hourly factors (00:00 to 23:00), got 23',
    hint: '24 numbers',
  },
  {
    name: 'a negative capacity',
    text: withLine(28, '    capacity: -3'),
    path: 'components[1].capacity',
    line: 28,
    column: 15,
    message: 'expected a number of transactions per minute above 0, got -3',
    hint: 'capacity: 900',
  },
  {
    name: 'an absurd capacity',
    text: withLine(28, '    capacity: 1e12'),
    path: 'components[1].capacity',
    line: 28,
    column: 15,
    message: 'of at most 1000000000',
    hint: 'capacity: 900',
  },
  {
    name: 'an MTBF under a minute',
    text: withLine(29, '    failure: { exponential: { mtbf: 30s } }'),
    path: 'components[1].failure.exponential.mtbf',
    line: 29,
    column: 37,
    message: 'must be at least 1m',
    hint: 'mtbf: 2500h',
  },
  {
    name: 'an unknown failure model',
    text: withLine(29, '    failure: sometimes'),
    path: 'components[1].failure',
    line: 29,
    column: 14,
    message: 'expected a failure model, got "sometimes"',
    hint: 'exponential: { mtbf: 2500h }',
  },
  {
    name: 'a misspelt kind',
    text: withLine(27, '    kind: databse'),
    path: 'components[1].kind',
    line: 27,
    column: 11,
    message: 'got "databse"',
    hint: 'kind: server',
  },
  {
    name: 'an invalid component id',
    text: withLine(26, '  - id: DB 1'),
    path: 'components[1].id',
    line: 26,
    column: 9,
    message: '"DB 1" is not a valid component id',
    hint: 'lower-case letters',
  },
  {
    name: 'an unknown recovery plan',
    text: withLine(30, '    recovery: db-failovr'),
    path: 'components[1].recovery',
    line: 30,
    column: 15,
    message: 'unknown plan "db-failovr"',
    hint: 'did you mean db-failover?',
  },
  {
    name: 'a duplicate component id',
    text: withLine(31, '  - id: db-1'),
    path: 'components[2].id',
    line: 31,
    column: 9,
    message: 'duplicate component id "db-1"; components[1] already uses it',
    hint: 'id: db-1-2',
  },
  {
    name: 'a dependsOn cycle',
    text: withLine(25, '    recovery: lb-failover\n    dependsOn: [db-1]').replace(
      '    recovery: db-failover\n  - id: db-2',
      '    recovery: db-failover\n    dependsOn: [lb]\n  - id: db-2',
    ),
    path: 'components[0].dependsOn',
    line: 26,
    column: 16,
    message: 'cycle: lb -> db-1 -> lb',
    hint: 'remove one entry from dependsOn',
  },
  {
    name: 'an unknown dependsOn',
    text: withLine(25, '    recovery: lb-failover\n    dependsOn: [site-a]'),
    path: 'components[0].dependsOn[0]',
    line: 26,
    column: 17,
    message: 'unknown component "site-a"',
    hint: 'use one of the component ids: lb, db-1, db-2',
  },
  {
    name: 'a cycle of plan steps',
    text: withLine(41, '      - { id: assess, duration: 5m-15m, after: [promote] }'),
    path: 'plans[1].steps[0].after',
    line: 41,
    column: 48,
    message: 'cycle: assess -> promote -> assess',
    hint: 'so that assess can start',
  },
  {
    name: 'an unknown step in after',
    text: withLine(42, '      - { id: promote, duration: 10m, after: [asess] }'),
    path: 'plans[1].steps[1].after[0]',
    line: 42,
    column: 47,
    message: 'unknown step in plan db-failover "asess"',
    hint: 'did you mean assess?',
  },
  {
    name: 'a duplicate step id',
    text: withLine(42, '      - { id: assess, duration: 10m }'),
    path: 'plans[1].steps[1].id',
    line: 42,
    column: 15,
    message: 'duplicate step id "assess"',
    hint: 'give each step its own id',
  },
  {
    name: 'a backwards duration range',
    text: withLine(38, '      - { id: switch, duration: 15m-5m }'),
    path: 'plans[0].steps[0].duration',
    line: 38,
    column: 33,
    message: 'the range "15m-5m" starts after it ends',
    hint: 'e.g. 5m-15m',
  },
  {
    name: 'a likely duration outside the range',
    text: withLine(
      42,
      '      - { id: promote, duration: { min: 10m, likely: 45m, max: 30m }, after: [assess] }',
    ),
    path: 'plans[1].steps[1].duration.likely',
    line: 42,
    column: 54,
    message: 'must lie between min and max',
    hint: 'likely: 3h',
  },
  {
    name: 'a step duration as a plain number',
    text: withLine(38, '      - { id: switch, duration: 15 }'),
    path: 'plans[0].steps[0].duration',
    line: 38,
    column: 33,
    message: 'plain number 15',
    hint: 'write 15m or 2h',
  },
  {
    name: 'an inject after the horizon',
    text: withLine(44, '  - { at: 2026-03-01T10:00, action: fail, component: db-1 }'),
    path: 'injects[0].at',
    line: 44,
    column: 11,
    message: 'falls outside the scenario (2026-01-05T00:00 to 2026-02-04T00:00)',
    hint: 'lengthen the horizon',
  },
  {
    name: 'an inject on an unknown component',
    text: withLine(44, '  - { at: +10h, action: fail, component: db-9 }'),
    path: 'injects[0].component',
    line: 44,
    column: 42,
    message: 'unknown component "db-9"',
    hint: 'did you mean db-1?',
  },
  {
    name: 'an unknown inject action',
    text: withLine(44, '  - { at: +10h, action: explode, component: db-1 }'),
    path: 'injects[0].action',
    line: 44,
    column: 25,
    message:
      'expected action to be one of fail, restore, corrupt, invoke, degrade, surge, got "explode"',
    hint: 'action: fail',
  },
  {
    name: 'a degrade without %',
    text: withLine(44, '  - { at: +10h, action: degrade, component: db-1, capacity: 0.5 }'),
    path: 'injects[0].capacity',
    line: 44,
    column: 61,
    message: 'plain number 0.5',
    hint: 'e.g. 50%',
  },
  {
    name: 'a duplicate key',
    text: withLine(28, '    capacity: 900\n    capacity: 800'),
    path: '(file)',
    line: 29,
    column: 5,
    message: 'a key appears twice',
    hint: 'keep one of the two entries',
  },
  {
    name: 'a YAML syntax error',
    text: withLine(20, '      weekdays: { mon-fri: 1, sat-sun: 0.1'),
    path: '(file)',
    line: 21,
    column: 1,
    message: 'YAML syntax error',
    hint: 'check the indentation',
  },
];

describe('bad scenario files', () => {
  it('the base fixture is a valid scenario', () => {
    const result = parseScenario(BASE, 'base.yaml');
    expect(result.ok ? [] : result.errors.map((e) => formatIssue(e))).toEqual([]);
  });

  it(`covers at least 25 distinct bad inputs (${cases.length})`, () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('parseScenario reports $name at $path with its line, column and a hint', (c) => {
    const result = parseScenario(c.text, 'bad.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.errors.find((e) => e.path === c.path);
    expect(
      issue,
      `no error at ${c.path}; got:\n${result.errors.map((e) => formatIssue(e)).join('\n')}`,
    ).toBeDefined();
    expect({ line: issue?.line, column: issue?.column }).toEqual({
      line: c.line,
      column: c.column,
    });
    expect(issue?.message).toContain(c.message);
    expect(issue?.hint).toContain(c.hint);
  });
});
