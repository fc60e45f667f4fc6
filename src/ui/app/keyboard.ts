/**
 * Keyboard shortcuts: Space plays/pauses, arrows step, +/- zoom, Ctrl+Z / Ctrl+Shift+Z undo and redo injects.
 *
 * On the timeline (Tab to it: the "Timeline playhead" slider) and the Simulation time slider,
 * the playhead's own keys (timeline-view/playhead-keys.ts) take the arrows instead:
 * ← / → an hour back / on, Shift+← / Shift+→ a day, [ / ] (Page Down / Page Up) the previous /
 * next event, Home / End the start / end of the run. Space still plays and pauses there.
 */
export type Command = 'toggle' | 'forward' | 'back' | 'zoom-in' | 'zoom-out' | 'undo' | 'redo';

/** Controls that use every key themselves (typing, choosing, sliding). */
const TEXT_ENTRY = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/** Controls that Space activates: Space goes to them, the other shortcuts still work. */
const ACTIVATED_BY_SPACE = new Set(['BUTTON', 'SUMMARY', 'A']);

/** The command a key press means, or null (also when the user is typing in or operating a control). */
export function keyboardCommand(event: KeyboardEvent): Command | null {
  const target = event.composedPath()[0];
  const element = target instanceof HTMLElement ? target : null;
  const typing = element !== null && (TEXT_ENTRY.has(element.tagName) || element.isContentEditable);
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key.toLowerCase() === 'z' && !typing) return event.shiftKey ? 'redo' : 'undo';
  if (mod || event.altKey || typing) return null;
  switch (event.key) {
    case ' ':
      return element !== null && ACTIVATED_BY_SPACE.has(element.tagName) ? null : 'toggle';
    case 'ArrowRight':
      return 'forward';
    case 'ArrowLeft':
      return 'back';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    default:
      return null;
  }
}
