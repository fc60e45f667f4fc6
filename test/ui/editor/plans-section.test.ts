// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../../src/scenario/index.ts';
import type { ScenarioIssue } from '../../../src/scenario/issues.ts';
import { change, mountSection } from './section-harness.ts';
import { applyDocEdits } from '../../../src/ui/editor/editor-state.ts';
import '../../../src/ui/editor/plans-section/define.ts';
import type { CsPlansSection } from '../../../src/ui/editor/plans-section/plans-section.ts';

/** The bank as the tests address it by position (the bank before its standby groups). */
const text = readFileSync(
  join(import.meta.dirname, '../../scenario/document/bank-fixture.yaml'),
  'utf8',
);
const loaded = parseScenario(text, 'bank-money-transfer.yaml');
if (!loaded.ok) throw new Error('the bank scenario should be valid');
const scenario = loaded.scenario;
const bank = () => parse(text) as Record<string, unknown>;

const mount = (props: Partial<Pick<CsPlansSection, 'data' | 'scenario' | 'issues'>> = {}) =>
  mountSection('cs-plans-section', {
    data: props.data ?? bank(),
    scenario: props.scenario === undefined ? scenario : props.scenario,
    issues: props.issues ?? [],
  });

const commit = change;

afterEach(() => document.body.replaceChildren());

