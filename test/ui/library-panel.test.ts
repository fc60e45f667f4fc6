// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/library-panel/define.ts';
import type { CsLibraryPanel } from '../../src/ui/library-panel/library-panel.ts';
import type { Backend } from '../../src/ui/storage/backend.ts';
import { memoryBackend } from '../../src/ui/storage/memory.ts';
import { BANK, testLibrary } from './storage/support.ts';

const MINUTE = 60_000;

async function mount(backend?: Backend) {
  const { library, clock } = testLibrary(backend);
  const a = await library.create('Bank', BANK, { kind: 'new' });
  clock.advance(5 * MINUTE);
  const b = await library.create('Hospital', BANK, { kind: 'new' });
  await library.markExercised(b.id, 'March tabletop');
  clock.advance(5 * MINUTE);
  const panel = document.createElement('cs-library-panel');
  panel.library = library;
  panel.now = clock.now;
  panel.current = a.id;
  document.body.append(panel);
  await vi.waitFor(() => expect(names(panel)).toHaveLength(2));
  return { panel, library, clock, a, b };
}

const root = (panel: CsLibraryPanel): ShadowRoot => panel.shadowRoot as ShadowRoot;
const names = (panel: CsLibraryPanel): string[] =>
  [...root(panel).querySelectorAll('.name')].map((n) => n.textContent.trim());
const text = (panel: CsLibraryPanel, selector: string): string =>
  root(panel).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function button(panel: CsLibraryPanel, label: string): HTMLButtonElement {
  const found = [...root(panel).querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === label,
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

function typeName(panel: CsLibraryPanel, value: string, key: 'Enter' | 'Escape') {
  const input = root(panel).querySelector<HTMLInputElement>('input.rename-input');
  if (!input) throw new Error('no rename input');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

afterEach(() => document.body.replaceChildren());

describe('<cs-library-panel>', () => {
  it('lists the scenarios most recently edited first, with when and the last exercise', async () => {
    const { panel } = await mount();
    expect(names(panel)).toEqual(['Hospital', 'Bank']);
    const items = [...root(panel).querySelectorAll('li.item')].map((li) =>
      li.textContent.replace(/\s+/g, ' '),
    );
    expect(items[0]).toContain('Edited 5 min ago');
    expect(items[0]).toContain('Last exercised 5 min ago — March tabletop');
    expect(items[1]).toContain('Edited 10 min ago');
    expect(items[1]).toContain('Open now');
    expect(items[1]).not.toContain('Last exercised');
  });

  it('opens a scenario with cs-library-open and offers no Open for the one already open', async () => {
    const { panel, b } = await mount();
    const opened: string[] = [];
    panel.addEventListener('cs-library-open', (e) => opened.push(e.detail.id));
    button(panel, 'Open Hospital').click();
    expect(opened).toEqual([b.id]);
    expect(() => button(panel, 'Open Bank')).toThrow();
  });

  it('renames inline: Enter keeps the new name, Escape keeps the old one', async () => {
    const { panel, library, a } = await mount();
    const changes: string[] = [];
    panel.addEventListener('cs-library-change', (e) =>
      changes.push(`${e.detail.change} ${e.detail.name}`),
    );
    button(panel, 'Rename Bank').click();
    await panel.updateComplete;
    typeName(panel, '  Bank (2026 plan) ', 'Enter');
    await vi.waitFor(() => expect(names(panel)).toContain('Bank (2026 plan)'));
    expect((await library.get(a.id))?.name).toBe('Bank (2026 plan)');
    expect(changes).toEqual(['renamed Bank (2026 plan)']);

    button(panel, 'Rename Hospital').click();
    await panel.updateComplete;
    typeName(panel, 'Something else', 'Escape');
    await panel.updateComplete;
    expect(root(panel).querySelector('input.rename-input')).toBeNull();
    expect(names(panel)).toContain('Hospital');
  });

  it('refuses an empty name with the library’s message and keeps the input open', async () => {
    const { panel, library, a } = await mount();
    button(panel, 'Rename Bank').click();
    await panel.updateComplete;
    typeName(panel, '   ', 'Enter');
    await vi.waitFor(() =>
      expect(text(panel, '[role="alert"]')).toBe(
        'A scenario needs a name: type at least one letter or number.',
      ),
    );
    expect(root(panel).querySelector('input.rename-input')).not.toBeNull();
    expect((await library.get(a.id))?.name).toBe('Bank');
  });

  it('deletes with a notice whose Undo brings the scenario and its versions back', async () => {
    const { panel, library, b } = await mount();
    await library.saveVersion(b.id, 'before the exercise');
    button(panel, 'Delete Hospital').click();
    await vi.waitFor(() => expect(names(panel)).toEqual(['Bank']));
    expect(text(panel, '[role="status"]')).toContain("Deleted 'Hospital'.");
    expect(await library.get(b.id)).toBeUndefined();

    button(panel, 'Undo').click();
    await vi.waitFor(() => expect(names(panel)).toEqual(['Hospital', 'Bank']));
    expect(text(panel, '[role="status"]')).toBe('');
    expect((await library.versions(b.id)).map((v) => v.note)).toEqual(['before the exercise']);
  });

  it('keeps the delete notice until it is dismissed', async () => {
    const { panel } = await mount();
    button(panel, 'Delete Hospital').click();
    await vi.waitFor(() => expect(text(panel, '[role="status"]')).toContain('Deleted'));
    panel.revision++;
    await vi.waitFor(() => expect(names(panel)).toEqual(['Bank']));
    expect(text(panel, '[role="status"]')).toContain("Deleted 'Hospital'.");
    button(panel, 'Dismiss').click();
    await panel.updateComplete;
    expect(text(panel, '[role="status"]')).toBe('');
  });

  it('creates a scenario from a bundled one, named as the scenario, and opens it', async () => {
    const { panel, library } = await mount();
    const opened: string[] = [];
    panel.addEventListener('cs-library-open', (e) => opened.push(e.detail.id));
    const select = root(panel).querySelector('select');
    if (!select) throw new Error('no select');
    select.value = 'bank-money-transfer';
    select.dispatchEvent(new Event('change'));
    button(panel, 'Create').click();
    await vi.waitFor(() => expect(opened).toHaveLength(1));
    const created = await library.get(opened[0] ?? '');
    expect(created?.name).toBe('Bank money transfer');
    expect(created?.source).toEqual({ kind: 'bundled', id: 'bank-money-transfer' });
    expect(created?.text).toContain('name: Bank money transfer');
  });

  it('says plainly when the browser keeps nothing, and where it is kept otherwise', async () => {
    const { panel } = await mount();
    expect(text(panel, '.warning')).toContain(
      'Not stored: this browser does not allow it here (private window?); export your scenarios as files',
    );
    const lasting = await mount({ ...memoryBackend(), persistent: true });
    expect(text(lasting.panel, '.stored')).toBe('Stored in this browser');
    expect(root(lasting.panel).querySelector('.warning')).toBeNull();
  });
});
