// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findBundledScenario } from '../../src/ui/bundled-scenarios.ts';
import '../../src/ui/versions-panel/define.ts';
import type { CsVersionsPanel } from '../../src/ui/versions-panel/versions-panel.ts';
import { testLibrary } from './storage/support.ts';

const MINUTE = 60_000;
const BANK = findBundledScenario('bank-money-transfer')?.text ?? '';
const FASTER = BANK.replace('rto: 2h', 'rto: 1h');
const RTO_SENTENCE = "Service 'Money transfer': RTO 2h → 1h";

async function mount() {
  const { library, clock } = testLibrary();
  const stored = await library.create('Bank', BANK, { kind: 'bundled', id: 'bank-money-transfer' });
  const panel = document.createElement('cs-versions-panel');
  panel.library = library;
  panel.scenarioId = stored.id;
  panel.text = BANK;
  // The editor stores its text (with its revision) before each action of the panel.
  panel.persist = async () => void (await library.save(stored.id, panel.text));
  document.body.append(panel);
  await vi.waitFor(() => expect(text(panel, '.versions, .muted')).not.toBe(''));
  return { panel, library, clock, id: stored.id };
}

const root = (panel: CsVersionsPanel): ShadowRoot => panel.shadowRoot as ShadowRoot;
const text = (panel: CsVersionsPanel, selector: string): string =>
  root(panel).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const notes = (panel: CsVersionsPanel): string[] =>
  [...root(panel).querySelectorAll('.version .note')].map((n) => n.textContent.trim());

function button(panel: CsVersionsPanel, label: string, nth = 0): HTMLButtonElement {
  const found = [...root(panel).querySelectorAll('button')].filter((b) =>
    (b.getAttribute('aria-label') ?? b.textContent.trim()).startsWith(label),
  );
  const b = found[nth];
  if (!b) throw new Error(`no button ${label}`);
  return b;
}

function fill(panel: CsVersionsPanel, placeholder: string, value: string): void {
  const input = root(panel).querySelector<HTMLInputElement>(`input[placeholder="${placeholder}"]`);
  if (!input) throw new Error(`no input ${placeholder}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function saveVersion(panel: CsVersionsPanel, note: string): Promise<void> {
  const count = root(panel).querySelectorAll('.version').length;
  fill(panel, 'after the March exercise', note);
  button(panel, 'Save version').click();
  await vi.waitFor(() => expect(root(panel).querySelectorAll('.version')).toHaveLength(count + 1));
}

afterEach(() => document.body.replaceChildren());

describe('<cs-versions-panel> when the editor cannot store its text', () => {
  it('does nothing and says why (another tab saved meanwhile)', async () => {
    const { panel, library, id } = await mount();
    panel.persist = () =>
      Promise.reject(
        new Error('Another tab saved this scenario: first choose which text to keep.'),
      );
    fill(panel, 'after the March exercise', 'mine');
    button(panel, 'Save version').click();
    await vi.waitFor(() =>
      expect(text(panel, '.alert')).toMatch(/^Another tab saved this scenario/),
    );
    expect(await library.versions(id)).toEqual([]);
  });
});

describe('<cs-versions-panel>', () => {
  it('saves a version with its note, and lists versions newest first', async () => {
    const { panel, library, clock, id } = await mount();
    expect(text(panel, '.muted')).toBe('No versions saved yet.');
    await saveVersion(panel, 'before the review');
    clock.advance(5 * MINUTE);
    panel.text = FASTER;
    await saveVersion(panel, 'after the March exercise');
    expect(notes(panel)).toEqual(['after the March exercise', 'before the review']);
    expect(text(panel, '[role="status"]')).toBe('Saved version #2.');
    expect((await library.versions(id)).map((v) => [v.note, v.text])).toEqual([
      ['after the March exercise', FASTER],
      ['before the review', BANK],
    ]);
  });

  it('compares a version with now in words: the bank’s RTO 2h → 1h', async () => {
    const { panel } = await mount();
    await saveVersion(panel, 'as bundled');
    panel.text = FASTER;
    await panel.updateComplete;
    button(panel, 'Compare with now').click();
    await panel.updateComplete;
    const region = text(panel, '.comparison');
    expect(region).toContain('1 change from the version of');
    expect(region).toContain('to now');
    expect([...root(panel).querySelectorAll('.changes li')].map((li) => li.textContent)).toEqual([
      RTO_SENTENCE,
    ]);
  });

  it('compares a version with the one before it', async () => {
    const { panel, clock } = await mount();
    await saveVersion(panel, 'as bundled');
    clock.advance(MINUTE);
    panel.text = FASTER;
    await saveVersion(panel, 'faster recovery');
    button(panel, 'Compare with previous version').click();
    await panel.updateComplete;
    expect(text(panel, '.changes')).toBe(RTO_SENTENCE);
  });

  it('counts lines when a text does not read as a scenario', async () => {
    const { panel } = await mount();
    await saveVersion(panel, 'as bundled');
    panel.text = `${BANK}\nservices: [oops\n`;
    await panel.updateComplete;
    button(panel, 'Compare with now').click();
    await panel.updateComplete;
    expect(text(panel, '.comparison')).toBe(
      'The current text does not read as a scenario, so only lines are compared: 2 lines added, 0 removed.',
    );
  });

  it('restores a version after an inline confirmation; the event carries its text', async () => {
    const { panel, library, clock, id } = await mount();
    await saveVersion(panel, 'as bundled');
    clock.advance(MINUTE);
    panel.text = FASTER;
    await panel.updateComplete;
    const restored: string[] = [];
    panel.addEventListener('cs-version-restored', (e) => restored.push(e.detail.text));
    button(panel, 'Restore the version of').click();
    await panel.updateComplete;
    expect(text(panel, '.confirm p')).toMatch(
      /^Restore the version of \d{4}-\d\d-\d\d \d\d:\d\d\? Your current text is kept as a version first\.$/,
    );
    expect(restored).toEqual([]);
    button(panel, 'Restore', 1).click();
    await vi.waitFor(() => expect(restored).toEqual([BANK]));
    const versions = await library.versions(id);
    expect(versions.map((v) => v.text)).toEqual([FASTER, BANK]);
    expect(versions[0]?.note).toMatch(/^before restoring /);
    expect((await library.get(id))?.text).toBe(BANK);
  });

  it('marks an exercise and shows what changed since it', async () => {
    const { panel, library, clock, id } = await mount();
    expect(text(panel, '.exercise p')).toBe('Not marked as exercised yet.');
    fill(panel, 'March tabletop', 'March tabletop');
    button(panel, 'Mark as exercised').click();
    await vi.waitFor(() => expect(text(panel, '.exercise p')).toMatch(/— March tabletop$/));
    expect((await library.get(id))?.lastExercised?.note).toBe('March tabletop');
    expect(notes(panel)).toEqual(['exercised: March tabletop']);
    expect(text(panel, '.exercise .comparison')).toBe('No differences: the text is the same.');

    clock.advance(MINUTE);
    panel.text = FASTER;
    await panel.updateComplete;
    expect(text(panel, '.exercise .changes')).toBe(RTO_SENTENCE);
  });

  it('says so when no version was saved before the last exercise', async () => {
    const { panel, library, clock, id } = await mount();
    await library.markExercised(id, 'tabletop');
    clock.advance(MINUTE);
    await library.saveVersion(id, 'later');
    panel.revision++;
    await vi.waitFor(() => expect(notes(panel)).toEqual(['later']));
    expect(text(panel, '.exercise')).toContain('No version was saved at or before that exercise');
  });
});
