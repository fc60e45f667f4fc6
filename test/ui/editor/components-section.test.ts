// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../../src/scenario/index.ts';
import type { ScenarioIssue } from '../../../src/scenario/issues.ts';
import type { DocEdit } from '../../../src/ui/editor/doc-edit.ts';
import { mountSection } from './section-harness.ts';
import '../../../src/ui/editor/components-section/define.ts';
import type { CsComponentsSection } from '../../../src/ui/editor/components-section/components-section.ts';
import { ageValue, readAge } from '../../../src/ui/editor/components-section/age-field.ts';
import { switchFailure } from '../../../src/ui/editor/components-section/failure.ts';
import { componentIssueSlots } from '../../../src/ui/editor/components-section/issue-slots.ts';
import { freshComponentId } from '../../../src/ui/editor/components-section/read.ts';
import { findComponentReferences } from '../../../src/ui/editor/components-section/references.ts';
import {
  checkNewId,
  renameComponentEdits,
} from '../../../src/ui/editor/components-section/rename.ts';

/** The bank as the tests address it by position (the bank before its standby groups). */
const bankText = readFileSync('test/scenario/document/bank-fixture.yaml', 'utf8');
const bank = (): Record<string, unknown> => parse(bankText) as Record<string, unknown>;

/** Applies `set` and `delete` edits to plain data, as the editor would to the text. */
function apply(data: unknown, edits: readonly DocEdit[]): unknown {
  const copy = structuredClone(data);
  for (const edit of edits) {
    const parent = edit.path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as
      Record<string | number, unknown> | unknown[];
    const key = edit.path[edit.path.length - 1] ?? '';
    if (edit.op === 'delete' && Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (edit.op === 'delete') delete (parent as Record<string, unknown>)[key];
    else if (edit.op === 'set') (parent as Record<string | number, unknown>)[key] = edit.value;
    else throw new Error(`unexpected ${edit.op}`);
  }
  return copy;
}

const mount = (data: unknown, issues: readonly ScenarioIssue[] = []) =>
  mountSection('cs-components-section', { data, issues });

async function expand(el: CsComponentsSection, name: string) {
  const toggles = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.toggle') ?? [])];
  const toggle = toggles.find((b) => b.textContent?.includes(name));
  if (toggle === undefined) throw new Error(`no card ${name}`);
  toggle.click();
  await el.updateComplete;
}

function change(input: HTMLInputElement | HTMLSelectElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const byId = <T extends Element>(root: ShadowRoot, id: string): T => {
  const found = root.getElementById(id);
  if (found === null) throw new Error(`no #${id}`);
  return found as unknown as T;
};

afterEach(() => document.body.replaceChildren());

describe('<cs-components-section>', () => {
  it('lists every component of the file as a collapsed card', async () => {
    const { root } = await mount(bank());
    const names = [...root.querySelectorAll('.card .name')].map((n) => n.textContent);
    expect(names).toEqual([
      'Load balancer pair',
      'App server 1',
      'App server 2',
      'Database 1 (primary)',
      'Database 2 (replica)',
    ]);
    expect(root.querySelector('.body')).toBeNull();
  });

  it('fires one cs-doc-edit setting the capacity when the capacity input changes', async () => {
    const { el, edits, root } = await mount(bank());
    await expand(el, 'App server 1');
    change(byId<HTMLInputElement>(root, 'c1-capacity'), '900');
    expect(edits).toEqual([
      {
        edits: [{ op: 'set', path: ['components', 1, 'capacity'], value: 900 }],
        label: 'Capacity of App server 1',
      },
    ]);
  });

  it('removes the capacity key when the capacity is emptied (unconstrained)', async () => {
    const { el, edits, root } = await mount(bank());
    await expand(el, 'App server 1');
    change(byId<HTMLInputElement>(root, 'c1-capacity'), '');
    expect(edits[0]?.edits).toEqual([
      { op: 'set', path: ['components', 1, 'capacity'], value: undefined },
    ]);
  });

  it('switching the failure model to weibull keeps the old MTBF as the scale', async () => {
    const { el, edits, root } = await mount(bank());
    await expand(el, 'App server 1');
    change(byId<HTMLSelectElement>(root, 'c1-failure'), 'weibull');
    expect(edits).toEqual([
      {
        edits: [
          {
            op: 'set',
            path: ['components', 1, 'failure'],
            value: { weibull: { shape: 1.5, scale: '2500h' } },
          },
        ],
        label: 'Failure model of App server 1',
      },
    ]);
  });

  it('writes a duration parameter as text, the way scenario files write it', async () => {
    const { el, edits, root } = await mount(bank());
    await expand(el, 'Database 1 (primary)');
    change(byId<HTMLInputElement>(root, 'c3-failure-scale'), ' 5000h ');
    expect(edits[0]?.edits).toEqual([
      { op: 'set', path: ['components', 3, 'failure', 'weibull', 'scale'], value: '5000h' },
    ]);
  });

  it('sets the age at start of a database that wears out: steady state, a given age, or as the scenario', async () => {
    const { el, edits, root } = await mount(bank());
    await expand(el, 'Database 1 (primary)');
    const select = byId<HTMLSelectElement>(root, 'c3-age-choice');
    // As the scenario: no age of its own to type.
    expect(root.getElementById('c3-ageAtStart')).toBeNull();
    change(select, 'steady-state');
    change(select, 'age');
    expect(edits.map((e) => e.edits)).toEqual([
      [{ op: 'set', path: ['components', 3, 'ageAtStart'], value: 'steady-state' }],
      [{ op: 'set', path: ['components', 3, 'ageAtStart'], value: '8760h' }],
    ]);
    expect(edits[0]?.label).toBe('Age at start of Database 1 (primary)');
  });

  it('shows a given age as text, and takes the age out when set back to the scenario', async () => {
    const data = bank() as { components: Record<string, unknown>[] };
    data.components[3]!['ageAtStart'] = '3000h';
    const { el, edits, root } = await mount(data);
    await expand(el, 'Database 1 (primary)');
    const age = byId<HTMLInputElement>(root, 'c3-ageAtStart');
    expect(age.value).toBe('3000h');
    change(age, '4000h');
    change(byId<HTMLSelectElement>(root, 'c3-age-choice'), '');
    expect(edits.map((e) => e.edits)).toEqual([
      [{ op: 'set', path: ['components', 3, 'ageAtStart'], value: '4000h' }],
      [{ op: 'set', path: ['components', 3, 'ageAtStart'], value: undefined }],
    ]);
  });

  it('leaves the age out for a life that does not age (exponential)', async () => {
    const { el, root } = await mount(bank());
    await expand(el, 'App server 1');
    expect(root.getElementById('c1-age-choice')).toBeNull();
  });

  it('shows an issue at components[1].capacity next to the capacity input', async () => {
    const text = bankText.replace('capacity: 600', 'capacity: -3');
    const result = parseScenario(text);
    const issues = result.ok ? [] : result.errors;
    expect(issues.map((i) => i.path)).toContain('components[1].capacity');
    const { el, root } = await mount(parse(text), issues);
    const badge = root.querySelectorAll('.card')[1]?.querySelector('.badge');
    expect(badge?.textContent?.trim()).toBe('1 error');
    await expand(el, 'App server 1');
    const input = byId<HTMLInputElement>(root, 'c1-capacity');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = byId<HTMLElement>(root, input.getAttribute('aria-describedby') ?? '');
    expect(described.textContent).toContain('expected a number of transactions per minute');
    expect(described.textContent).toContain('Hint: capacity: 900');
    expect(input.closest('.field')?.contains(described)).toBe(true);
    expect(byId<HTMLInputElement>(root, 'c1-name').hasAttribute('aria-invalid')).toBe(false);
  });

  it('refuses to remove a referenced component and says where it is used', async () => {
    const { el, edits, root } = await mount(bank());
    await expand(el, 'Database 1 (primary)');
    root.querySelector<HTMLButtonElement>('button.danger')?.click();
    await el.updateComplete;
    expect(edits).toEqual([]);
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Database 1 (primary) cannot be removed');
    expect(alert?.textContent).toContain('service Money transfer (requires)');
    expect(alert?.textContent).toContain('inject 1 (fail at 2026-01-05T10:00)');
  });

  it('removes a component nothing refers to', async () => {
    const data = bank();
    (data['components'] as unknown[]).push({ id: 'spare', name: 'Spare', kind: 'server' });
    const { el, edits, root } = await mount(data);
    await expand(el, 'Spare');
    root.querySelector<HTMLButtonElement>('button.danger')?.click();
    expect(edits).toEqual([
      { edits: [{ op: 'delete', path: ['components', 5] }], label: 'Remove component Spare' },
    ]);
  });

  it('adds a server named "New component" with a fresh id', async () => {
    const { edits, root } = await mount(bank());
    root.querySelector<HTMLButtonElement>('header button')?.click();
    expect(edits).toEqual([
      {
        edits: [
          {
            op: 'insert',
            path: ['components'],
            index: 5,
            value: { id: 'component-6', name: 'New component', kind: 'server' },
          },
        ],
        label: 'Add component',
      },
    ]);
  });

  it('renames an id with every reference as one cs-doc-edit', async () => {
    const { el, edits, root } = await mount(bank());
    await expand(el, 'App server 1');
    root
      .querySelector<HTMLButtonElement>('button[aria-label="Rename id of App server 1"]')
      ?.click();
    await el.updateComplete;
    const input = byId<HTMLInputElement>(root, 'c1-id');
    input.value = 'app-2';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('button.primary')?.click();
    await el.updateComplete;
    expect(edits).toEqual([]);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('already has the id app-2');
    input.value = 'app-a';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('button.primary')?.click();
    expect(edits).toHaveLength(1);
    expect(edits[0]?.label).toBe('Rename App server 1 from app-1 to app-a');
    expect(edits[0]?.edits.length).toBe(3);
  });

  it('renders malformed data without throwing', async () => {
    const data = { components: [null, 'db-1', { id: 7, failure: 'sometimes', dependsOn: 'x' }] };
    const { el, root } = await mount(data);
    for (const toggle of root.querySelectorAll<HTMLButtonElement>('button.toggle')) toggle.click();
    await el.updateComplete;
    expect(root.querySelectorAll('.card')).toHaveLength(3);
    expect(byId<HTMLSelectElement>(root, 'c2-failure').value).toBe('');
    el.data = 'not a file';
    await el.updateComplete;
    expect(root.textContent).toContain('No components yet');
  });
});

describe('renameComponentEdits(data, index, newId)', () => {
  it('renames a member of a standby pair where it sits: under active or standby', () => {
    const bundled = parse(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8')) as Record<
      string,
      unknown
    >;
    const index = (bundled['components'] as { id: string }[]).findIndex((c) => c.id === 'db-2');
    const edits = renameComponentEdits(bundled, index, 'db-b');
    expect(edits.slice(0, 2)).toEqual([
      { op: 'set', path: ['components', index, 'id'], value: 'db-b' },
      { op: 'set', path: ['services', 0, 'requires', 'series', 2, 'standby'], value: 'db-b' },
    ]);
    const renamed = apply(bundled, edits);
    expect(JSON.stringify(renamed)).not.toContain('"db-2"');
    expect(parseScenario(JSON.stringify(renamed), 'bank.json').ok).toBe(true);
  });

  it('updates every reference to the id in the bank file', () => {
    const data = bank();
    const edits = renameComponentEdits(data, 4, 'db-b');
    expect(edits).toEqual([
      { op: 'set', path: ['components', 4, 'id'], value: 'db-b' },
      { op: 'set', path: ['services', 0, 'requires', 'series', 2, 'of', 1], value: 'db-b' },
      { op: 'set', path: ['exercise', 'manualInvocation', 1], value: 'db-b' },
      { op: 'set', path: ['exercise', 'injects', 2, 'effect', 'component'], value: 'db-b' },
      ...[
        [0, 1],
        [1, 1],
        [2, 1],
        [2, 2],
        [3, 1],
      ].map(([o, a]) => ({
        op: 'set',
        path: ['exercise', 'decisions', 0, 'options', o, 'actions', a, 'component'],
        value: 'db-b',
      })),
      {
        op: 'set',
        path: ['variants', 2, 'changes', 'components', 'db-b'],
        value: { remove: true },
      },
      { op: 'delete', path: ['variants', 2, 'changes', 'components', 'db-2'] },
    ]);
    const renamed = apply(data, edits);
    expect(JSON.stringify(renamed)).not.toContain('"db-2"');
    expect(findComponentReferences(renamed, 'db-b')).toHaveLength(9);
    const result = parseScenario(JSON.stringify(renamed), 'bank.json');
    expect(result.ok).toBe(true);
  });

  it('renames dependsOn entries, injects and topologies replaced by variants', () => {
    const data = bank();
    const components = data['components'] as Record<string, unknown>[];
    components[1] = { ...components[1], dependsOn: ['db-1'] };
    const variants = data['variants'] as { changes: Record<string, unknown> }[];
    variants[1] = {
      ...variants[1],
      changes: { services: { transfers: { requires: { series: ['lb', 'app-1', 'db-1'] } } } },
    };
    const renamed = apply(data, renameComponentEdits(data, 3, 'db-a'));
    expect(JSON.stringify(renamed)).not.toContain('"db-1"');
    expect(parseScenario(JSON.stringify(renamed), 'bank.json').ok).toBe(true);
  });

  it('gives no edits for the same id, and checkNewId refuses taken or malformed ids', () => {
    expect(renameComponentEdits(bank(), 1, 'app-1')).toEqual([]);
    expect(checkNewId(bank(), 1, 'app-2')).toContain('already has the id app-2');
    expect(checkNewId(bank(), 1, 'App 1')).toContain('lower-case');
    expect(checkNewId(bank(), 1, '')).toBe('Enter the new id.');
    expect(checkNewId(bank(), 1, 'app-9')).toBeNull();
  });
});

describe('component helpers', () => {
  it('switchFailure keeps the time scale, or uses a default', () => {
    const exponential = { exponential: { mtbf: '2500h' } };
    expect(switchFailure(exponential, 'lognormal')).toEqual({
      lognormal: { median: '2500h', sigma: 1 },
    });
    expect(switchFailure(undefined, 'weibull')).toEqual({
      weibull: { shape: 1.5, scale: '4000h' },
    });
    expect(switchFailure(exponential, 'none')).toBeUndefined();
    expect(switchFailure(exponential, 'exponential')).toBe(exponential);
  });

  it('readAge gives the choice for a value in the file, ageValue the value for a choice', () => {
    expect([undefined, 'new', ' steady-state ', '3000h', 5].map(readAge)).toEqual([
      '',
      'new',
      'steady-state',
      'age',
      'unknown',
    ]);
    expect(ageValue('', 'new')).toBeUndefined();
    expect(ageValue('steady-state', undefined)).toBe('steady-state');
    expect(ageValue('age', '3000h')).toBe('3000h');
    expect(ageValue('age', 'new')).toBe('8760h');
  });

  it('componentIssueSlots places nested issues at their field', () => {
    const issue = (path: string): ScenarioIssue => ({
      severity: 'error',
      path,
      line: null,
      column: null,
      message: path,
      hint: '',
    });
    const slots = componentIssueSlots(
      ['components[1].failure.weibull.shape', 'components[1].dependsOn[0]', 'components[10].id']
        .concat(['components[1].colour', 'components[1].data.backupEvery'])
        .concat(['components[1].ageAtStart'])
        .map(issue),
      1,
    );
    expect([...slots.keys()]).toEqual([
      'failure.shape',
      'dependsOn',
      '',
      'data.backupEvery',
      'ageAtStart',
    ]);
  });

  it('freshComponentId skips ids in use', () => {
    expect(freshComponentId({ components: [{ id: 'component-2' }, {}] })).toBe('component-3');
    expect(freshComponentId({ components: [{ id: 'component-2' }] })).toBe('component-3');
    expect(freshComponentId(null)).toBe('component-1');
  });
});
