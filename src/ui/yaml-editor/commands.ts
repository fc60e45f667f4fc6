/** Editing commands the YAML editor binds on top of CodeMirror's defaults. */
import { indentLess, indentMore } from '@codemirror/commands';
import type { StateCommand } from '@codemirror/state';
import type { KeyBinding } from '@codemirror/view';

/**
 * Tab: two spaces at the cursor (YAML forbids tab characters for indentation), or indent the
 * selected lines by one level. Read-only: not handled, so Tab moves the focus on.
 */
export const insertTwoSpaces: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  if (state.selection.ranges.some((range) => !range.empty)) return indentMore({ state, dispatch });
  dispatch(
    state.update(state.replaceSelection('  '), { scrollIntoView: true, userEvent: 'input' }),
  );
  return true;
};

/** Tab and Shift-Tab. Escape then Tab still leaves the editor (CodeMirror's tab focus mode). */
export const tabKeymap: readonly KeyBinding[] = [
  { key: 'Tab', run: insertTwoSpaces, shift: indentLess },
];
