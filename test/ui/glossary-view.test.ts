// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/glossary-view/define.ts';
import { GLOSSARY, type GlossaryKey } from '../../src/ui/glossary.ts';
import type { CsGlossary } from '../../src/ui/glossary-view/glossary-view.ts';

async function mount() {
  const glossary = document.createElement('cs-glossary');
  document.body.append(glossary);
  await glossary.updateComplete;
  return { glossary, root: glossary.shadowRoot as ShadowRoot };
}

const terms = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('dt')].map((dt) => dt.textContent.trim());
const dialog = (root: ShadowRoot): HTMLDialogElement => root.querySelector('dialog')!;

async function filter(glossary: CsGlossary, text: string) {
  const input = [...glossary.shadowRoot!.querySelectorAll('label')]
    .find((l) => l.textContent.includes('Filter terms'))
    ?.querySelector('input');
  if (!input) throw new Error('no Filter terms box');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await glossary.updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('<cs-glossary>', () => {
  it('lists every glossary term alphabetically, each with its text and an id', async () => {
    const { glossary, root } = await mount();
    await glossary.open();
    const names = Object.values(GLOSSARY).map((e) => e.term);
    expect(terms(root)).toHaveLength(names.length);
    expect(terms(root)).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    for (const key of Object.keys(GLOSSARY) as GlossaryKey[]) {
      const entry = root.querySelector(`#glossary-${key.toLowerCase().replace(/ /g, '-')}`);
      expect(entry?.textContent, key).toContain(GLOSSARY[key].text);
    }
  });

  it('opens as a modal dialog labelled Glossary', async () => {
    const { glossary, root } = await mount();
    expect(dialog(root).open).toBe(false);
    await glossary.open();
    expect(dialog(root).open).toBe(true);
    const title = root.getElementById(dialog(root).getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Glossary');
  });

  it('narrows the list to the terms matching the filter, and says when none does', async () => {
    const { glossary, root } = await mount();
    await glossary.open();
    await filter(glossary, 'mirroring');
    expect(terms(root)).toEqual(['Recovery options']);
    await filter(glossary, 'zebra');
    expect(terms(root)).toEqual([]);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('No term matches');
  });

  it('open(key) marks that term as the current one and focuses it', async () => {
    const { glossary, root } = await mount();
    await glossary.open('recovery window');
    const current = root.querySelectorAll('[aria-current="true"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.id).toBe('glossary-recovery-window');
    expect(root.activeElement).toBe(current[0]);
  });

  it('open(key) clears a filter that would hide the term', async () => {
    const { glossary, root } = await mount();
    await glossary.open();
    await filter(glossary, 'zebra');
    await glossary.open('mbco');
    expect(root.querySelector('[aria-current="true"] dt')?.textContent).toContain('MBCO');
  });

  it('closes on Close and on Escape, giving the focus back', async () => {
    const { glossary, root } = await mount();
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    await glossary.open('rto');
    [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Close')!.click();
    expect(dialog(root).open).toBe(false);
    expect(document.activeElement).toBe(opener);
    await glossary.open();
    dialog(root).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog(root).open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});
