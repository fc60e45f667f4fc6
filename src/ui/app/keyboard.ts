/** Keyboard shortcuts: Space plays/pauses, arrows step, +/- zoom, Ctrl+Z / Ctrl+Shift+Z undo and redo injects. */
export type Command = 'toggle' | 'forward' | 'back' | 'zoom-in' | 'zoom-out' | 'undo' | 'redo';

const INTERACTIVE = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'SUMMARY', 'A', 'CS-TERM']);

/** The command a key press means, or null (also when the user is typing in or operating a control). */
export function keyboardCommand(event: KeyboardEvent): Command | null {
  const target = event.composedPath()[0];
  const inControl =
    target instanceof HTMLElement && (INTERACTIVE.has(target.tagName) || target.isContentEditable);
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key.toLowerCase() === 'z' && !(target instanceof HTMLInputElement))
    return event.shiftKey ? 'redo' : 'undo';
  if (mod || event.altKey || inControl) return null;
  switch (event.key) {
    case ' ':
      return 'toggle';
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
