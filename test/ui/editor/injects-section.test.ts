// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../../src/scenario/index.ts';
import type { ScenarioIssue } from '../../../src/scenario/issues.ts';
import { change, mountSection } from './section-harness.ts';
import '../../../src/ui/editor/injects-section/define.ts';
import type { CsInjectsSection } from '../../../src/ui/editor/injects-section/injects-section.ts';

const text = readFileSync(
  join(import.meta.dirname, '../../../scenarios/bank-money-transfer.yaml'),
  'utf8',
);
const loaded = parseScenario(text, 'bank-money-transfer.yaml');
if (!loaded.ok) throw new Error('the bank scenario should be valid');
const bank = () => parse(text) as Record<string, unknown>;

const mount = (props: Partial<Pick<CsInjectsSection, 'data' | 'issues'>> = {}) =>
  mountSection('cs-injects-section', {
    data: props.data ?? bank(),
    scenario: loaded.ok ? loaded.scenario : null,
    issues: props.issues ?? [],
  });

const commit = change;

afterEach(() => document.body.replaceChildren());

describe('<cs-injects-section>', () => {
  it('lists the scripted injects with their time in a datetime-local input', async () => {
    const { root, get } = await mount();
    expect(root.querySelectorAll('tbody tr[data-row]')).toHaveLength(3);
    const at = get<HTMLInputElement>('Time of inject 1 (fail db-1)');
    expect(at.type).toBe('datetime-local');
    expect(at.value).toBe('2026-01-05T10:00');
    expect(get<HTMLSelectElement>('Component of inject 1 (fail db-1)').value).toBe('db-1');
  });

  it('writes a changed time back in the file format YYYY-MM-DDTHH:MM', async () => {
    const { edits, get } = await mount();
    commit(get<HTMLInputElement>('Time of inject 2 (fail app-1)'), '2026-01-08T09:45:00');
    expect(edits).toEqual([
      {
        edits: [{ op: 'set', path: ['injects', 1, 'at'], value: '2026-01-08T09:45' }],
        label: 'Time of inject 2 (fail app-1)',
      },
    ]);
  });

  it('shows a time written as an offset from the start as a date-time', async () => {
    const data = bank();
    data['injects'] = [{ at: '+2d10h', action: 'fail', component: 'lb' }];
    const { get } = await mount({ data });
    expect(get<HTMLInputElement>('Time of inject 1 (fail lb)').value).toBe('2026-01-07T10:00');
  });

  it('changes the action with the fields the new action needs', async () => {
    const { edits, get, el } = await mount();
    commit(get<HTMLSelectElement>('Action of inject 1 (fail db-1)'), 'degrade');
    commit(get<HTMLSelectElement>('Action of inject 2 (fail app-1)'), 'surge');
    await el.updateComplete;
    expect(edits).toEqual([
      {
        edits: [
          { op: 'set', path: ['injects', 0, 'action'], value: 'degrade' },
          { op: 'set', path: ['injects', 0, 'capacity'], value: '50%' },
        ],
        label: 'Action of inject 1 (fail db-1)',
      },
      {
        edits: [
          { op: 'set', path: ['injects', 1, 'action'], value: 'surge' },
          { op: 'delete', path: ['injects', 1, 'component'] },
          { op: 'set', path: ['injects', 1, 'factor'], value: 2 },
          { op: 'set', path: ['injects', 1, 'duration'], value: '1h' },
        ],
        label: 'Action of inject 2 (fail app-1)',
      },
    ]);
  });

  it('edits the fields of a degrade inject: component, capacity as a percentage, for', async () => {
    const data = bank();
    data['injects'] = [
      { at: '2026-01-05T10:00', action: 'degrade', component: 'db-1', capacity: '50%' },
    ];
    const { edits, get } = await mount({ data });
    const name = 'inject 1 (degrade db-1)';
    commit(get<HTMLSelectElement>(`Component of ${name}`), 'db-2');
    commit(get<HTMLInputElement>(`Capacity left of ${name}`), '30');
    commit(get<HTMLInputElement>(`For of ${name}`), '2h');
    expect(edits.flatMap((e) => e.edits)).toEqual([
      { op: 'set', path: ['injects', 0, 'component'], value: 'db-2' },
      { op: 'set', path: ['injects', 0, 'capacity'], value: '30%' },
      { op: 'set', path: ['injects', 0, 'for'], value: '2h' },
    ]);
  });

  it('adds a failure of the first component at 10:00 the day after the start, and removes', async () => {
    const { edits, root, get } = await mount();
    root.querySelector<HTMLButtonElement>('.add-inject')!.click();
    get('Remove inject 3 (fail app-2)').click();
    expect(edits).toEqual([
      {
        edits: [
          {
            op: 'insert',
            path: ['injects'],
            index: 3,
            value: { at: '2026-01-06T10:00', action: 'fail', component: 'lb-a' },
          },
        ],
        label: 'Add inject',
      },
      { edits: [{ op: 'delete', path: ['injects', 2] }], label: 'Remove inject 3 (fail app-2)' },
    ]);
  });

  it('shows an issue at its field with aria-invalid', async () => {
    const issue: ScenarioIssue = {
      severity: 'error',
      path: 'injects[0].component',
      line: 104,
      column: 50,
      message: 'unknown component "db-9"',
      hint: 'use one of lb, app-1, app-2, db-1, db-2',
    };
    const data = bank();
    (data['injects'] as Record<string, unknown>[])[0]!['component'] = 'db-9';
    const { get, root } = await mount({ data, issues: [issue] });
    const select = get<HTMLSelectElement>('Component of inject 1 (fail db-9)');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.value).toBe('db-9');
    expect(root.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toContain(
      'unknown component "db-9"',
    );
  });

  it('never throws on malformed data', async () => {
    const { root } = await mount({ data: { injects: [7, { action: 'explode' }, null] } });
    expect(root.querySelectorAll('tbody tr[data-row]')).toHaveLength(1);
    expect(root.querySelector<HTMLButtonElement>('.add-inject')?.disabled).toBe(true);
  });
});

