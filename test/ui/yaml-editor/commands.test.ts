import { EditorSelection, EditorState, type Transaction } from '@codemirror/state';
import { indentUnit } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { insertTwoSpaces } from '../../../src/ui/yaml-editor/commands.ts';

function run(doc: string, selection: EditorSelection, readOnly = false) {
  let state = EditorState.create({
    doc,
    selection,
    extensions: [indentUnit.of('  '), EditorState.readOnly.of(readOnly)],
  });
  const handled = insertTwoSpaces({
    state,
    dispatch: (tr: Transaction) => void (state = tr.state),
  });
  return { handled, text: state.doc.toString() };
}

describe('insertTwoSpaces (Tab)', () => {
  it('inserts two spaces at the cursor, never a tab character', () => {
    expect(run('a:\nb', EditorSelection.single(3))).toEqual({ handled: true, text: 'a:\n  b' });
  });

  it('indents every selected line by one level', () => {
    const all = EditorSelection.single(0, 9);
    expect(run('a: 1\nb: 2', all)).toEqual({ handled: true, text: '  a: 1\n  b: 2' });
  });

  it('leaves a read-only text alone, so Tab moves the focus on', () => {
    expect(run('a', EditorSelection.single(0), true)).toEqual({ handled: false, text: 'a' });
  });
});
