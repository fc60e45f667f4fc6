// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../../src/scenario/index.ts';
import { applyDocEdits } from '../../../src/ui/editor/editor-state.ts';
import '../../../src/ui/editor/teams-section/define.ts';
import '../../../src/ui/editor/plans-section/define.ts';
import '../../../src/ui/editor/services-section/define.ts';
import { change, labelled, mountSection } from './section-harness.ts';
import { FILE } from './teams-fixture.ts';

const issuesOf = (text: string) => {
  const r = parseScenario(text, 'teams.yaml');
  return [...(r.ok ? [] : r.errors), ...r.warnings];
};
const mountTeams = (text = FILE) =>
  mountSection('cs-teams-section', { data: parse(text), issues: issuesOf(text) });

afterEach(() => document.body.replaceChildren());

describe('<cs-teams-section>', () => {
  it('shows each team with its name, id, size, hours, call-out and escalation', async () => {
    const { root, get } = await mountTeams();
    expect([...root.querySelectorAll('article.team h3')].map((h) => h.textContent)).toEqual([
      'Database administrators',
      'Service desk',
    ]);
    expect(labelled(root, 'Name', '#f-teams-0-name').value).toBe('Database administrators');
    expect(labelled(root, 'People at once', '#f-teams-0-size').value).toBe('1');
    expect(get<HTMLInputElement>('Working hours of Database administrators on Monday').value).toBe(
      '08:00-18:00',
    );
    expect(get<HTMLInputElement>('Call-out of Database administrators').value).toBe('30m-1h');
    // The desk is always at work: no grid, no call-out; it escalates to the DBAs.
    const desk = root.querySelector('article.team[data-team="1"]')!;
    expect(desk.querySelector<HTMLInputElement>('input.always')?.checked).toBe(true);
    expect(desk.querySelector('table.week')).toBeNull();
    expect(desk.querySelector('.call-out')).toBeNull();
    const escalation = desk.querySelector<HTMLSelectElement>('select.escalation')!;
    expect(escalation.value).toBe('dba');
    expect([...escalation.options].map((o) => o.textContent?.trim())).toEqual([
      'no one',
      'Database administrators',
    ]);
    expect(root.querySelector('article.team[data-team="0"] .note')?.textContent).toContain(
      'Owner of 1 step: a new id renames it too.',
    );
  });

  it('renames the step owners with the id, in one edit', async () => {
    const { root, edits } = await mountTeams();
    change(labelled(root, 'Id', '#f-teams-0-id'), 'db-admins');
    expect(edits).toEqual([
      {
        edits: [
          { op: 'set', path: ['teams', 0, 'id'], value: 'db-admins' },
          { op: 'set', path: ['plans', 0, 'steps', 1, 'owner'], value: 'db-admins' },
          { op: 'set', path: ['teams', 1, 'escalation'], value: 'db-admins' },
        ],
        label: 'Id of team Database administrators (and 1 step owner)',
      },
    ]);
  });

  it('writes the hours grid to the team, the call-out, the 24x7 choice and the escalation', async () => {
    const { root, get, edits } = await mountTeams();
    change(get<HTMLInputElement>('Working hours of Database administrators on Saturday'), '');
    change(get<HTMLInputElement>('Closed of Database administrators on Saturday'), false);
    change(get<HTMLInputElement>('Call-out of Database administrators'), '45m');
    change(root.querySelector<HTMLInputElement>('article.team[data-team="0"] input.always')!, true);
    change(
      root.querySelector<HTMLSelectElement>('article.team[data-team="0"] select.escalation')!,
      'desk',
    );
    expect(edits.map((e) => [e.label, e.edits])).toEqual([
      [
        'Open of Database administrators on Saturday',
        [
          {
            op: 'set',
            path: ['teams', 0, 'hours'],
            value: { 'mon-sat': '08:00-18:00' },
          },
        ],
      ],
      [
        'Call-out of team Database administrators',
        [{ op: 'set', path: ['teams', 0, 'callOut'], value: '45m' }],
      ],
      [
        'Team Database administrators always at work',
        [
          { op: 'set', path: ['teams', 0, 'hours'], value: 'always' },
          { op: 'set', path: ['teams', 0, 'callOut'], value: undefined },
        ],
      ],
      [
        'Escalation of team Database administrators',
        [{ op: 'set', path: ['teams', 0, 'escalation'], value: 'desk' }],
      ],
    ]);
  });

  it("shows the parser's message at the call-out, with aria-invalid", async () => {
    const text = applyDocEdits(FILE, [{ op: 'set', path: ['teams', 0, 'callOut'], value: 'soon' }]);
    const { get, root } = await mountTeams(text);
    const input = get<HTMLInputElement>('Call-out of Database administrators');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const note = root.getElementById(input.getAttribute('aria-describedby')!);
    expect(note?.textContent).toMatch(/soon/);
  });

  it('adds, and removes, a team and a contact', async () => {
    const { root, get, edits } = await mountTeams();
    root.querySelector<HTMLButtonElement>('button.add-team')!.click();
    root.querySelector<HTMLButtonElement>('article.team[data-team="0"] .add-contact')!.click();
    root.querySelector<HTMLButtonElement>('article.team[data-team="1"] .remove-team')!.click();
    get('Move team Service desk up').click();
    expect(edits.map((e) => e.label)).toEqual([
      'Add team',
      'Add a contact to team Database administrators',
      'Remove team Service desk',
      'Move team Service desk up',
    ]);
    expect(edits[0]?.edits[0]).toMatchObject({ op: 'insert', path: ['teams'], index: 2 });
  });
});

