// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keyboardCommand } from '../../src/ui/app/keyboard.ts';

function press(key: string, on: HTMLElement, init: KeyboardEventInit = {}) {
  let command: ReturnType<typeof keyboardCommand> = null;
  const listener = (e: KeyboardEvent) => (command = keyboardCommand(e));
  window.addEventListener('keydown', listener);
  on.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
  window.removeEventListener('keydown', listener);
  return command;
}

describe('keyboard shortcuts', () => {
  const body = document.body;
  const el = (tag: string) => body.appendChild(document.createElement(tag));

  it('map space to play/pause, arrows to stepping, + and - to zoom', () => {
    expect(press(' ', body)).toBe('toggle');
    expect(press('ArrowRight', body)).toBe('forward');
    expect(press('ArrowLeft', body)).toBe('back');
    expect(press('+', body)).toBe('zoom-in');
    expect(press('=', body)).toBe('zoom-in');
    expect(press('-', body)).toBe('zoom-out');
    expect(press('x', body)).toBeNull();
  });

  it('leave every key to text fields, selects and sliders', () => {
    for (const tag of ['input', 'select', 'textarea']) {
      expect(press(' ', el(tag))).toBeNull();
      expect(press('ArrowRight', el(tag))).toBeNull();
      expect(press('-', el(tag))).toBeNull();
    }
  });

  it('leave Space to a focused button, which it presses, but still step with the arrows there', () => {
    const button = el('button');
    expect(press(' ', button)).toBeNull();
    expect(press('ArrowRight', button)).toBe('forward');
  });

  it('undo and redo injects with Ctrl+Z and Ctrl+Shift+Z, except while typing', () => {
    expect(press('z', body, { ctrlKey: true })).toBe('undo');
    expect(press('Z', body, { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('z', el('input'), { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', body, { altKey: true })).toBeNull();
  });
});
