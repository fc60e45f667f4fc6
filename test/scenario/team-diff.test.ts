import { describe, expect, it } from 'vitest';
import { diffScenarios } from '../../src/scenario/diff.ts';
import { deleteAt, editText, insertAt } from '../../src/scenario/document/index.ts';
import { BANK, BUNDLED_BANK, parsed } from './document/helpers.ts';

const bank = parsed(BUNDLED_BANK).scenario;
const changes = (text: string) => diffScenarios(bank, parsed(text).scenario);
const sentences = (text: string) => changes(text).map((c) => c.text);

describe("diffScenarios(before, after) names the changes of the bank's teams in plain words", () => {
  it('a team grown by one person', () => {
    expect(changes(editText(BUNDLED_BANK, ['teams', 1, 'size'], 2))).toEqual([
      {
        kind: 'changed',
        area: 'team',
        subject: 'Database administrators (dba)',
        field: 'size',
        before: '1 person',
        after: '2 people',
        text: "Team 'Database administrators': size 1 person → 2 people",
      },
    ]);
  });

  it('working hours and call-out of a team', () => {
    let text = editText(BUNDLED_BANK, ['teams', 1, 'hours'], { 'mon-fri': '07:00-20:00' });
    text = editText(text, ['teams', 1, 'callOut'], '15m-30m');
    expect(sentences(text)).toEqual([
      "Team 'Database administrators': working hours Monday to Friday 08:00-18:00 → Monday to Friday 07:00-20:00",
      "Team 'Database administrators': call-out 30m-1h → 15m-30m",
    ]);
  });

  it('a team put on 24x7 shifts: hours always, no call-out', () => {
    let text = editText(BUNDLED_BANK, ['teams', 2, 'hours'], 'always');
    text = editText(text, ['teams', 2, 'callOut'], undefined);
    expect(sentences(text)).toEqual([
      "Team 'Platform team': working hours Monday to Friday 08:00-18:00 → always (24x7)",
      "Team 'Platform team': call-out 45m-1h30m → none",
    ]);
  });

  it('name, contacts and escalation of a team', () => {
    let text = editText(BUNDLED_BANK, ['teams', 4, 'name'], 'Network operations');
    text = editText(text, ['teams', 4, 'escalation'], 'platform-team');
    text = editText(text, ['teams', 4, 'contacts', 0, 'name'], 'Eva Schulz');
    expect(sentences(text)).toEqual([
      "Team network-team: name 'Network team' → 'Network operations'",
      "Team 'Network operations': contacts Milan Horvat (On-call network engineer, +49 69 5550 1520) → Eva Schulz (On-call network engineer, +49 69 5550 1520)",
      "Team 'Network operations': escalates to duty-manager → platform-team",
    ]);
  });

  it('a team added and a team removed, each with its size, hours and call-out', () => {
    const added = insertAt(BUNDLED_BANK, ['teams'], 6, {
      id: 'storage-team',
      name: 'Storage team',
      hours: { 'mon-thu': '08:00-17:00', fri: '08:00-15:00' },
      callOut: '1h',
    });
    expect(changes(added)).toEqual([
      {
        kind: 'added',
        area: 'team',
        subject: 'Storage team (storage-team)',
        after: '1 person, Monday to Thursday 08:00-17:00, Friday 08:00-15:00, call-out 1h',
        text: "Team 'Storage team' (storage-team) added: 1 person, Monday to Thursday 08:00-17:00, Friday 08:00-15:00, call-out 1h",
      },
    ]);
    const removed = deleteAt(BUNDLED_BANK, ['teams', 0]).replace(
      /escalation: service-desk/g,
      'escalation: duty-manager',
    );
    const text = editText(
      editText(removed, ['plans', 1, 'steps', 0, 'owner'], 'app-team'),
      ['services', 0, 'priority'],
      1,
    );
    expect(sentences(text)).toContain(
      "Team 'Service desk' (service-desk) removed: 2 people, always (24x7)",
    );
  });

  it('the areas come in order: teams after components, before plans', () => {
    let text = editText(BUNDLED_BANK, ['teams', 1, 'size'], 3);
    text = editText(text, ['components', 0, 'detection'], '3m');
    text = editText(text, ['plans', 0, 'steps', 0, 'duration'], '15m-30m');
    expect(changes(text).map((c) => c.area)).toEqual(['component', 'team', 'step']);
  });
});

describe('diffScenarios(before, after) names priority, invocation and review changes', () => {
  it("a service's priority", () => {
    expect(sentences(editText(BUNDLED_BANK, ['services', 0, 'priority'], 2))).toEqual([
      "Service 'Money transfer': priority 1 → 2",
    ]);
    expect(sentences(editText(BUNDLED_BANK, ['services', 0, 'priority'], undefined))).toEqual([
      "Service 'Money transfer': priority 1 → none",
    ]);
  });

  it("an invocation's decision team and assessment time, then the invocation removed", () => {
    let text = editText(BUNDLED_BANK, ['services', 0, 'invocation', 'decidedBy'], 'service-desk');
    text = editText(text, ['services', 0, 'invocation', 'assessment'], '30m');
    expect(sentences(text)).toEqual([
      "Service 'Money transfer': invocation decided by duty-manager → service-desk",
      "Service 'Money transfer': assessment time 15m → 30m",
    ]);
    const removed = changes(editText(BUNDLED_BANK, ['services', 0, 'invocation'], undefined));
    expect(removed.map((c) => [c.kind, c.area, c.field, c.text])).toEqual([
      ['removed', 'service', 'invocation', "Service 'Money transfer': invocation removed"],
    ]);
  });

  it('an invocation added to a file without one', () => {
    const base = parsed(BANK).scenario;
    const text = editText(BANK, ['services', 0, 'invocation'], {
      criteria: 'Transfers down for 30 minutes',
      assessment: '10m',
    });
    expect(diffScenarios(base, parsed(text).scenario).map((c) => c.text)).toEqual([
      "Service 'Money transfer': invocation added: 'Transfers down for 30 minutes', assessment 10m",
    ]);
  });

  it("a plan's review: its cycle and the date of the last review; a review added", () => {
    let text = editText(BUNDLED_BANK, ['plans', 2, 'review', 'every'], '1 year');
    text = editText(text, ['plans', 2, 'review', 'last'], '2026-03-01');
    expect(sentences(text)).toEqual([
      'Plan db-rebuild: reviewed every 6 months → 1 year',
      'Plan db-rebuild: last reviewed 2025-09-15 → 2026-03-01',
    ]);
    const base = parsed(BANK).scenario;
    const added = editText(BANK, ['plans', 0, 'review'], {
      owner: 'Head of IT operations',
      every: '12 months',
    });
    expect(diffScenarios(base, parsed(added).scenario).map((c) => c.text)).toEqual([
      `Plan ${base.plans[0]?.id ?? ''}: review added: every 12 months by Head of IT operations, never reviewed`,
    ]);
  });

  it('files without teams, priority, invocation or review give no such changes', () => {
    const base = parsed(BANK).scenario;
    expect(diffScenarios(base, parsed(BANK).scenario)).toEqual([]);
    expect(diffScenarios(bank, parsed(BUNDLED_BANK).scenario)).toEqual([]);
  });
});
