import { describe, expect, it } from 'vitest';
import { testLibrary, BANK } from './support.ts';

describe('the scenario library', () => {
  it('create(name, text, source) keeps a trimmed name, the text and where it came from', async () => {
    const { library, clock } = testLibrary();
    const created = await library.create('  Bank  ', BANK, { kind: 'bundled', id: 'bank' });
    expect(created).toEqual({
      id: 'id-1',
      name: 'Bank',
      text: BANK,
      createdAt: clock.now(),
      updatedAt: clock.now(),
      source: { kind: 'bundled', id: 'bank' },
      lastExercised: null,
      revision: 1,
      savedBy: '',
    });
    expect(await library.get('id-1')).toEqual(created);
  });

  it('list() puts the most recently changed scenario first', async () => {
    const { library, clock } = testLibrary();
    const a = await library.create('A', 'a', { kind: 'new' });
    clock.advance(1000);
    await library.create('B', 'b', { kind: 'new' });
    expect((await library.list()).map((s) => s.name)).toEqual(['B', 'A']);
    clock.advance(1000);
    await library.save(a.id, 'a, edited');
    expect((await library.list()).map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('rename(id, name) trims, allows a name already taken and moves updatedAt', async () => {
    const { library, clock } = testLibrary();
    await library.create('Bank', BANK, { kind: 'new' });
    const other = await library.create('Payroll', 'p', { kind: 'new' });
    clock.advance(5000);
    const renamed = await library.rename(other.id, ' Bank ');
    expect(renamed).toMatchObject({ name: 'Bank', updatedAt: clock.now() });
    expect((await library.list()).map((s) => s.name)).toEqual(['Bank', 'Bank']);
  });

  it('rename(id, "  ") is refused with a message saying what to type, and keeps the old name', async () => {
    const { library } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    await expect(library.rename(bank.id, '  ')).rejects.toThrow(
      'A scenario needs a name: type at least one letter or number.',
    );
    await expect(library.create('', BANK, { kind: 'new' })).rejects.toThrow(/needs a name/);
    expect((await library.get(bank.id))?.name).toBe('Bank');
  });

  it('duplicate(id) names copies "X (copy)", "X (copy 2)"..., and a copy of a copy too', async () => {
    const { library } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'file', name: 'bank.yaml' });
    const first = await library.duplicate(bank.id);
    const second = await library.duplicate(bank.id);
    const ofCopy = await library.duplicate(first.id);
    expect([first.name, second.name, ofCopy.name]).toEqual([
      'Bank (copy)',
      'Bank (copy 2)',
      'Bank (copy 3)',
    ]);
    expect(first).toMatchObject({ text: BANK, source: { kind: 'file', name: 'bank.yaml' } });
    expect(first.id).not.toBe(bank.id);
  });

  it('duplicate(id, newName) uses the name given, and starts without versions or exercises', async () => {
    const { library } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    await library.saveVersion(bank.id, 'first');
    await library.markExercised(bank.id, 'tabletop');
    const copy = await library.duplicate(bank.id, ' Bank, DR site ');
    expect(copy).toMatchObject({ name: 'Bank, DR site', lastExercised: null });
    expect(await library.versions(copy.id)).toEqual([]);
  });

  it('save(id, text) changes the text and updatedAt, without making a version', async () => {
    const { library, clock } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    clock.advance(60_000);
    const saved = await library.save(bank.id, BANK + '# edited\n');
    expect(saved).toMatchObject({ text: BANK + '# edited\n', updatedAt: clock.now() });
    expect(saved.createdAt).toBe(bank.createdAt);
    expect(await library.versions(bank.id)).toEqual([]);
  });

  it('save(id, sameText) writes nothing, so updatedAt stays', async () => {
    const { library, clock } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    clock.advance(60_000);
    expect((await library.save(bank.id, BANK)).updatedAt).toBe(bank.updatedAt);
  });

  it('markExercised(id, note) records when and what, without counting as an edit', async () => {
    const { library, clock } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    clock.advance(3_600_000);
    const exercised = await library.markExercised(bank.id, ' Tabletop with the ops team ');
    expect(exercised.lastExercised).toEqual({
      at: clock.now(),
      note: 'Tabletop with the ops team',
    });
    expect(exercised.updatedAt).toBe(bank.updatedAt);
    expect((await library.get(bank.id))?.lastExercised?.note).toBe('Tabletop with the ops team');
  });

  it('markExercised(id, note, plans) also keeps each invoked plan’s own date, across exercises', async () => {
    const { library, clock } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    clock.advance(1000);
    const first = await library.markExercised(bank.id, 'db drill', ['db-rebuild']);
    expect(first.lastExercised).toEqual({
      at: clock.now(),
      note: 'db drill',
      plans: ['db-rebuild'],
    });
    const dbAt = clock.now();
    clock.advance(1000);
    const second = await library.markExercised(bank.id, 'app drill', ['app-rebuild']);
    expect(second.plansExercised).toEqual({ 'db-rebuild': dbAt, 'app-rebuild': clock.now() });
  });

  it('remove(id) then undoRemove(token) brings back the scenario and its versions exactly', async () => {
    const { library, clock } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    await library.saveVersion(bank.id, 'v1');
    clock.advance(1000);
    await library.save(bank.id, BANK + '# two\n');
    await library.saveVersion(bank.id, 'v2');
    await library.markExercised(bank.id, 'drill');
    const before = await library.get(bank.id);
    const versionsBefore = await library.versions(bank.id);

    const token = await library.remove(bank.id);
    expect(await library.list()).toEqual([]);
    expect(await library.get(bank.id)).toBeUndefined();
    expect(await library.versions(bank.id)).toEqual([]);

    await library.undoRemove(token);
    expect(await library.get(bank.id)).toEqual(before);
    expect(await library.versions(bank.id)).toEqual(versionsBefore);
  });

  it('a change to a scenario that was removed says it no longer exists', async () => {
    const { library } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    await library.remove(bank.id);
    await expect(library.save(bank.id, 'x')).rejects.toThrow(/no longer exists/);
  });

  it('writes from one tab never overwrite each other: a rename and a save both land', async () => {
    const { library } = testLibrary();
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    await Promise.all([library.rename(bank.id, 'Bank 2'), library.save(bank.id, 'new text')]);
    expect(await library.get(bank.id)).toMatchObject({ name: 'Bank 2', text: 'new text' });
  });

  it('says whether it will survive the tab closing', () => {
    expect(testLibrary().library.persistent).toBe(false);
  });
});
