import { describe, expect, it } from 'vitest';
import { minutes } from '../../../src/core/time.ts';
import {
  applyEdit,
  deleteAt,
  editText,
  insertAt,
  moveItem,
  readAt,
  renameAt,
} from '../../../src/scenario/document/index.ts';
import { BANK, lineDiff, parsed } from './helpers.ts';

const PROMOTE = ['plans', 2, 'steps', 1] as const;

describe('editText(text, path, value)', () => {
  it('editing the duration of the promote step changes that line only, and the scenario only there', () => {
    const text = editText(BANK, [...PROMOTE, 'duration'], '5m-10m');
    expect(lineDiff(BANK, text)).toEqual({
      line: 93,
      removed: [
        '      - { id: promote, name: Promote the replica, duration: 10m-20m, owner: dba, after: [assess] }',
      ],
      added: [
        '      - { id: promote, name: Promote the replica, duration: 5m-10m, owner: dba, after: [assess] }',
      ],
    });
    const before = parsed(BANK).scenario;
    const after = parsed(text).scenario;
    const plans = before.plans.map((plan) =>
      plan.id !== 'db-failover'
        ? plan
        : {
            ...plan,
            steps: plan.steps.map((step) =>
              step.id !== 'promote'
                ? step
                : { ...step, duration: { type: 'uniform', min: minutes(5), max: minutes(10) } },
            ),
          },
    );
    expect(after).toEqual({ ...before, plans });
  });

  it('the value already there leaves the text byte-identical, scalars and mappings alike', () => {
    expect(editText(BANK, [...PROMOTE, 'duration'], '10m-20m')).toBe(BANK);
    expect(editText(BANK, ['components', 1, 'capacity'], 600)).toBe(BANK);
    expect(
      editText(BANK, ['services', 0, 'impact'], {
        costPerHour: 40000,
        costPerUnservedTransaction: 0.5,
        costPerHourOfDataLost: 30000,
        currency: 'EUR',
      }),
    ).toBe(BANK);
  });

  it('keeps every comment, the modeline and the folded description when a value changes', () => {
    let text = editText(BANK, ['services', 0, 'objectives', 'rto'], '1h');
    text = editText(text, ['services', 0, 'demand', 'tpm'], 1200);
    text = editText(text, ['start'], '2026-02-02T00:00');
    const comments = (t: string) => t.split('\n').flatMap((l) => /#.*/.exec(l) ?? []);
    expect(comments(text)).toEqual(comments(BANK));
    expect(text).toContain('start: 2026-02-02T00:00 # a Monday, scenario-local time\n');
    expect(text).toContain('      tpm: 1200 # transactions per minute at factor 1\n');
    expect(text).toContain('description: >\n  The worked example of the ITIL seed');
  });

  it('keeps the quotes of a replaced string and quotes new times of day like the bundled files', () => {
    const text = editText(BANK, ['calendar', 'agreedHours', 'mon-fri'], '08:00-18:00');
    expect(lineDiff(BANK, text).added).toEqual(['    mon-fri: "08:00-18:00"']);
    const sat = editText(BANK, ['calendar', 'agreedHours', 'sat'], '09:00-12:00');
    expect(lineDiff(BANK, sat)).toMatchObject({
      line: 14,
      removed: [],
      added: ['    sat: "09:00-12:00"'],
    });
  });

  it('quotes strings that would read back as another type, and writes numbers plain', () => {
    const named = editText(BANK, ['name'], '123');
    expect(lineDiff(BANK, named).added).toEqual(['name: "123"']);
    expect(readAt(named, ['name'])).toBe('123');
    expect(lineDiff(BANK, editText(BANK, ['name'], 'Bank: the sequel')).added).toEqual([
      'name: "Bank: the sequel"',
    ]);
    expect(lineDiff(BANK, editText(BANK, ['components', 0, 'capacity'], 2.5)).added).toEqual([
      '    capacity: 2.5',
    ]);
  });

  it('creates missing mappings as one short flow mapping at the end of their parent', () => {
    const text = editText(BANK, ['components', 0, 'overload', 'failAfter'], '1h');
    expect(lineDiff(BANK, text)).toEqual({
      line: 44,
      removed: [],
      added: ['    overload: { failAfter: 1h }'],
    });
  });

  it('adds a key to a flow mapping inside its braces', () => {
    const text = editText(BANK, ['plans', 2, 'steps', 0, 'after'], ['start']);
    expect(lineDiff(BANK, text).added).toEqual([
      '      - { id: assess, name: Assess the failure, duration: 5m-15m, owner: dba, after: [start] }',
    ]);
  });

  it('replaces a flow value by a flow value, and writes a block when it would not fit on the line', () => {
    const weibull = editText(BANK, ['components', 0, 'failure'], {
      weibull: { shape: 2, scale: '100h' },
    });
    expect(lineDiff(BANK, weibull).added).toEqual([
      '    failure: { weibull: { shape: 2, scale: 100h } }',
    ]);
    const long = editText(
      BANK,
      ['plans', 0, 'steps', 0, 'name'],
      'Switch to the passive unit, then check every route',
    );
    expect(lineDiff(BANK, long).added).toEqual([
      '      - { id: switch, name: "Switch to the passive unit, then check every route", duration: 5m-15m, owner: network-team }',
    ]);
  });

  it('keeps the folded style of a description', () => {
    const text = editText(BANK, ['description'], 'A bank. It transfers money.\n');
    expect(lineDiff(BANK, text)).toEqual({
      line: 5,
      removed: [
        '  The worked example of the ITIL seed: a bank offers money transfers from 09:00 to 16:00 on',
        '  business days, on two app servers and two databases behind a load balancer. Month-end',
        '  brings a surge of transfers.',
      ],
      added: ['  A bank. It transfers money.'],
    });
  });

  it('appends to a list when the path ends at its length, in the style of its items', () => {
    const text = editText(BANK, ['injects', 3], {
      at: '2026-01-08T10:00',
      action: 'fail',
      component: 'lb',
    });
    expect(lineDiff(BANK, text)).toMatchObject({
      removed: [],
      added: ['  - { at: 2026-01-08T10:00, action: fail, component: lb }'],
    });
  });

  it('undefined removes the entry, and is a no-op when there is none', () => {
    expect(editText(BANK, ['components', 1, 'overload'], undefined)).toBe(
      deleteAt(BANK, ['components', 1, 'overload']),
    );
    expect(editText(BANK, ['components', 0, 'overload'], undefined)).toBe(BANK);
  });

  it('a path through a value, or past the end of a list, is a RangeError naming the path', () => {
    expect(() => editText(BANK, ['name', 'first'], 'x')).toThrow(
      new RangeError('cannot set name.first: name is a value, not a mapping'),
    );
    expect(() => editText(BANK, ['components', 9, 'capacity'], 1)).toThrow(
      new RangeError('there is no components[9]: components has 5 item(s)'),
    );
    expect(() => editText(BANK, ['extra', 0], 1)).toThrow(RangeError);
  });

  it('refuses a text with a syntax error', () => {
    expect(() => editText('a: [1,\n', ['a'], 2)).toThrow(SyntaxError);
  });
});

describe('deleteAt(text, path)', () => {
  it('removes a component as whole lines', () => {
    const text = deleteAt(BANK, ['components', 4]);
    expect(lineDiff(BANK, text)).toMatchObject({ line: 68, added: [] });
    expect(lineDiff(BANK, text).removed).toHaveLength(8);
    expect(readAt(text, ['components']) as unknown[]).toHaveLength(4);
  });

  it('removes an entry of a flow mapping with its comma', () => {
    const text = deleteAt(BANK, ['services', 0, 'objectives', 'availability']);
    expect(lineDiff(BANK, text).added).toEqual([
      '    objectives: { rto: 2h, rpo: 15m, mtpd: 8h, mbco: 50% }',
    ]);
    const last = deleteAt(BANK, ['services', 0, 'objectives', 'mbco']);
    expect(lineDiff(BANK, last).added).toEqual([
      '    objectives: { availability: 99.5%, rto: 2h, rpo: 15m, mtpd: 8h }',
    ]);
  });

  it('takes the comment lines just above an entry with it', () => {
    const text = deleteAt(BANK, ['services', 0, 'demand', 'hourly']);
    const { removed } = lineDiff(BANK, text);
    expect(removed).toHaveLength(2);
    expect(removed[0]).toMatch(/^ {6}# {8}00 {3}01/);
    expect(deleteAt(BANK, ['variants'])).not.toContain('# Change impact');
  });

  it('removing the first key after a dash moves the next key up behind the dash', () => {
    const text = deleteAt(BANK, ['services', 0, 'id']);
    expect(lineDiff(BANK, text)).toEqual({
      line: 19,
      removed: ['  - id: transfers', '    name: Money transfer'],
      added: ['  - name: Money transfer'],
    });
  });

  it('removing the only key of a mapping leaves an empty mapping', () => {
    const text = deleteAt(BANK, ['components', 1, 'overload', 'failAfter']);
    expect(lineDiff(BANK, text).added).toEqual(['    overload: {}']);
  });

  it('a path that does not exist is a RangeError naming the path', () => {
    expect(() => deleteAt(BANK, ['components', 9])).toThrow(
      new RangeError('there is no components[9] in the file'),
    );
    expect(() => deleteAt(BANK, ['plans', 0, 'steps', 0, 'after'])).toThrow(
      'there is no plans[0].steps[0].after in the file',
    );
  });
});

describe('insertAt(text, path, index, value)', () => {
  const verify = {
    id: 'verify',
    name: 'Verify',
    duration: '10m',
    owner: 'dba',
    after: ['repoint'],
  };

  it('inserts a step in the flow style of its siblings, on its own line', () => {
    const text = insertAt(BANK, ['plans', 2, 'steps'], 3, verify);
    expect(lineDiff(BANK, text)).toEqual({
      line: 95,
      removed: [],
      added: ['      - { id: verify, name: Verify, duration: 10m, owner: dba, after: [repoint] }'],
    });
  });

  it('appends a component in the block style of its siblings', () => {
    const text = insertAt(BANK, ['components'], 5, {
      id: 'db-3',
      kind: 'database',
      capacity: 1500,
      failure: { exponential: { mtbf: '2500h' } },
      data: { backupEvery: '1h', replicationLag: '1m' },
    });
    expect(lineDiff(BANK, text)).toMatchObject({
      line: 76,
      removed: [],
      added: [
        '  - id: db-3',
        '    kind: database',
        '    capacity: 1500',
        '    failure: { exponential: { mtbf: 2500h } }',
        '    data: { backupEvery: 1h, replicationLag: 1m }',
      ],
    });
  });

  it('inserts into a flow list with a comma', () => {
    const text = insertAt(BANK, ['services', 0, 'requires', 'series', 2, 'of'], 2, 'db-3');
    expect(lineDiff(BANK, text).added).toEqual([
      '        - { atLeast: 1, of: [db-1, db-2, db-3] }',
    ]);
  });

  it('creates a missing list when inserting at 0', () => {
    const text = insertAt(BANK, ['components', 0, 'dependsOn'], 0, 'site-a');
    expect(readAt(text, ['components', 0, 'dependsOn'])).toEqual(['site-a']);
    expect(lineDiff(BANK, text).added).toEqual(['    dependsOn: [site-a]']);
  });

  it('an index outside the list, or a path that is not a list, is a RangeError', () => {
    expect(() => insertAt(BANK, ['injects'], 5, {})).toThrow(
      new RangeError('index 5 is outside injects, which has 3 item(s)'),
    );
    expect(() => insertAt(BANK, ['calendar'], 0, {})).toThrow(
      new RangeError('calendar is not a list'),
    );
    expect(() => insertAt(BANK, ['nothing'], 1, {})).toThrow(RangeError);
  });
});

describe('moveItem(text, path, from, to)', () => {
  it('moves a step line, leaving the other lines alone', () => {
    const text = moveItem(BANK, ['plans', 1, 'steps'], 3, 0);
    const ids = (readAt(text, ['plans', 1, 'steps']) as { id: string }[]).map((s) => s.id);
    expect(ids).toEqual(['verify', 'diagnose', 'provision', 'deploy']);
    expect(text.split('\n').sort()).toEqual(BANK.split('\n').sort());
  });

  it('moves the comment lines above an item with it', () => {
    const text = 'list:\n  # first\n  - a\n  # second\n  - b\n';
    expect(moveItem(text, ['list'], 0, 1)).toBe('list:\n  # second\n  - b\n  # first\n  - a\n');
  });

  it('moves inside a flow list', () => {
    const text = moveItem(BANK, ['services', 0, 'requires', 'series', 1, 'of'], 1, 0);
    expect(lineDiff(BANK, text).added).toEqual(['        - { atLeast: 1, of: [app-2, app-1] }']);
  });

  it('the same position is a no-op; a position outside the list is a RangeError', () => {
    expect(moveItem(BANK, ['components'], 2, 2)).toBe(BANK);
    expect(() => moveItem(BANK, ['components'], 0, 5)).toThrow(
      new RangeError('index 5 is outside components, which has 5 item(s)'),
    );
    expect(() => moveItem(BANK, ['nothing'], 0, 1)).toThrow(
      new RangeError('there is no nothing in the file'),
    );
  });
});

describe('renameAt(text, path, key, value)', () => {
  it('renames a key in place, with its new value', () => {
    const text = renameAt(BANK, ['components', 0, 'detection'], 'overload', { failAfter: '1h' });
    expect(lineDiff(BANK, text).added).toEqual(['    overload: { failAfter: 1h }']);
    expect(() => renameAt(BANK, ['components', 0, 'name'], 'kind', 'x')).toThrow(RangeError);
  });
});

describe('readAt(text, path) and applyEdit', () => {
  it('readAt gives plain values, and undefined for nothing', () => {
    expect(readAt(BANK, [...PROMOTE])).toEqual({
      id: 'promote',
      name: 'Promote the replica',
      duration: '10m-20m',
      owner: 'dba',
      after: ['assess'],
    });
    expect(readAt(BANK, ['plans', 7])).toBeUndefined();
  });

  it('every edit above is spliced into the text, never written again by the Document API', () => {
    const edits = [
      { op: 'set', path: ['components', 0, 'overload', 'failAfter'], value: '1h' },
      { op: 'delete', path: ['components', 2] },
      { op: 'insert', path: ['plans', 2, 'steps'], index: 0, value: { id: 'x', duration: '1m' } },
      { op: 'move', path: ['components'], from: 4, to: 0 },
    ] as const;
    for (const edit of edits) expect(applyEdit(BANK, edit).spliced).toBe(true);
  });
});