describe('typing in a field', () => {
  it('keeps what the person typed when the section re-renders with the same file', async () => {
    const { el, get } = await mountTeams();
    const callOut = get<HTMLInputElement>('Call-out of Database administrators');
    callOut.focus();
    callOut.value = '2h';
    // A re-render for another reason (the section's width, a run finishing): same data.
    el.issues = [...el.issues];
    await el.updateComplete;
    expect(callOut.value).toBe('2h');
    // A new file (an undo, say) shows its own value, typing or not.
    el.data = parse(
      applyDocEdits(FILE, [{ op: 'set', path: ['teams', 0, 'callOut'], value: '1h' }]),
    );
    await el.updateComplete;
    expect(callOut.value).toBe('1h');
  });

  it('puts the file value back in a field the person left without committing', async () => {
    const { el, get } = await mountTeams();
    const callOut = get<HTMLInputElement>('Call-out of Database administrators');
    callOut.value = '2h';
    el.issues = [...el.issues];
    await el.updateComplete;
    expect(callOut.value).toBe('30m-1h');
  });
});

describe('owners in the recovery plans', () => {
  const mountPlans = (text: string) =>
    mountSection('cs-plans-section', { data: parse(text), scenario: null, issues: issuesOf(text) });

  it('offers the declared teams by name in the owner list, then the other owners', async () => {
    const text = applyDocEdits(FILE, [
      { op: 'set', path: ['plans', 0, 'steps', 0, 'owner'], value: 'night-shift' },
    ]);
    const { root } = await mountPlans(text);
    expect(
      [...root.querySelectorAll('datalist#owners option')].map((o) => [
        o.getAttribute('value'),
        o.getAttribute('label'),
      ]),
    ).toEqual([
      ['dba', 'Database administrators (team)'],
      ['desk', 'Service desk (team)'],
      ['night-shift', null],
    ]);
  });

  it('names the team under an owner, and shows the warning under one that names no team', async () => {
    const { get, root } = await mountPlans(FILE);
    const cell = (label: string) => get<HTMLInputElement>(label).closest('td')!;
    expect(cell('Owner of Restore').querySelector('.owner-note')?.textContent).toBe(
      'Database administrators',
    );
    const text = applyDocEdits(FILE, [
      { op: 'set', path: ['plans', 0, 'steps', 1, 'owner'], value: 'dbb' },
    ]);
    const warned = await mountPlans(text);
    const owner = warned.get<HTMLInputElement>('Owner of Restore');
    // The quiet note in the cell; the parser's warning in the row under the step, described.
    expect(owner.closest('td')!.querySelector('.owner-note')?.textContent).toBe(
      'Not a team: unlimited, always at work',
    );
    const row = owner.closest('tr')!.nextElementSibling!;
    expect(row.classList.contains('row-issues')).toBe(true);
    const note =
      warned.root.getElementById(owner.getAttribute('aria-describedby')!)?.textContent ?? '';
    expect(row.textContent).toContain(note.trim());
    expect(note).toContain('owner "dbb" names no declared team');
    expect(note).toContain('did you mean dba?');
    expect(root).toBeTruthy();
  });

  it('says quietly "unlimited, always at work" for an undeclared owner, with or without the warning', async () => {
    const text = applyDocEdits(FILE, [
      { op: 'set', path: ['plans', 0, 'steps', 1, 'owner'], value: 'dbb' },
    ]);
    const { get } = await mountSection('cs-plans-section', {
      data: parse(text),
      scenario: null,
      issues: [],
    });
    expect(
      get<HTMLInputElement>('Owner of Restore').closest('td')!.querySelector('.owner-note')
        ?.textContent,
    ).toBe('Not a team: unlimited, always at work');
  });
});

describe('services: priority and invocation', () => {
  it('sets the priority as a number and the decider from the teams', async () => {
    const { root, edits } = await mountSection('cs-services-section', {
      data: parse(FILE),
      scenario: null,
      issues: [],
    });
    change(labelled(root, 'Priority (1 first)', '#f-services-0-priority'), '1');
    const decider = root.querySelector<HTMLSelectElement>('#f-services-0-invocation-decidedBy')!;
    expect([...decider.options].map((o) => o.textContent?.trim())).toEqual([
      'not said',
      'Database administrators',
      'Service desk',
    ]);
    change(decider, 'desk');
    const criteria = root.querySelector<HTMLTextAreaElement>('#f-services-0-invocation-criteria')!;
    criteria.value = '  The database is lost for more than 30 minutes ';
    criteria.dispatchEvent(new Event('change', { bubbles: true }));
    expect(edits.map((e) => [e.label, e.edits])).toEqual([
      ['Priority of Payments', [{ op: 'set', path: ['services', 0, 'priority'], value: 1 }]],
      [
        'Who decides the invocation of Payments',
        [{ op: 'set', path: ['services', 0, 'invocation', 'decidedBy'], value: 'desk' }],
      ],
      [
        'Invocation criteria of Payments',
        [
          {
            op: 'set',
            path: ['services', 0, 'invocation', 'criteria'],
            value: 'The database is lost for more than 30 minutes',
          },
        ],
      ],
    ]);
  });
});