describe('<cs-injects-section> on the clock of a scenario with a time zone', () => {
  const mountFixture = async (fixture: string) => {
    const fileText = readFileSync(join(import.meta.dirname, '../../fixtures', fixture), 'utf8');
    const parsed = parseScenario(fileText, fixture);
    if (!parsed.ok) throw new Error(`${fixture} should be valid`);
    const section = await mountSection('cs-injects-section', {
      data: parse(fileText) as Record<string, unknown>,
      scenario: parsed.scenario,
      issues: [],
    });
    const settle = async () => {
      await section.el.updateComplete;
      for (const input of section.root.querySelectorAll('cs-local-time-input'))
        await (input as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    };
    await settle();
    return { ...section, fileText, settle };
  };
  const name = 'Time of inject 1 (fail lb-1)';

  it('refuses 2026-03-29T01:30 in London in place: nothing written, what was typed kept', async () => {
    const { edits, get, root, settle } = await mountFixture('london-clocks-forward.yaml');
    commit(get<HTMLInputElement>(name), '2026-03-29T01:30');
    await settle();
    expect(edits).toEqual([]);
    expect(get<HTMLInputElement>(name).value).toBe('2026-03-29T01:30');
    const alert = root.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('2026-03-29T01:30 does not exist in Europe/London');
    alert!.querySelectorAll('button')[0]!.click(); // Use 02:30 BST
    expect(edits).toEqual([
      {
        edits: [{ op: 'set', path: ['injects', 0, 'at'], value: '2026-03-29T02:30' }],
        label: name,
      },
    ]);
  });

  it('asks which of two readings, and writes the second with its offset when it is picked', async () => {
    const { edits, el, root, fileText, settle } = await mountFixture('london-clocks-back.yaml');
    const data = parse(fileText) as { injects: { at: string }[] };
    data.injects[0]!.at = '2026-10-25T01:30';
    el.data = data;
    await settle();
    const radios = root.querySelectorAll<HTMLInputElement>(
      'fieldset.cs-lt-twice input[type=radio]',
    );
    expect([...radios].map((r) => r.checked)).toEqual([true, false]);
    change(radios[1]!, true);
    expect(edits).toEqual([
      {
        edits: [{ op: 'set', path: ['injects', 0, 'at'], value: '2026-10-25T01:30+00:00' }],
        label: name,
      },
    ]);
  });

  it('shows a time written as an offset from the start at its local time, across the change', async () => {
    const { el, get, fileText, settle } = await mountFixture('london-clocks-forward.yaml');
    const data = parse(fileText) as { injects: { at: string }[] };
    data.injects[0]!.at = '+2d2h'; // 50 h after 00:00 GMT on the 27th: 03:00 BST on the 29th
    el.data = data;
    await settle();
    expect(get<HTMLInputElement>(name).value).toBe('2026-03-29T03:00');
  });
});
