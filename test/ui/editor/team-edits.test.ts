import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../../src/scenario/index.ts';
import { applyDocEdits } from '../../../src/ui/editor/editor-state.ts';
import type { DocEditDetail } from '../../../src/ui/editor/doc-edit.ts';
import { planViews } from '../../../src/ui/editor/plans-section/plan-data.ts';
import {
  addReview,
  removeReview,
  setReview,
} from '../../../src/ui/editor/plans-section/plan-review.ts';
import { invocationEdits } from '../../../src/ui/editor/services-section/continuity-fields.ts';
import { teamViews } from '../../../src/ui/editor/teams-section/team-data.ts';
import * as team from '../../../src/ui/editor/teams-section/team-edits.ts';
import { FILE } from './teams-fixture.ts';

/** Applies an edit as the editor does, and reads the result back. */
function apply(text: string, detail: DocEditDetail | null) {
  if (!detail) throw new Error('expected an edit');
  const out = applyDocEdits(text, detail.edits);
  const parsed = parseScenario(out, 'teams.yaml');
  return {
    text: out,
    data: parse(out) as unknown,
    errors: parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message}`),
    warnings: parsed.warnings.map((w) => `${w.path}: ${w.message}`),
  };
}

const teamsOf = (text: string) => teamViews(parse(text));
const dba = (text: string) => teamsOf(text)[0]!;
const desk = (text: string) => teamsOf(text)[1]!;

describe('the Teams part edits the file text in place', () => {
  it('starts from a file the parser takes without issues', () => {
    const parsed = parseScenario(FILE, 'teams.yaml');
    expect(parsed.ok).toBe(true);
    expect(parsed.warnings).toEqual([]);
  });

  it('adds a team at the end of the list with office hours and a call-out', () => {
    const r = apply(FILE, team.addTeam(parse(FILE), 2));
    expect(r.text).toContain(`    escalation: dba
  - id: team-3
    name: New team
    size: 1
    hours: { mon-fri: "09:00-17:00" }
    callOut: 30m-1h
plans:`);
    expect(r.text).toContain('# the people who recover\nteams:');
    expect(r.errors).toEqual([]);
  });

  it('renames a team id together with the step owners and escalations that name it, keeping the comments', () => {
    const detail = team.renameTeam(parse(FILE), dba(FILE), 'db-admins');
    expect(detail?.label).toBe('Id of team Database administrators (and 1 step owner)');
    const r = apply(FILE, detail);
    expect(r.text).toContain('  - id: db-admins\n    name: Database administrators # the DBAs');
    expect(r.text).toContain('    escalation: db-admins\n');
    expect(r.text).toContain(
      '      - { id: restore, name: Restore, duration: 1h-2h, owner: db-admins, after: [assess] } # the long one',
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('without the owner rename, the step would be left naming no team (the warning the rename avoids)', () => {
    const r = apply(FILE, {
      edits: [{ op: 'set', path: ['teams', 0, 'id'], value: 'db-admins' }],
      label: 'only the id',
    });
    expect(r.warnings).toEqual([
      'plans[0].steps[1].owner: owner "dba" names no declared team: it is treated as an unlimited team that is always at work (the step never waits for people)',
    ]);
  });

  it('always at work writes hours: always and removes the call-out; working hours bring office hours back with the call-out', () => {
    const always = apply(FILE, team.setAlways(dba(FILE), true));
    expect(always.text).toContain(
      '    name: Database administrators # the DBAs\n    size: 1\n    hours: always\n  # the desk never sleeps',
    );
    expect(always.errors).toEqual([]);
    const office = apply(always.text, team.setAlways(dba(always.text), false));
    expect(office.text).toContain(
      '    hours: { mon-fri: "09:00-17:00" }\n    callOut: 30m-1h\n  # the desk never sleeps',
    );
    expect(office.errors).toEqual([]);
    // A team that had a call-out keeps its own when it gets working hours.
    const desk2 = apply(FILE, team.setAlways(desk(FILE), false));
    expect(desk2.text).toContain(
      '    hours: { mon-fri: "09:00-17:00" }\n    escalation: dba\n    callOut: 30m-1h',
    );
  });

  it('switches the call-out between a range and min / likely / max, keeping its comment', () => {
    const triangle = apply(FILE, team.toggleCallOut(dba(FILE)));
    expect(triangle.text).toContain('    callOut: { min: 30m, likely: 45m, max: 1h } # from home');
    expect(triangle.errors).toEqual([]);
    const end = apply(triangle.text, team.setCallOutEnd(dba(triangle.text), 'max', '2h'));
    expect(end.text).toContain('    callOut: { min: 30m, likely: 45m, max: 2h } # from home');
    const back = apply(end.text, team.toggleCallOut(dba(end.text)));
    expect(back.text).toContain('    callOut: 30m-2h # from home');
  });

  it('sets size and call-out, and shows the parser message of a bad value at its path', () => {
    const size = apply(FILE, team.setTeamField(dba(FILE), 'size', 2));
    expect(size.text).toContain('    size: 2\n');
    expect(size.errors).toEqual([]);
    const bad = apply(FILE, team.setTeamField(dba(FILE), 'callOut', 'soon'));
    expect(bad.text).toContain('    callOut: soon # from home');
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatch(/^teams\[0\]\.callOut: /);
    const zero = apply(FILE, team.setTeamField(dba(FILE), 'size', 0));
    expect(zero.errors.map((e) => e.split(':')[0])).toEqual(['teams[0].size']);
  });

  it('adds contacts and removes them; the last removal takes contacts: with it', () => {
    const one = apply(FILE, team.addContact(dba(FILE)));
    expect(one.text).toContain(
      '    callOut: 30m-1h # from home\n    contacts:\n      - { role: On call, name: Name }\n',
    );
    expect(one.errors).toEqual([]);
    const named = apply(
      one.text,
      team.setContact(dba(one.text), dba(one.text).contacts[0]!, 'reach', '+49 69 5550 1234'),
    );
    expect(named.text).toContain('      - { role: On call, name: Name, reach: +49 69 5550 1234 }');
    expect(named.errors).toEqual([]);
    // A number without spaces stays text: quoted, or YAML would read a number.
    const digits = apply(
      one.text,
      team.setContact(dba(one.text), dba(one.text).contacts[0]!, 'reach', '+4969555012'),
    );
    expect(digits.text).toContain('      - { role: On call, name: Name, reach: "+4969555012" }');
    expect(digits.errors).toEqual([]);
    const two = apply(named.text, team.addContact(dba(named.text)));
    const removed = apply(two.text, team.removeContact(dba(two.text), dba(two.text).contacts[0]!));
    expect(removed.text).toContain('    contacts:\n      - { role: On call, name: Name }\n');
    const none = apply(
      removed.text,
      team.removeContact(dba(removed.text), dba(removed.text).contacts[0]!),
    );
    expect(none.text).toBe(FILE);
  });

  it('sets the escalation to another team, and removes it', () => {
    const r = apply(FILE, team.setTeamField(dba(FILE), 'escalation', 'desk'));
    expect(r.text).toContain('    callOut: 30m-1h # from home\n    escalation: desk\n');
    expect(r.errors).toEqual([]);
    expect(team.setTeamField(desk(FILE), 'escalation', 'dba')).toBeNull();
    const gone = apply(FILE, team.setTeamField(desk(FILE), 'escalation', ''));
    expect(gone.text).not.toContain('escalation');
  });

  it('moves a team up with its comment', () => {
    const r = apply(FILE, team.moveTeam(desk(FILE), 2, -1));
    expect(r.text).toContain(`teams:
  # the desk never sleeps
  - id: desk
    name: Service desk
    hours: always
    escalation: dba
  - id: dba`);
    expect(team.moveTeam(desk(FILE), 2, 1)).toBeNull();
  });

  it('removes a team, clearing the escalations and deciders that name it; its steps keep their owner, now warned', () => {
    const decided = applyDocEdits(FILE, [
      {
        op: 'set',
        path: ['services', 0, 'invocation'],
        value: { criteria: 'Lost', decidedBy: 'dba' },
      },
    ]);
    const r = apply(decided, team.removeTeam(parse(decided), dba(decided)));
    expect(r.text).not.toContain('escalation');
    expect(r.text).not.toContain('decidedBy');
    expect(r.text).toContain('    invocation: { criteria: Lost }\n');
    expect(r.text).toContain('owner: dba, after: [assess] } # the long one');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'plans[0].steps[1].owner: owner "dba" names no declared team: it is treated as an unlimited team that is always at work (the step never waits for people)',
    ]);
  });
});

describe('services: priority and invocation', () => {
  it('creates invocation with its first field and removes it with its last', () => {
    const ctx = { data: parse(FILE) as unknown, index: 0 };
    const criteria = applyDocEdits(
      FILE,
      invocationEdits(ctx, 'criteria', 'The database is lost for more than 30 minutes'),
    );
    expect(criteria).toContain(
      '    demand: { tpm: 100 }\n    invocation: { criteria: The database is lost for more than 30 minutes }\n',
    );
    const assessed = applyDocEdits(
      criteria,
      invocationEdits({ data: parse(criteria), index: 0 }, 'assessment', '15m'),
    );
    expect(parseScenario(assessed, 'f.yaml').ok).toBe(true);
    const less = applyDocEdits(
      assessed,
      invocationEdits({ data: parse(assessed), index: 0 }, 'assessment', undefined),
    );
    expect(less).toBe(criteria);
    const none = applyDocEdits(
      less,
      invocationEdits({ data: parse(less), index: 0 }, 'criteria', undefined),
    );
    expect(none).toBe(FILE);
  });

  it('names a decider that is no team with the parser error at decidedBy', () => {
    const text = applyDocEdits(FILE, [
      {
        op: 'set',
        path: ['services', 0, 'invocation'],
        value: { criteria: 'Lost', decidedBy: 'dbb' },
      },
    ]);
    const parsed = parseScenario(text, 'f.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => [e.path, e.message])).toEqual([
        ['services[0].invocation.decidedBy', 'unknown team "dbb"'],
      ]);
  });
});

describe('plans: the review cycle', () => {
  const plan = (text: string) => planViews(parse(text))[0]!;
  it('adds a review of every 12 months, sets its last date, and removes it', () => {
    const added = applyDocEdits(FILE, addReview(plan(FILE)).edits);
    expect(added).toContain(
      '    name: Rebuild the database\n    steps:\n      - { id: assess, name: Assess, duration: 10m, owner: desk }\n      - { id: restore, name: Restore, duration: 1h-2h, owner: dba, after: [assess] } # the long one\n    review: { owner: Plan owner, every: 12 months }\n',
    );
    expect(parseScenario(added, 'f.yaml').ok).toBe(true);
    const last = applyDocEdits(
      added,
      setReview(parse(added), plan(added), 'last', '2026-03-15')!.edits,
    );
    expect(last).toContain(
      '    review: { owner: Plan owner, every: 12 months, last: 2026-03-15 }\n',
    );
    expect(parseScenario(last, 'f.yaml').ok).toBe(true);
    expect(setReview(parse(last), plan(last), 'every', '12 months')).toBeNull();
    const bad = applyDocEdits(last, setReview(parse(last), plan(last), 'every', 'yearly')!.edits);
    const parsed = parseScenario(bad, 'f.yaml');
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['plans[0].review.every']);
    expect(applyDocEdits(last, removeReview(plan(last)).edits)).toBe(FILE);
  });
});
