// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../../src/scenario/index.ts';
import type { ScenarioIssue } from '../../../src/scenario/issues.ts';
import { change, labelled, mountSection } from './section-harness.ts';
import { roundFactors } from '../../../src/ui/editor/services-section/demand-chart.ts';
import '../../../src/ui/editor/services-section/define.ts';
import {
  atLeastBounds,
  combine,
  componentIds,
  nodeAt,
  parseRequires,
  removeNode,
  setAtLeast,
  setStandby,
  toFileForm,
  type TreeNode,
} from '../../../src/ui/editor/services-section/topology-edit.ts';

const TEXT = readFileSync('scenarios/bank-money-transfer.yaml', 'utf8');
const DATA = parse(TEXT) as { services: { objectives: Record<string, unknown> }[] };
const loaded = parseScenario(TEXT, 'bank-money-transfer.yaml');
const SCENARIO = loaded.ok ? loaded.scenario : null;

const mount = (data: unknown, issues: readonly ScenarioIssue[] = []) =>
  mountSection('cs-services-section', { data, scenario: SCENARIO, issues });
const byLabel = (root: ShadowRoot, label: string) => labelled(root, label, 'input, select');

afterEach(() => document.body.replaceChildren());

describe('<cs-services-section>', () => {
  it('fires one set of the RTO, with a label, when the RTO changes', async () => {
    const { edits, root } = await mount(DATA);
    change(byLabel(root, 'RTO (recovery time)'), '1h');
    expect(edits).toEqual([
      {
        edits: [{ op: 'set', path: ['services', 0, 'objectives', 'rto'], value: '1h' }],
        label: 'RTO of Money transfer',
      },
    ]);
  });

  it('writes shares with a % sign, and makes no edit when a value is typed again', async () => {
    const { edits, root } = await mount(DATA);
    const availability = byLabel(root, 'Availability');
    expect(availability.value).toBe('99.5');
    change(availability, '99.9');
    change(byLabel(root, 'RPO (data loss)'), '15m');
    expect(edits.map((e) => e.edits)).toEqual([
      [{ op: 'set', path: ['services', 0, 'objectives', 'availability'], value: '99.9%' }],
    ]);
  });

  it('shows the issues at services[0].objectives.rto next to the RTO input', async () => {
    const data = structuredClone(DATA);
    data.services[0]!.objectives['rto'] = '2 hours';
    const issue: ScenarioIssue = {
      severity: 'error',
      path: 'services[0].objectives.rto',
      line: 26,
      column: 40,
      message: 'expected a duration such as 15m or 2h, got "2 hours"',
      hint: 'write a number with a unit (w, d, h, m, s), e.g. 15m, 2h or 1h30m',
    };
    const { root } = await mount(data, [issue]);
    const rto = byLabel(root, 'RTO (recovery time)');
    expect(rto.value).toBe('2 hours');
    expect(rto.getAttribute('aria-invalid')).toBe('true');
    const list = root.getElementById(rto.getAttribute('aria-describedby') ?? '');
    expect(list?.closest('.field')).toBe(rto.closest('.field'));
    expect(list?.textContent).toContain('got "2 hours"');
    expect(list?.textContent).toContain('e.g. 15m, 2h or 1h30m');
    expect(byLabel(root, 'RPO (data loss)').getAttribute('aria-invalid')).toBe('false');
    expect(root.querySelector('summary .badge')?.textContent).toBe('1 issue');
  });

  it('groups the selected components and writes the whole requires in one set', async () => {
    const data = structuredClone(DATA) as unknown as { services: { requires: unknown }[] };
    data.services[0]!.requires = { series: ['lb', 'app-1', 'app-2', 'db-1', 'db-2'] };
    const { el, edits, root } = await mount(data);
    const check = (id: string) =>
      [...root.querySelectorAll<HTMLInputElement>('ul.checks input')].find((i) =>
        i.closest('label')?.textContent?.includes(id),
      ) as HTMLInputElement;
    change(check('db-1'), true);
    await el.updateComplete;
    change(check('db-2'), true);
    await el.updateComplete;
    const group = [...root.querySelectorAll('button')].find((b) =>
      b.getAttribute('aria-label')?.startsWith('Make a group: at least 1 of the 2 selected'),
    ) as HTMLButtonElement;
    group.click();
    expect(edits).toEqual([
      {
        edits: [
          {
            op: 'set',
            path: ['services', 0, 'requires'],
            value: { series: ['lb', 'app-1', 'app-2', { atLeast: 1, of: ['db-1', 'db-2'] }] },
          },
        ],
        label: 'Group db-1, db-2: at least 1 (Money transfer)',
      },
    ]);
    await el.updateComplete;
    expect(check('db-1').checked).toBe(false);
  });

  it('removes a node of the tree, changes k, and edits a standby pair', async () => {
    const { edits, root } = await mount(DATA);
    (
      root.querySelector(
        'button[aria-label="Remove the standby pair Load balancer A / Load balancer B"]',
      ) as HTMLButtonElement
    ).click();
    change(root.querySelectorAll<HTMLInputElement>('ul.tree input.k')[0] as HTMLInputElement, '2');
    const pair = 'the standby pair Database 1 (primary) / Database 2 (replica)';
    change(
      root.querySelector(`input[aria-label="Switch-over time of ${pair}"]`) as HTMLInputElement,
      '5m',
    );
    const failback = root.querySelector(`select[aria-label="Failback of ${pair}"]`)!;
    (failback as HTMLSelectElement).value = 'return';
    failback.dispatchEvent(new Event('change'));
    (
      root.querySelector(
        `button[aria-label="Swap active and standby of ${pair}"]`,
      ) as HTMLButtonElement
    ).click();
    const lb = { active: 'lb-a', standby: 'lb-b', switchover: '5m-15m' };
    const db = { active: 'db-1', standby: 'db-2', switchover: '10m-20m', failback: 'stay' };
    const apps = { atLeast: 1, of: ['app-1', 'app-2'] };
    expect(edits.map((e) => [e.label, e.edits[0]])).toEqual([
      [
        'Remove the standby pair Load balancer A / Load balancer B from the topology (Money transfer)',
        { op: 'set', path: ['services', 0, 'requires'], value: { series: [apps, db] } },
      ],
      [
        'Change how many are needed (Money transfer)',
        {
          op: 'set',
          path: ['services', 0, 'requires'],
          value: { series: [lb, { atLeast: 2, of: ['app-1', 'app-2'] }, db] },
        },
      ],
      [
        'Change the switch-over time (Money transfer)',
        {
          op: 'set',
          path: ['services', 0, 'requires'],
          value: { series: [lb, apps, { ...db, switchover: '5m' }] },
        },
      ],
      [
        'Change the failback (Money transfer)',
        {
          op: 'set',
          path: ['services', 0, 'requires'],
          value: { series: [lb, apps, { ...db, failback: 'return' }] },
        },
      ],
      [
        'Swap active and standby (Money transfer)',
        {
          op: 'set',
          path: ['services', 0, 'requires'],
          value: { series: [lb, apps, { ...db, active: 'db-2', standby: 'db-1' }] },
        },
      ],
    ]);
  });

  it('makes an active/standby pair of two selected components, the first in the list active', async () => {
    const data = structuredClone(DATA) as unknown as { services: { requires: unknown }[] };
    data.services[0]!.requires = { series: ['lb-a', 'app-1', 'db-1', 'db-2'] };
    const { el, edits, root } = await mount(data);
    const check = (id: string) =>
      [...root.querySelectorAll<HTMLInputElement>('ul.checks input')].find((i) =>
        i.closest('label')?.textContent?.includes(id),
      ) as HTMLInputElement;
    const pairButton = () =>
      [...root.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Make an active/standby pair'),
      ) as HTMLButtonElement;
    change(check('db-2'), true);
    await el.updateComplete;
    expect(pairButton().disabled).toBe(true);
    change(check('db-1'), true);
    await el.updateComplete;
    expect(pairButton().getAttribute('aria-label')).toBe(
      'Make an active/standby pair: Database 1 (primary) active, Database 2 (replica) standby',
    );
    pairButton().click();
    expect(edits).toEqual([
      {
        edits: [
          {
            op: 'set',
            path: ['services', 0, 'requires'],
            value: {
              series: ['lb-a', 'app-1', { active: 'db-1', standby: 'db-2', switchover: '15m' }],
            },
          },
        ],
        label: 'Make db-1 active with db-2 as its standby (Money transfer)',
      },
    ]);
  });

  it('passes the resolved topology of the service to the topology view', async () => {
    const { root } = await mount(DATA);
    const view = root.querySelector('cs-topology-view');
    expect(view?.topology).toEqual(SCENARIO?.services[0]?.requires);
    expect(view?.heading).toBe('Topology of Money transfer');
  });

  it('edits surges and weekday factors, and rounds dragged factors to 2 decimals', async () => {
    const { edits, root } = await mount(DATA);
    change(byLabel(root, 'Demand factor on Saturday'), '0.2');
    change(byLabel(root, 'When surge month-end happens'), 'on');
    (
      root.querySelector('button[aria-label="Remove surge month-end"]') as HTMLButtonElement
    ).click();
    expect(edits.map((e) => e.edits)).toEqual([
      [
        {
          op: 'set',
          path: ['services', 0, 'demand', 'weekdays'],
          value: { 'mon-fri': 1, sat: 0.2, sun: 0.1 },
        },
      ],
      [
        { op: 'set', path: ['services', 0, 'demand', 'surges', 0, 'every'], value: undefined },
        { op: 'set', path: ['services', 0, 'demand', 'surges', 0, 'on'], value: '2026-01-05' },
      ],
      [{ op: 'delete', path: ['services', 0, 'demand', 'surges', 0] }],
    ]);
    expect(roundFactors([0.1 + 0.2, 1 / 3, 2])).toEqual([0.3, 0.33, 2]);
  });

  it('never throws on malformed data', async () => {
    for (const data of [
      null,
      'text',
      { services: 'none' },
      {
        services: [null, 5, { requires: { series: 'x' }, demand: { hourly: 'flat', surges: [7] } }],
      },
      { services: [{ name: 'A', objectives: [], impact: 3 }], components: [{ id: 7 }, null] },
    ])
      await expect(mount(data)).resolves.toBeTruthy();
  });
});

