import { describe, expect, it } from 'vitest';
import { BANK, testLibrary } from './support.ts';

async function bankWithHistory() {
  const setup = testLibrary();
  const { library, clock } = setup;
  const bank = await library.create('Bank', 'v1', { kind: 'new' });
  const v1 = await library.saveVersion(bank.id, 'first draft');
  clock.advance(60_000);
  await library.save(bank.id, 'v2');
  const v2 = await library.saveVersion(bank.id, 'reviewed');
  clock.advance(60_000);
  return { ...setup, bank, v1, v2 };
}

describe('save points', () => {
  it('saveVersion(id, note) keeps the current text with when and why', async () => {
    const { library, clock } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    const version = await library.saveVersion(bank.id, ' before the DR test ');
    expect(version).toEqual({
      id: 'id-2',
      scenarioId: bank.id,
      number: 1,
      at: clock.now(),
      note: 'before the DR test',
      text: BANK,
    });
    expect(await library.versions(bank.id)).toEqual([version]);
  });

  it('versions(id) lists the newest first, even for save points made in the same millisecond', async () => {
    const { library } = testLibrary();
    const bank = await library.create('Bank', 'a', { kind: 'new' });
    await library.saveVersion(bank.id, 'a');
    await library.save(bank.id, 'b');
    await library.saveVersion(bank.id, 'b');
    await library.save(bank.id, 'c');
    await library.saveVersion(bank.id, 'c');
    expect((await library.versions(bank.id)).map((v) => [v.number, v.note])).toEqual([
      [3, 'c'],
      [2, 'b'],
      [1, 'a'],
    ]);
  });

  it('saveVersion(id) returns the latest save point instead of repeating its text', async () => {
    const { library, v2, bank } = await bankWithHistory();
    expect(await library.saveVersion(bank.id, 'again')).toEqual(v2);
    expect(await library.versions(bank.id)).toHaveLength(2);
  });

  it('saveVersion(id) does make a save point when the text matches only an older one', async () => {
    const { library, bank } = await bankWithHistory();
    await library.save(bank.id, 'v1');
    expect((await library.saveVersion(bank.id, 'back to v1')).number).toBe(3);
  });

  it('restoreVersion(versionId) first keeps unsaved text as "before restoring <date>"', async () => {
    const { library, clock, bank, v1 } = await bankWithHistory();
    await library.save(bank.id, 'v3, never saved as a version');
    const restored = await library.restoreVersion(v1.id);
    expect(restored).toMatchObject({ text: 'v1', updatedAt: clock.now() });
    const [kept] = await library.versions(bank.id);
    expect(kept).toMatchObject({
      number: 3,
      text: 'v3, never saved as a version',
      note: 'before restoring 2026-05-04 09:00',
    });
  });

  it('restoreVersion(versionId) adds no save point when one already holds the current text', async () => {
    const { library, bank, v1 } = await bankWithHistory();
    expect((await library.restoreVersion(v1.id)).text).toBe('v1');
    expect(await library.versions(bank.id)).toHaveLength(2);
  });

  it('restoring back and forth never loses any text', async () => {
    const { library, bank, v1, v2 } = await bankWithHistory();
    await library.save(bank.id, 'draft');
    await library.restoreVersion(v1.id);
    await library.restoreVersion(v2.id);
    const texts = (await library.versions(bank.id)).map((v) => v.text);
    expect(texts.sort()).toEqual(['draft', 'v1', 'v2']);
    expect((await library.get(bank.id))?.text).toBe('v2');
  });

  it('restoreVersion(id of a removed scenario) says the version no longer exists', async () => {
    const { library, bank, v1 } = await bankWithHistory();
    await library.remove(bank.id);
    await expect(library.restoreVersion(v1.id)).rejects.toThrow(/version no longer exists/);
  });
});
