import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runStudy } from '../../src/analysis/montecarlo/index.ts';
import { hours } from '../../src/core/time.ts';
import { formatIssue, parseScenario, type LoadResult } from '../../src/scenario/index.ts';
import { BASE, BASE_LINES } from './fixtures.ts';

const bankText = readFileSync(
  new URL('../../scenarios/bank-money-transfer.yaml', import.meta.url),
  'utf8',
);

/** BASE with a `variants:` block from line BASE_LINES.length + 1 on. */
const withVariants = (...lines: string[]): string => `${BASE}variants:\n${lines.join('\n')}\n`;
const V = BASE_LINES.length + 2; // the line of the first variant item

function ok(result: LoadResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e)).join('\n'));
  return result;
}

describe('variants in the file', () => {
  it('the bank ships hours-08-18, rto-1h and one-database, and its baseline is unchanged', () => {
    const bank = ok(parseScenario(bankText, 'bank.yaml'));
    expect(bank.warnings).toEqual([]);
    expect(bank.variants.map((v) => v.name)).toEqual(['hours-08-18', 'rto-1h', 'one-database']);
    const [wide, rto, oneDb] = bank.variants.map((v) => v.scenario);
    expect(bank.scenario.calendar.weekly[0]).toEqual([{ from: hours(9), to: hours(16) }]);
    expect(bank.scenario.services[0]!.objectives.rto).toBe(hours(2));
    expect(bank.scenario.components.map((c) => c.id)).toContain('db-2');

    expect(wide!.calendar.weekly[0]).toEqual([{ from: hours(8), to: hours(18) }]);
    expect(wide!.calendar.weekly[5]).toEqual([]);
    // The same exceptions, but a holiday that closes part of a day (Christmas Eve from 14:00)
    // opens when the variant's day opens.
    type Exception = (typeof bank.scenario.calendar.exceptions)[number];
    const partDay = (e: Exception) => e.origin === 'holiday' && e.windows.length > 0;
    expect(wide!.calendar.exceptions.filter((e) => !partDay(e))).toEqual(
      bank.scenario.calendar.exceptions.filter((e) => !partDay(e)),
    );
    expect(wide!.calendar.exceptions.filter(partDay).map((e) => [e.date, e.windows])).toEqual(
      ['2026-12-24', '2027-12-24', '2027-12-31'].map((d) => [
        d,
        [{ from: hours(8), to: hours(14) }],
      ]),
    );
    expect(wide!.services[0]!.calendar).toEqual(wide!.calendar);
    expect(rto!.services[0]!.objectives).toEqual({
      ...bank.scenario.services[0]!.objectives,
      rto: hours(1),
    });
    expect(oneDb!.components.map((c) => c.id)).toEqual(['lb-a', 'lb-b', 'app-1', 'app-2', 'db-1']);
    // The standby group that loses its standby is the member left: no switch-over any more.
    expect(oneDb!.services[0]!.requires).toEqual({
      type: 'series',
      of: [
        bank.scenario.services[0]!.requires.type === 'series'
          ? bank.scenario.services[0]!.requires.of[0]
          : null,
        {
          type: 'group',
          atLeast: 1,
          of: [
            { type: 'component', id: 'app-1' },
            { type: 'component', id: 'app-2' },
          ],
        },
        { type: 'component', id: 'db-1' },
      ],
    });
    expect(bank.variants[1]!.description).toBe('RTO reduced from 2 h to 1 h');
  });

  it('a variant without changes resolves to exactly the baseline, with the same study', () => {
    const r = ok(parseScenario(withVariants('  - { name: same, changes: {} }')));
    expect(r.variants).toHaveLength(1);
    expect(r.variants[0]!.description).toBe('');
    expect(r.variants[0]!.scenario).toStrictEqual(r.scenario);
    const options = { runs: 30, masterSeed: 'same' };
    const a = runStudy(r.scenario, options);
    const b = runStudy(r.variants[0]!.scenario, options);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('changes plan steps and component fields; removal cleans dependsOn, injects and topologies', () => {
    const r = ok(
      parseScenario(
        withVariants(
          '  - name: changed',
          '    changes:',
          '      plans: { db-failover: { steps: { promote: { duration: 1h-2h, owner: dba } } } }',
          '      components:',
          '        lb: { capacity: 900, detection: 1m }',
          '        db-1: { remove: true }',
          '      services: { transfers: { objectives: { rto: 30m, mbco: 40% } } }',
        ),
      ),
    );
    const v = r.variants[0]!.scenario;
    const promote = v.plans[1]!.steps[1]!;
    expect(promote.duration).toEqual({ type: 'uniform', min: hours(1), max: hours(2) });
    expect(promote.owner).toBe('dba');
    expect(promote.after).toEqual(['assess']);
    expect(v.components[0]).toMatchObject({ id: 'lb', capacity: 900, detection: 60_000 });
    expect(v.components.map((c) => c.id)).toEqual(['lb', 'db-2']);
    expect(v.injects).toEqual([]); // the inject failed db-1
    expect(v.services[0]!.objectives).toMatchObject({
      rto: 1_800_000,
      mbco: { kind: 'share', share: 0.4 },
    });
    expect(r.scenario.components).toHaveLength(3);
    expect(r.scenario.injects).toHaveLength(1);
  });

  it('variants are independent: each starts from the baseline, which no variant changes', () => {
    const baseline = ok(parseScenario(BASE)).scenario;
    const r = ok(
      parseScenario(
        withVariants(
          '  - name: changed',
          '    changes:',
          '      calendar: { agreedHours: { mon-sun: "00:00-24:00" } }',
          '      plans: { db-failover: { steps: { promote: { duration: 1h-2h, owner: dba } } } }',
          '      components: { lb: { capacity: 900 }, db-1: { remove: true } }',
          '      services: { transfers: { objectives: { rto: 30m } } }',
          '  - { name: same, changes: {} }',
        ),
      ),
    );
    expect(r.variants[0]!.scenario).not.toEqual(baseline);
    expect(r.variants[1]!.scenario).toStrictEqual(baseline);
    expect(r.scenario).toStrictEqual(baseline);
  });

  it('warns of an unknown key inside changes, with the closest key', () => {
    const r = ok(
      parseScenario(
        withVariants(
          '  - { name: x, changes: { services: { transfers: { objectives: { rtoo: 1h } } } } }',
        ),
      ),
    );
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({
      path: 'variants[0].changes.services.transfers.objectives.rtoo',
      line: V,
      hint: 'did you mean rto?',
    });
  });
});

interface Bad {
  name: string;
  lines: string[];
  path: string;
  line: number;
  message: string;
  hint: string;
}

const bad: Bad[] = [
  {
    name: 'an unknown service',
    lines: [
      '  - name: v',
      '    changes:',
      '      services: { transfer: { objectives: { rto: 1h } } }',
    ],
    path: 'variants[0].changes.services.transfer',
    line: V + 2,
    message: 'variant v: unknown service "transfer"',
    hint: 'did you mean transfers?',
  },
  {
    name: 'an RTO without a unit',
    lines: [
      '  - name: v',
      '    changes:',
      '      services:',
      '        transfers:',
      '          objectives: { rto: 60 }',
    ],
    path: 'variants[0].changes.services.transfers.objectives.rto',
    line: V + 4,
    message: 'plain number 60',
    hint: 'write 15m or 2h',
  },
  {
    name: 'an RTO longer than the MTPD',
    lines: [
      '  - { name: ok, changes: {} }',
      '  - name: slow',
      '    changes:',
      '      services: { transfers: { objectives: { rto: 10h } } }',
    ],
    path: 'variants[1].changes.services.transfers.objectives.rto',
    line: V + 3,
    message: 'variant slow: the RTO (10h) is longer than the MTPD (8h)',
    hint: 'make the RTO shorter than the MTPD',
  },
  {
    name: 'removing every member of a redundancy group',
    lines: [
      '  - name: no-db',
      '    changes:',
      '      components: { db-1: { remove: true }, db-2: { remove: true } }',
    ],
    path: 'variants[0].changes.components["db-1"]',
    line: V + 2,
    message:
      'variant no-db: removing db-1, db-2 breaks service transfers: a group needs 1 of its members but only 0 would be left',
    hint: 'services: { transfers: { requires: ... } }',
  },
  {
    name: 'a group whose atLeast exceeds the members left',
    lines: [
      '  - name: tight',
      '    changes:',
      '      services: { transfers: { requires: { atLeast: 2, of: [db-1, db-2, lb] } } }',
      '      components: { db-2: { remove: true }, lb: { remove: true } }',
    ],
    path: 'variants[0].changes.components["db-2"]',
    line: V + 3,
    message: 'a group needs 2 of its members but only 1 would be left',
    hint: 'remove fewer components',
  },
  {
    name: 'a removed component that also changes',
    lines: [
      '  - name: v',
      '    changes:',
      '      components: { db-2: { remove: true, capacity: 5 } }',
    ],
    path: 'variants[0].changes.components["db-2"].capacity',
    line: V + 2,
    message: 'a removed component cannot also change (capacity)',
    hint: 'give either remove: true or the fields that change',
  },
  {
    name: 'an unknown step',
    lines: [
      '  - name: v',
      '    changes:',
      '      plans: { db-failover: { steps: { promot: { duration: 1h } } } }',
    ],
    path: 'variants[0].changes.plans["db-failover"].steps.promot',
    line: V + 2,
    message: 'variant v: unknown step in plan db-failover "promot"',
    hint: 'did you mean promote?',
  },
  {
    name: 'agreed hours crossing midnight',
    lines: [
      '  - name: v',
      '    changes:',
      '      calendar: { agreedHours: { mon-fri: "18:00-08:00" } }',
    ],
    path: 'variants[0].changes.calendar.agreedHours["mon-fri"]',
    line: V + 2,
    message: '18:00-08:00',
    hint: '',
  },
  {
    name: 'two variants with one name',
    lines: ['  - { name: same, changes: {} }', '  - { name: same, changes: {} }'],
    path: 'variants[1].name',
    line: V + 1,
    message: 'duplicate variant name "same"; variants[0] already uses it',
    hint: 'name: same-2',
  },
  {
    name: 'a variant without changes',
    lines: ['  - { name: empty }'],
    path: 'variants[0].changes',
    line: V,
    message: 'missing the changes of the variant',
    hint: 'changes: { services:',
  },
];

describe('bad variants', () => {
  it.each(bad)('$name: $path', (c) => {
    const result = parseScenario(withVariants(...c.lines), 'v.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.errors[0]!;
    expect(issue.path).toBe(c.path);
    expect(issue.line).toBe(c.line);
    expect(issue.column).not.toBeNull();
    expect(issue.message).toContain(c.message);
    expect(issue.hint).toContain(c.hint);
  });
});