const REQUIRES = {
  series: ['lb', { atLeast: 1, of: ['app-1', 'app-2'] }, { atLeast: 1, of: ['db-1', 'db-2'] }],
};
const tree = (raw: unknown): TreeNode | null => parseRequires(raw);
const file = (node: TreeNode | null) => (node === null ? null : toFileForm(node));

describe("topology-edit (the builder's pure tree functions)", () => {
  it('parseRequires(raw) and toFileForm(tree) round-trip the compact file form', () => {
    expect(file(tree(REQUIRES))).toEqual(REQUIRES);
    expect(file(tree('db-1'))).toBe('db-1');
    expect(tree(undefined)).toBeNull();
    expect(componentIds(tree(REQUIRES))).toEqual(['lb', 'app-1', 'app-2', 'db-1', 'db-2']);
  });

  it('parseRequires keeps what it does not understand as it is', () => {
    const odd = { series: ['lb', { atLeast: 'two', of: ['a', 'b'] }, 42] };
    const parsed = tree(odd);
    expect(nodeAt(parsed, [1])).toEqual({ kind: 'other', raw: { atLeast: 'two', of: ['a', 'b'] } });
    expect(file(parsed)).toEqual(odd);
  });

  it('combine groups two components of a series 1-of-2 in their place', () => {
    const next = combine(tree({ series: ['lb', 'db-1', 'db-2', 'app'] }), ['db-1', 'db-2'], {
      kind: 'group',
      atLeast: 1,
    });
    expect(file(next)).toEqual({ series: ['lb', { atLeast: 1, of: ['db-1', 'db-2'] }, 'app'] });
  });

  it('combine appends new components to the root series, and a lone root becomes a series', () => {
    expect(file(combine(tree(REQUIRES), ['fw'], { kind: 'series' }))).toEqual({
      series: [...REQUIRES.series, 'fw'],
    });
    expect(file(combine(tree('lb'), ['db-1', 'db-2'], { kind: 'group', atLeast: 1 }))).toEqual({
      series: ['lb', { atLeast: 1, of: ['db-1', 'db-2'] }],
    });
    expect(file(combine(null, ['a', 'b'], { kind: 'series' }))).toEqual({ series: ['a', 'b'] });
  });

  it('combine puts the new node where the chosen components meet; they leave their places', () => {
    // app-1 and db-1 meet in the root series: their group goes at the place of app-1's group,
    // and the groups they leave keep one member each (so each is that member).
    expect(file(combine(tree(REQUIRES), ['app-1', 'db-1'], { kind: 'group', atLeast: 1 }))).toEqual(
      { series: ['lb', { atLeast: 1, of: ['app-1', 'db-1'] }, 'app-2', 'db-2'] },
    );
    expect(file(combine(tree(REQUIRES), ['app-1', 'db-1'], { kind: 'series' }))).toEqual({
      series: ['lb', 'app-1', 'db-1', 'app-2', 'db-2'],
    });
    // Two members of a 2-of-3 group put in series stay inside that group.
    expect(
      file(combine(tree({ atLeast: 2, of: ['a', 'b', 'c'] }), ['b', 'c'], { kind: 'series' })),
    ).toEqual({ atLeast: 2, of: ['a', { series: ['b', 'c'] }] });
  });

  it('combine merges a new series into the series it lands in', () => {
    const next = combine(tree({ series: ['lb', 'a', 'b'] }), ['a', 'c'], { kind: 'series' });
    expect(file(next)).toEqual({ series: ['lb', 'a', 'c', 'b'] });
  });

  it('combine turns a group into a series of the same members', () => {
    const next = combine(tree({ atLeast: 1, of: ['db-1', 'db-2'] }), ['db-1', 'db-2'], {
      kind: 'series',
    });
    expect(file(next)).toEqual({ series: ['db-1', 'db-2'] });
  });

  it('removeNode(root, path) removes a node and tidies only its parent', () => {
    const root = tree(REQUIRES);
    expect(file(removeNode(root, [1]))).toEqual({
      series: ['lb', { atLeast: 1, of: ['db-1', 'db-2'] }],
    });
    // The group of two loses a member: a group of one is that member.
    expect(file(removeNode(root, [2, 0]))).toEqual({
      series: ['lb', { atLeast: 1, of: ['app-1', 'app-2'] }, 'db-2'],
    });
    expect(removeNode(root, [])).toBeNull();
    expect(removeNode(root, [7])).toBe(root);
  });

  it('removeNode lowers k when the group keeps fewer members than it needed', () => {
    const root = tree({ atLeast: 3, of: ['a', 'b', 'c', 'd'] });
    expect(file(removeNode(removeNode(root, [0]), [0]))).toEqual({ atLeast: 2, of: ['c', 'd'] });
  });

  it('setAtLeast keeps k between 1 and the number of members', () => {
    const root = tree(REQUIRES);
    expect(file(setAtLeast(root, [1], 2))).toEqual({
      series: ['lb', { atLeast: 2, of: ['app-1', 'app-2'] }, { atLeast: 1, of: ['db-1', 'db-2'] }],
    });
    expect(nodeAt(setAtLeast(root, [1], 9), [1])).toMatchObject({ atLeast: 2 });
    expect(nodeAt(setAtLeast(root, [1], 0), [1])).toMatchObject({ atLeast: 1 });
    expect(setAtLeast(root, [0], 2)).toBe(root);
    expect(atLeastBounds(3)).toEqual({ min: 1, max: 3 });
    expect(nodeAt(combine(null, ['a', 'b'], { kind: 'group', atLeast: 5 }), [])).toMatchObject({
      atLeast: 2,
    });
  });

  const PAIRS = {
    series: [
      { active: 'lb-a', standby: 'lb-b', switchover: '5m-15m' },
      { atLeast: 1, of: ['app-1', 'app-2'] },
      { id: 'dbs', active: 'db-1', standby: 'db-2', switchover: '10m-20m', failback: 'return' },
    ],
  };

  it('reads and writes standby pairs as the file has them, id and failback included', () => {
    expect(file(tree(PAIRS))).toEqual(PAIRS);
    expect(nodeAt(tree(PAIRS), [0])).toMatchObject({ kind: 'standby', switchover: '5m-15m' });
    expect(componentIds(tree(PAIRS))).toEqual(['lb-a', 'lb-b', 'app-1', 'app-2', 'db-1', 'db-2']);
    // An unknown key or failback is not a pair the builder understands: kept as it is.
    expect(nodeAt(tree({ active: 'a', standby: 'b', failback: 'later' }), [])?.kind).toBe('other');
  });

  it('combine makes a pair of exactly two components where they meet, the first active', () => {
    const next = combine(tree({ series: ['lb', 'db-1', 'db-2'] }), ['db-1', 'db-2'], {
      kind: 'standby',
      switchover: '15m',
    });
    expect(file(next)).toEqual({
      series: ['lb', { active: 'db-1', standby: 'db-2', switchover: '15m' }],
    });
    const root = tree({ series: ['a', 'b', 'c'] });
    expect(combine(root, ['a', 'b', 'c'], { kind: 'standby', switchover: '5m' })).toBe(root);
    // A k-of-n group of the two members of a pair replaces the pair.
    expect(file(combine(tree(PAIRS), ['lb-a', 'lb-b'], { kind: 'group', atLeast: 1 }))).toEqual({
      series: [{ atLeast: 1, of: ['lb-a', 'lb-b'] }, PAIRS.series[1], PAIRS.series[2]],
    });
  });

  it('removing a member of a pair leaves the other member, as a variant that removes it does', () => {
    expect(file(removeNode(tree(PAIRS), [2, 1]))).toEqual({
      series: [PAIRS.series[0], PAIRS.series[1], 'db-1'],
    });
    expect(file(removeNode(tree(PAIRS), [0, 0]))).toEqual({
      series: ['lb-b', PAIRS.series[1], PAIRS.series[2]],
    });
  });

  it('setStandby changes the switch-over or the failback, or swaps the roles (keeping its id)', () => {
    const root = tree(PAIRS);
    expect(nodeAt(setStandby(root, [0], { switchover: '2m' }), [0])).toMatchObject({
      switchover: '2m',
    });
    expect(file(nodeAt(setStandby(root, [0], { failback: 'return' }), [0]) ?? null)).toEqual({
      active: 'lb-a',
      standby: 'lb-b',
      switchover: '5m-15m',
      failback: 'return',
    });
    expect(file(nodeAt(setStandby(root, [2], { swap: true }), [2]) ?? null)).toEqual({
      id: 'dbs',
      active: 'db-2',
      standby: 'db-1',
      switchover: '10m-20m',
      failback: 'return',
    });
    expect(setStandby(root, [1], { switchover: '2m' })).toBe(root);
  });
});
