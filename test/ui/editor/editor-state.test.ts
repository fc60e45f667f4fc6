import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  openEditor,
  redo,
  replaceText,
  typeText,
  undo,
} from '../../../src/ui/editor/editor-state.ts';

const bankText = readFileSync('scenarios/bank-money-transfer.yaml', 'utf8');
const promote = ['plans', 2, 'steps', 1, 'duration'] as const;
const stepDuration = (s: ReturnType<typeof openEditor>) =>
  s.valid!.scenario.plans[2]!.steps[1]!.duration;

describe('the editor state', () => {
  it('opens a valid file with no errors and the file as the last valid scenario', () => {
    const s = openEditor('bank.yaml', bankText);
    expect(s.errors).toEqual([]);
    expect(s.valid?.scenario.name).toBe('Bank money transfer');
    expect(s.valid?.variants.map((v) => v.name)).toEqual(['hours-08-18', 'rto-1h', 'one-database']);
  });

  it('applies a form edit to the text, keeps the comments, and re-validates', () => {
    const s = applyEdits(
      openEditor('bank.yaml', bankText),
      [{ op: 'set', path: promote, value: '5m-10m' }],
      'Duration of Promote the replica',
    );
    expect(s.text).toContain('duration: 5m-10m');
    expect(s.text).toContain('# a Monday, local time in Frankfurt');
    expect(stepDuration(s)).toEqual({ type: 'uniform', min: 300_000, max: 600_000 });
    expect(s.undo.map((e) => e.label)).toEqual(['Duration of Promote the replica']);
  });

  it('an invalid edit shows its errors and never replaces the last valid scenario', () => {
    const before = openEditor('bank.yaml', bankText);
    const s = applyEdits(before, [{ op: 'set', path: promote, value: 'soon' }], 'Duration');
    expect(s.errors.length).toBeGreaterThan(0);
    expect(s.errors[0]!.path).toBe('plans[2].steps[1].duration');
    expect(s.valid).toBe(before.valid);
    expect(s.text).toContain('duration: soon');
  });

  it('undo and redo walk back and forth over form edits and typing alike', () => {
    let s = openEditor('bank.yaml', bankText);
    s = applyEdits(
      s,
      [{ op: 'set', path: promote, value: '5m-10m' }],
      'Duration of Promote the replica',
    );
    const afterForm = s.text;
    s = typeText(s, s.text.replace('name: Bank money transfer', 'name: Bank'), 10_000);
    expect(s.valid?.scenario.name).toBe('Bank');
    s = undo(s);
    expect(s.text).toBe(afterForm);
    s = undo(s);
    expect(s.text).toBe(bankText);
    expect(undo(s)).toBe(s);
    s = redo(redo(s));
    expect(s.valid?.scenario.name).toBe('Bank');
    expect(s.redo).toEqual([]);
  });

  it('typing within a second of the last keystroke is one undo step; a pause starts another', () => {
    let s = openEditor('bank.yaml', bankText);
    s = typeText(s, bankText.replace('Bank money transfer', 'Bank m'), 0);
    s = typeText(s, bankText.replace('Bank money transfer', 'Bank mo'), 400);
    s = typeText(s, bankText.replace('Bank money transfer', 'Bank mon'), 900);
    expect(s.undo).toHaveLength(1);
    s = typeText(s, bankText.replace('Bank money transfer', 'Bank mone'), 5000);
    expect(s.undo).toHaveLength(2);
    expect(undo(undo(s)).text).toBe(bankText);
  });

  it('a new edit after undo clears the redo stack, and an unchanged text records nothing', () => {
    let s = openEditor('bank.yaml', bankText);
    s = replaceText(s, bankText.replace('horizon: 365d', 'horizon: 30d'), 'Import');
    s = undo(s);
    expect(s.redo).toHaveLength(1);
    s = applyEdits(s, [{ op: 'set', path: ['name'], value: 'Other' }], 'Name');
    expect(s.redo).toEqual([]);
    expect(applyEdits(s, [{ op: 'set', path: ['name'], value: 'Other' }], 'Name')).toBe(s);
  });
});