describe('<cs-plans-section>', () => {
  it('shows every plan of the file with a row per step', async () => {
    const { root } = await mount();
    const plans = root.querySelectorAll('article.plan');
    expect(plans).toHaveLength(3);
    expect(plans[2]?.querySelectorAll('tbody tr[data-step]')).toHaveLength(4);
    expect(plans[2]?.querySelector('.restores')?.textContent).toMatch(
      /Database 1 \(primary\), Database 2 \(replica\)\s+for\s+Money transfer\s+\(RTO 2 h\)/,
    );
  });

  it('fires one cs-doc-edit setting the duration when a duration input changes', async () => {
    const { edits, get } = await mount();
    commit(get<HTMLInputElement>('Duration of Promote the replica'), '5m-10m');
    expect(edits).toEqual([
      {
        edits: [{ op: 'set', path: ['plans', 2, 'steps', 1, 'duration'], value: '5m-10m' }],
        label: 'Duration of Promote the replica',
      },
    ]);
  });

  it('fires nothing when a committed value is the same as the file', async () => {
    const { edits, get } = await mount();
    commit(get<HTMLInputElement>('Duration of Promote the replica'), '10m-20m');
    expect(edits).toEqual([]);
  });

  it('shows a triangular duration as three inputs, each set on its own', async () => {
    const { edits, get } = await mount();
    expect(get<HTMLInputElement>('Shortest duration of Rebuild the lost node').value).toBe('2h');
    expect(get<HTMLInputElement>('Most likely duration of Rebuild the lost node').value).toBe('3h');
    commit(get<HTMLInputElement>('Longest duration of Rebuild the lost node'), '8h');
    expect(edits[0]?.edits).toEqual([
      { op: 'set', path: ['plans', 2, 'steps', 3, 'duration', 'max'], value: '8h' },
    ]);
  });

  it('moves a step up and down with a move edit', async () => {
    const { edits, get } = await mount();
    get('Move Promote the replica up').click();
    get('Move Promote the replica down').click();
    expect(edits.map((e) => [e.edits, e.label])).toEqual([
      [
        [{ op: 'move', path: ['plans', 2, 'steps'], from: 1, to: 0 }],
        'Move Promote the replica up',
      ],
      [
        [{ op: 'move', path: ['plans', 2, 'steps'], from: 1, to: 2 }],
        'Move Promote the replica down',
      ],
    ]);
    expect(get<HTMLButtonElement>('Move Assess the failure up').disabled).toBe(true);
    expect(get<HTMLButtonElement>('Move Rebuild the lost node down').disabled).toBe(true);
  });

  it('removes a step and hands its prerequisites to the steps that waited for it', async () => {
    const { edits, get } = await mount();
    get('Remove step Promote the replica').click();
    expect(edits).toEqual([
      {
        edits: [
          { op: 'set', path: ['plans', 2, 'steps', 2, 'after'], value: ['assess'] },
          { op: 'set', path: ['plans', 2, 'steps', 3, 'after'], value: ['assess'] },
          { op: 'delete', path: ['plans', 2, 'steps', 1] },
        ],
        label: 'Remove step Promote the replica',
      },
    ]);
  });

  it('adds a step with a fresh id after the last step', async () => {
    const { edits, root } = await mount();
    root.querySelector<HTMLButtonElement>('article[data-plan="2"] .add-step')!.click();
    expect(edits).toEqual([
      {
        edits: [
          {
            op: 'insert',
            path: ['plans', 2, 'steps'],
            index: 4,
            value: { id: 'step-5', name: 'New step', duration: '15m', after: ['rebuild'] },
          },
        ],
        label: 'Add a step to Promote the replica and rebuild',
      },
    ]);
  });

  it('sets the prerequisites from the checkboxes', async () => {
    const { edits, root } = await mount();
    const row = root.querySelector('tr[data-row="2:3"]')!;
    const boxes = Array.from(row.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    const repoint = boxes.find((b) => b.parentElement?.textContent?.trim() === 'repoint')!;
    repoint.checked = true;
    repoint.dispatchEvent(new Event('change'));
    expect(edits[0]).toEqual({
      edits: [
        { op: 'set', path: ['plans', 2, 'steps', 3, 'after'], value: ['promote', 'repoint'] },
      ],
      label: 'Prerequisites of Rebuild the lost node',
    });
  });

  it('renames a step in the prerequisites of the others too', async () => {
    const { edits, get } = await mount();
    commit(get<HTMLInputElement>('Id of Promote the replica'), 'promote-replica');
    expect(edits[0]?.edits).toEqual([
      { op: 'set', path: ['plans', 2, 'steps', 1, 'id'], value: 'promote-replica' },
      { op: 'set', path: ['plans', 2, 'steps', 2, 'after'], value: ['promote-replica'] },
      { op: 'set', path: ['plans', 2, 'steps', 3, 'after'], value: ['promote-replica'] },
    ]);
  });

  it('carries renames and removals into the variants that change the plan', async () => {
    const data = bank();
    const change = { steps: { rebuild: { duration: '1h-2h' } } };
    (data['variants'] as unknown[]).push({
      name: 'faster-rebuild',
      changes: { plans: { 'db-failover': change } },
    });
    const { edits, get } = await mount({ data });
    const variant = ['variants', 3, 'changes', 'plans'];
    commit(get<HTMLInputElement>('Id of Rebuild the lost node'), 'rebuild-node');
    commit(get<HTMLInputElement>('Id of plan Promote the replica and rebuild'), 'db-recovery');
    get('Remove step Rebuild the lost node').click();
    expect(edits.map((e) => e.edits)).toEqual([
      [
        { op: 'set', path: ['plans', 2, 'steps', 3, 'id'], value: 'rebuild-node' },
        {
          op: 'set',
          path: [...variant, 'db-failover', 'steps', 'rebuild-node'],
          value: change.steps.rebuild,
        },
        { op: 'delete', path: [...variant, 'db-failover', 'steps', 'rebuild'] },
      ],
      [
        { op: 'set', path: ['plans', 2, 'id'], value: 'db-recovery' },
        { op: 'set', path: ['components', 3, 'recovery'], value: 'db-recovery' },
        { op: 'set', path: ['components', 4, 'recovery'], value: 'db-recovery' },
        { op: 'set', path: [...variant, 'db-recovery'], value: change },
        { op: 'delete', path: [...variant, 'db-failover'] },
      ],
      [
        { op: 'delete', path: [...variant, 'db-failover', 'steps', 'rebuild'] },
        { op: 'delete', path: ['plans', 2, 'steps', 3] },
      ],
    ]);
  });

  it('refuses to remove a plan a component still uses, naming the component', async () => {
    const { edits, root, el } = await mount();
    root.querySelector<HTMLButtonElement>('article[data-plan="0"] .remove-plan')!.click();
    await el.updateComplete;
    expect(edits).toEqual([]);
    const alert = root.querySelector('article[data-plan="0"] [role="alert"]');
    expect(alert?.textContent).toContain('Load balancer pair (lb) uses it to recover');
  });

  it('removes a plan nothing uses, and adds a plan with one step', async () => {
    const data = bank();
    (data['components'] as { recovery?: string }[]).forEach((c) => {
      if (c.recovery === 'lb-failover') delete c.recovery;
    });
    const { edits, root } = await mount({ data });
    root.querySelector<HTMLButtonElement>('article[data-plan="0"] .remove-plan')!.click();
    root.querySelector<HTMLButtonElement>('.add-plan')!.click();
    expect(edits).toEqual([
      {
        edits: [{ op: 'delete', path: ['plans', 0] }],
        label: 'Remove plan Fail over the load balancer',
      },
      {
        edits: [
          {
            op: 'insert',
            path: ['plans'],
            index: 3,
            value: {
              id: 'plan-4',
              name: 'New plan',
              steps: [{ id: 'step-1', name: 'New step', duration: '15m' }],
            },
          },
        ],
        label: 'Add plan',
      },
    ]);
  });

  it('shows an issue next to its field, with aria-invalid, message and hint', async () => {
    const issue: ScenarioIssue = {
      severity: 'error',
      path: 'plans[2].steps[1].duration',
      line: 98,
      column: 74,
      message: 'expected a duration such as 15m or 2h, got "soon"',
      hint: 'write a number with a unit, e.g. 15m',
    };
    const { get, root } = await mount({ issues: [issue] });
    const input = get<HTMLInputElement>('Duration of Promote the replica');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const note = root.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(note?.closest('tr')).toBe(input.closest('tr'));
    expect(note?.textContent).toContain('got "soon"');
    expect(note?.textContent).toContain('Hint: write a number with a unit');
    expect(get('Duration of Assess the failure').getAttribute('aria-invalid')).toBe('false');
  });

  it('draws a Gantt per plan and keeps the last one with a note while the file is invalid', async () => {
    const { el, root } = await mount();
    const svg = root.querySelector('article[data-plan="2"] svg');
    expect(svg?.querySelector('title')?.textContent).toMatch(/RTO/);
    expect(root.querySelector('.note')).toBeNull();
    el.scenario = null;
    await el.updateComplete;
    expect(root.querySelector('article[data-plan="2"] svg title')?.textContent).toMatch(/RTO/);
    expect(root.querySelector('article[data-plan="2"] .note')?.textContent).toContain('last valid');
  });

  it('redraws the Gantt when a new valid scenario comes in', async () => {
    const { el, root, get } = await mount();
    const title = () => root.querySelector('article[data-plan="2"] svg title')?.textContent;
    const before = title();
    const edited = applyDocEdits(text, [
      { op: 'set', path: ['plans', 2, 'steps', 3, 'duration'], value: '30m' },
    ]);
    const next = parseScenario(edited, 'bank.yaml');
    if (!next.ok) throw new Error('the edit should keep the file valid');
    el.data = parse(edited);
    el.scenario = next.scenario;
    await el.updateComplete;
    expect(title()).not.toBe(before);
    expect(title()).toMatch(/to spare/);
    expect(get<HTMLInputElement>('Duration of Rebuild the lost node').value).toBe('30m');
  });

  it('keeps the focus on the moved step when the edited file comes back', async () => {
    const { el, root, get } = await mount();
    el.addEventListener('cs-doc-edit', (e) => {
      el.data = parse(applyDocEdits(text, e.detail.edits));
    });
    get('Move Promote the replica down').click();
    await el.updateComplete;
    expect(root.activeElement?.getAttribute('aria-label')).toBe('Move Promote the replica down');
    expect(root.activeElement?.closest('tr')?.dataset['step']).toBe('promote');
  });

  it('focuses the table row of a step selected in the Gantt', async () => {
    const { el, root } = await mount();
    const bar = root.querySelector<SVGGElement>(
      'article[data-plan="2"] g.cs-step[data-step="promote"]',
    );
    bar!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const row = root.querySelector('tr[data-row="2:1"]');
    expect(root.activeElement).toBe(row);
    expect(row?.classList.contains('selected')).toBe(true);
  });

  it('never throws on malformed data', async () => {
    const { root } = await mount({
      data: { plans: [null, 3, { id: 7, steps: 'none' }, { steps: [{ duration: 10 }, 'x'] }] },
      scenario: null,
    });
    expect(root.querySelectorAll('article.plan')).toHaveLength(2);
    expect(root.querySelector<HTMLInputElement>('[aria-label="Duration of step 1"]')?.value).toBe(
      '10',
    );
  });
});
