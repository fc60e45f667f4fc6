import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario, type LoadResult } from '../../src/scenario/index.ts';
import { BASE, withLine } from './fixtures.ts';

const errors = (r: LoadResult) => (r.ok ? [] : r.errors);
const base = () => parse(BASE) as Record<string, unknown[]>;

describe('limits', () => {
  it('parseScenario rejects text over 5 MB without parsing it', () => {
    const result = parseScenario(`${BASE}#${'x'.repeat(5 * 1024 * 1024)}`);
    expect(errors(result)[0]).toMatchObject({
      path: '(file)',
      message: (expect.stringContaining as (s: string) => string)('the limit is 5 MB'),
    });
  });

  it('parseScenario rejects nesting deeper than 32 levels', () => {
    expect(
      errors(parseScenario(`${BASE}extra: ${'['.repeat(100)}${']'.repeat(100)}\n`))[0]?.message,
    ).toContain('deeper than 32');
    const deep = `${BASE}extra:\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i + 1)}k:`).join('\n')} 1\n`;
    expect(errors(parseScenario(deep))[0]?.message).toContain('deeper than 32');
  });

  // Nested 3,000 deep (lists of mappings: 1,500 of each), each under 5 MB.
  const levels = (n: number, line: (i: number) => string, last = ' 1') =>
    `${Array.from({ length: n }, (_, i) => line(i)).join('\n')}${last}\n`;
  it.each([
    ['a block mapping', levels(3000, (i) => `${' '.repeat(i)}k:`)],
    ['a block list', levels(3000, (i) => `${' '.repeat(i)}-`)],
    ['a compact list (- - -)', `extra:\n  ${'- '.repeat(3000)}1\n`],
    ['lists of mappings', levels(1500, (i) => `${'  '.repeat(i)}- k:`)],
    ['mappings in a compact key (a: a: a:)', `${'a: '.repeat(3000)}1\n`],
  ])(
    'parseScenario refuses %s nested 3,000 deep with the depth message, not a stack overflow',
    (_, text) => {
      expect(text.length).toBeLessThan(5 * 1024 * 1024);
      const found = errors(parseScenario(text));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        path: '(file)',
        message: 'the file nests deeper than 32 levels',
        hint: 'flatten the structure; a scenario needs only a few levels',
      });
      expect(found[0]?.line).toBeGreaterThan(0);
    },
  );

  it('parseScenario points at the line where a block structure passes twice the limit, not at the end', () => {
    // One level per line: reading stops a line or two past 64 levels (the parser counts its
    // document and the key being read too), not at line 3,000.
    const line = errors(parseScenario(levels(3000, (i) => `${' '.repeat(i)}k:`)))[0]?.line ?? 0;
    expect(line).toBeGreaterThanOrEqual(64);
    expect(line).toBeLessThanOrEqual(67);
  });

  it('parseScenario reads 32 levels of block nesting and refuses 33, as for flow collections', () => {
    const nested = (n: number) =>
      `${BASE}extra:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}k:`).join('\n')} 1\n`;
    // `extra` is level 1 under the file's mapping: 31 more levels reach 32.
    expect(errors(parseScenario(nested(31)))).toEqual([]);
    expect(errors(parseScenario(nested(32)))[0]?.message).toBe(
      'the file nests deeper than 32 levels',
    );
  });

  it('parseScenario stops a billion-laughs alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    expect(errors(parseScenario(bomb))[0]?.message).toContain('alias');
  });

  it('parseScenario limits injects to 10,000 and steps to 500 per plan', () => {
    const doc = base();
    doc['injects'] = Array.from({ length: 10_001 }, () => ({
      at: '+1h',
      action: 'fail',
      component: 'db-1',
    }));
    expect(errors(parseScenario(JSON.stringify(doc)))).toContainEqual(
      expect.objectContaining({
        path: 'injects',
        message: (expect.stringContaining as (s: string) => string)('at most 10000'),
      }),
    );
    const plans = base();
    plans['plans'] = [
      { id: 'p', steps: Array.from({ length: 501 }, (_, i) => ({ id: `s${i}`, duration: '1m' })) },
    ];
    expect(errors(parseScenario(JSON.stringify(plans)))).toContainEqual(
      expect.objectContaining({
        path: 'plans[0].steps',
        message: (expect.stringContaining as (s: string) => string)('at most 500'),
      }),
    );
  });

  it('parseScenario refuses calendar exceptions covering more than 20 years of dates (5,000 of a year each)', () => {
    const year = '    - { date: 2026-01-01, to: 2026-12-31, closed: true }';
    const text = withLine(9, Array.from({ length: 5000 }, () => year).join('\n'));
    expect(errors(parseScenario(text))).toEqual([
      {
        severity: 'error',
        path: 'calendar.exceptions',
        line: 9,
        column: 5,
        message:
          'the exceptions cover 1,825,000 days in all (overlaps counted); a calendar may have at most 7,305 (20 years of dates)',
        hint: 'remove exceptions that repeat or overlap others, or that fall outside the run',
      },
    ]);
  });

  it('parseScenario reads each exception date once: the first exception that names it counts, as the engine reads it', () => {
    const text = withLine(
      9,
      '    - { date: 2026-01-06, to: 2026-01-07, closed: true }\n    - { date: 2026-01-07, hours: "10:00-12:00" }',
    );
    const result = parseScenario(text);
    expect(
      result.ok && result.scenario.calendar.exceptions.map((e) => [e.date, e.windows.length]),
    ).toEqual([
      ['2026-01-06', 0],
      ['2026-01-07', 0],
    ]);
  });

  it('parseScenario limits components to 2,000 and services to 200', () => {
    const doc = base();
    doc['components'] = Array.from({ length: 2001 }, (_, i) => ({ id: `c${i}`, kind: 'server' }));
    doc['services'] = Array.from({ length: 201 }, () => (base()['services'] ?? [])[0]);
    const found = errors(parseScenario(JSON.stringify(doc))).map((e) => e.path);
    expect(found).toContain('components');
    expect(found).toContain('services');
  });
});

