import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/ui/storage/backend.ts';
import { memoryBackend } from '../../../src/ui/storage/memory.ts';
import { ScenarioLibrary, type LibraryWrite } from '../../../src/ui/storage/library.ts';
import { SaveConflictError, judgeSave, withRevision } from '../../../src/ui/storage/revision.ts';
import type { StoredScenario } from '../../../src/ui/storage/records.ts';
import { BANK, manualClock, testLibrary } from './support.ts';

/** Two tabs' libraries over one store, each with its own writer id. */
function twoTabs() {
  const backend = memoryBackend();
  const clock = manualClock();
  let n = 0;
  const writes: [string, LibraryWrite][] = [];
  const tab = (writer: string) =>
    new ScenarioLibrary(backend, {
      now: clock.now,
      newId: () => `id-${++n}`,
      writer,
      onWrite: (w) => writes.push([writer, w]),
    });
  return { a: tab('tab-a'), b: tab('tab-b'), writes, clock };
}

describe('judgeSave(stored, text, base)', () => {
  const stored = { text: 'saved', revision: 3 };
  it('writes a text based on the stored revision', () => {
    expect(judgeSave(stored, 'new', 3)).toBe('write');
  });
  it('refuses a text based on an older revision: it would overwrite what was saved since', () => {
    expect(judgeSave(stored, 'new', 2)).toBe('conflict');
  });
  it('writes nothing when the text is already stored, whatever it was based on', () => {
    expect(judgeSave(stored, 'saved', 1)).toBe('unchanged');
  });
  it('writes without a base (a save that does not state one)', () => {
    expect(judgeSave(stored, 'new', undefined)).toBe('write');
  });
});

describe('revisions in the library', () => {
  it('a scenario starts at revision 1, saved by the tab that made it', async () => {
    const { a } = twoTabs();
    const bank = await a.create('Bank', BANK, { kind: 'new' });
    expect(bank).toMatchObject({ revision: 1, savedBy: 'tab-a' });
    expect(await a.duplicate(bank.id)).toMatchObject({ revision: 1, savedBy: 'tab-a' });
  });

  it('each new text counts one more revision; a rename, a version or the same text do not', async () => {
    const { a } = twoTabs();
    const bank = await a.create('Bank', 'one', { kind: 'new' });
    expect((await a.save(bank.id, 'two', 1)).revision).toBe(2);
    expect((await a.save(bank.id, 'two', 1)).revision).toBe(2);
    await a.rename(bank.id, 'Bank 2');
    await a.saveVersion(bank.id, 'v');
    await a.markExercised(bank.id, 'drill');
    expect((await a.get(bank.id))?.revision).toBe(2);
    expect((await a.save(bank.id, 'three')).revision).toBe(3);
  });

  it('a save based on an older revision is refused with the text stored since, which stays', async () => {
    const { a, b } = twoTabs();
    const bank = await a.create('Bank', 'one', { kind: 'new' });
    await b.save(bank.id, 'from tab B', 1);
    const error: unknown = await a.save(bank.id, 'from tab A', 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveConflictError);
    expect((error as SaveConflictError).stored).toMatchObject({
      text: 'from tab B',
      revision: 2,
      savedBy: 'tab-b',
    });
    expect((error as Error).message).toMatch(/^Another tab saved this scenario \(revision 2\)/);
    expect((await a.get(bank.id))?.text).toBe('from tab B');
  });

  it('two tabs that saved the same text agree: no conflict', async () => {
    const { a, b } = twoTabs();
    const bank = await a.create('Bank', 'one', { kind: 'new' });
    await b.save(bank.id, 'same', 1);
    expect(await a.save(bank.id, 'same', 1)).toMatchObject({ revision: 2, savedBy: 'tab-b' });
  });

  it('restoring a version counts a revision', async () => {
    const { a } = twoTabs();
    const bank = await a.create('Bank', 'one', { kind: 'new' });
    const v1 = await a.saveVersion(bank.id);
    await a.save(bank.id, 'two', 1);
    expect(await a.restoreVersion(v1.id)).toMatchObject({ text: 'one', revision: 3 });
  });

  it('restoring is refused when another tab saves between the restore reading and writing', async () => {
    const backend = memoryBackend();
    const hooked: Backend = {
      ...backend,
      update: async (store, id, change) => {
        const hook = beforeUpdate;
        beforeUpdate = null;
        await hook?.();
        return backend.update(store, id, change);
      },
    };
    let beforeUpdate: (() => Promise<unknown>) | null = null;
    const clock = manualClock();
    let n = 0;
    const options = { now: clock.now, newId: () => `id-${++n}` };
    const a = new ScenarioLibrary(hooked, { ...options, writer: 'tab-a' });
    const b = new ScenarioLibrary(backend, { ...options, writer: 'tab-b' });
    const bank = await a.create('Bank', 'one', { kind: 'new' });
    const v1 = await a.saveVersion(bank.id);
    await a.save(bank.id, 'two', 1);
    beforeUpdate = () => b.save(bank.id, 'from tab B', 2);
    await expect(a.restoreVersion(v1.id)).rejects.toBeInstanceOf(SaveConflictError);
    expect((await a.get(bank.id))?.text).toBe('from tab B');
    // the text the restore would have replaced is kept as a version, as restoring promises
    expect((await a.versions(bank.id)).map((v) => v.text)).toContain('two');
  });

  it('keepText(id, text, note) keeps any text as a save point, once', async () => {
    const { a } = twoTabs();
    const bank = await a.create('Bank', 'one', { kind: 'new' });
    const kept = await a.keepText(bank.id, 'the other tab', 'saved in another tab');
    expect(kept).toMatchObject({ number: 1, text: 'the other tab', note: 'saved in another tab' });
    expect(await a.keepText(bank.id, 'the other tab', 'again')).toEqual(kept);
    expect((await a.get(bank.id))?.text).toBe('one');
  });

  it('tells onWrite about each write that landed, with the revision after it', async () => {
    const { a, b, writes } = twoTabs();
    const bank = await a.create('Bank', 'one', { kind: 'new' });
    await b.save(bank.id, 'two', 1);
    await a.save(bank.id, 'three', 1).catch(() => undefined);
    await a.save(bank.id, 'two', 2);
    await a.rename(bank.id, 'Bank 2');
    await a.remove(bank.id);
    expect(writes).toEqual([
      ['tab-a', { id: bank.id, revision: 1, text: true }],
      ['tab-b', { id: bank.id, revision: 2, text: true }],
      ['tab-a', { id: bank.id, revision: 2, text: false }],
      ['tab-a', { id: bank.id, revision: null, text: true }],
    ]);
  });

  it('a record stored before revisions existed reads as revision 0 and saves as 1', async () => {
    const backend = memoryBackend();
    const old = {
      id: 'old',
      name: 'Old',
      text: 'text',
      createdAt: 1,
      updatedAt: 1,
      source: { kind: 'new' },
      lastExercised: null,
    } as unknown as StoredScenario;
    await backend.put('scenarios', old);
    const { library } = testLibrary(backend);
    expect(await library.get('old')).toMatchObject({ revision: 0, savedBy: '' });
    expect(withRevision(old)).toMatchObject({ revision: 0 });
    expect((await library.save('old', 'new', 0)).revision).toBe(1);
  });
});
