// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/term/define.ts';

afterEach(() => document.body.replaceChildren());

describe('<cs-term>', () => {
  it('"More in the glossary" fires a composed cs-glossary-open with the key, and closes the popover', async () => {
    const term = document.createElement('cs-term');
    term.key = 'mtpd';
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(term);
    document.body.append(host);
    await term.updateComplete;
    const opened: string[] = [];
    document.body.addEventListener('cs-glossary-open', (e) => opened.push(e.detail.key));
    const root = term.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    toggle.click();
    await term.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const more = [...root.querySelectorAll('button')].find(
      (b) => b.textContent.trim() === 'More in the glossary',
    );
    more!.click();
    await term.updateComplete;
    expect(opened).toEqual(['mtpd']);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes its popover on Escape without letting the Escape reach a tour around it', async () => {
    const term = document.createElement('cs-term');
    document.body.append(term);
    await term.updateComplete;
    const escapes: string[] = [];
    document.body.addEventListener('keydown', (e) => escapes.push(e.key));
    const toggle = term.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    toggle.click();
    await term.updateComplete;
    toggle.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await term.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(escapes).toEqual([]);
  });
});