describe('many issues at once', () => {
  it('parseScenario reports every problem in the file, not just the first', () => {
    const text = withLine(28, '    capacity: -3')
      .replace('kind: load-balancer', 'kind: lb')
      .replace('horizon: 30d', 'horizon: 30');
    expect(errors(parseScenario(text)).map((e) => e.path)).toEqual([
      'horizon',
      'components[0].kind',
      'components[1].capacity',
    ]);
  });

  it('parseScenario caps the list at 50 issues and says how many more there are', () => {
    const doc = base();
    doc['components'] = Array.from({ length: 80 }, (_, i) => ({ id: `c${i}`, kind: 'nope' }));
    const found = errors(parseScenario(JSON.stringify(doc)));
    expect(found).toHaveLength(51);
    expect(found[50]?.message).toBe('30 more issue(s) not shown');
  });
});

describe('warnings', () => {
  it('parseScenario warns about an unknown key, suggests the known one, and still loads', () => {
    const result = parseScenario(withLine(30, '    recovry: db-failover'), 'w.yaml');
    expect(result.warnings).toContainEqual({
      severity: 'warning',
      path: 'components[1].recovry',
      line: 30,
      column: 5,
      message: 'unknown key "recovry" is ignored',
      hint: 'did you mean recovery?',
    });
    expect(result.warnings.map((w) => w.message)).toContain(
      'component db-1 can fail but has no recovery plan; only a restore inject brings it back',
    );
    expect(result.ok).toBe(true);
  });

  it('parseScenario warns about a component no service uses', () => {
    const result = parseScenario(
      withLine(25, '    recovery: lb-failover\n  - { id: spare, kind: server }'),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        path: 'components[1].id',
        line: 26,
        column: 11,
        message: 'component spare is not used by any service',
      }),
    );
  });

  it('parseScenario counts a component reached through dependsOn as used', () => {
    const result = parseScenario(
      withLine(
        25,
        '    recovery: lb-failover\n    dependsOn: [site]\n  - { id: site, kind: site }',
      ),
    );
    expect(result.warnings.filter((w) => w.message.includes('not used'))).toEqual([]);
  });
});

describe('robustness', () => {
  it.each([
    ['', 'empty'],
    ['null', 'null'],
    ['42', 'a number'],
    ['- a\n- b', 'a list'],
    ['{', 'broken JSON'],
    ['schema: continuity-scenario/2\n', 'only a version'],
  ])('parseScenario never throws on %j (%s) and explains the problem', (text) => {
    const result = parseScenario(text);
    expect(result.ok).toBe(false);
    expect(errors(result)[0]?.hint).not.toBe('');
  });

  it('parseScenario turns non-text input into an issue instead of throwing', () => {
    expect(errors(parseScenario(undefined as unknown as string))[0]?.message).toContain(
      'expected the scenario as text',
    );
  });
});
