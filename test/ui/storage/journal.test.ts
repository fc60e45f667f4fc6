import { describe, expect, it } from 'vitest';
import {
  JOURNAL_PREFIX,
  Journal,
  JournalError,
  decodeEntry,
  encodeEntry,
  journalKey,
  type JournalEntry,
} from '../../../src/ui/storage/journal.ts';
import { memoryStorage } from './support.ts';

const edit = (text: string, base = 1, at = 1000) => ({
  scenarioId: 'bank',
  name: 'Bank',
  text,
  base,
  at,
});

describe('the write-ahead journal', () => {
  it("record(entry) keeps the tab's latest text at once, under the scenario and the tab", () => {
    const storage = memoryStorage();
    const journal = new Journal(storage, 'tab-a');
    journal.record(edit('one'));
    journal.record(edit('one, two', 1, 1100));
    expect([...storage.items.keys()]).toEqual([`${JOURNAL_PREFIX}bank:tab-a`]);
    expect(journal.mine('bank')).toEqual({ ...edit('one, two', 1, 1100), writer: 'tab-a' });
  });

  it('two tabs editing one scenario each keep their own entry', () => {
    const storage = memoryStorage();
    new Journal(storage, 'tab-a').record(edit('from A', 1, 1000));
    new Journal(storage, 'tab-b').record(edit('from B', 1, 900));
    const entries = new Journal(storage, 'tab-c').entries('bank');
    expect(entries.map((e) => [e.writer, e.text])).toEqual([
      ['tab-b', 'from B'],
      ['tab-a', 'from A'],
    ]);
  });

  it('entries(id) reads only that scenario; entries() every one', () => {
    const storage = memoryStorage();
    const journal = new Journal(storage, 'tab-a');
    journal.record(edit('bank text'));
    journal.record({ ...edit('bank 2 text'), scenarioId: 'bank-2' });
    expect(journal.entries('bank').map((e) => e.text)).toEqual(['bank text']);
    expect(journal.entries().map((e) => e.scenarioId)).toEqual(['bank', 'bank-2']);
  });

  it('saved(id, text, revision) removes the entry once the library holds its text', () => {
    const storage = memoryStorage();
    const journal = new Journal(storage, 'tab-a');
    journal.record(edit('one'));
    journal.saved('bank', 'one', 2);
    expect(journal.mine('bank')).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('saved(id, olderText, revision) keeps the newer text typed meanwhile, now based on that revision', () => {
    const journal = new Journal(memoryStorage(), 'tab-a');
    journal.record(edit('one, two', 1));
    journal.saved('bank', 'one', 2);
    expect(journal.mine('bank')).toMatchObject({ text: 'one, two', base: 2 });
  });

  it("saved(...) never touches another tab's entry", () => {
    const storage = memoryStorage();
    new Journal(storage, 'tab-b').record(edit('one'));
    new Journal(storage, 'tab-a').saved('bank', 'one', 2);
    expect(new Journal(storage, 'tab-c').entries('bank')).toHaveLength(1);
  });

  it('discard(entry) removes that entry only', () => {
    const storage = memoryStorage();
    const a = new Journal(storage, 'tab-a');
    a.record(edit('from A'));
    new Journal(storage, 'tab-b').record(edit('from B'));
    a.discard({ scenarioId: 'bank', writer: 'tab-b' });
    expect(a.entries('bank').map((e) => e.writer)).toEqual(['tab-a']);
  });

  it('an entry reads back as written; anything else under the prefix is left alone, unread', () => {
    const entry: JournalEntry = { ...edit('text'), writer: 'tab-a' };
    expect(decodeEntry(encodeEntry(entry))).toEqual(entry);
    expect(decodeEntry('{"v":2,"text":"later format"}')).toBeNull();
    expect(decodeEntry('not json')).toBeNull();
    expect(decodeEntry(JSON.stringify({ ...entry, v: 1, base: 'one' }))).toBeNull();
    const storage = memoryStorage();
    storage.setItem(journalKey('bank', 'tab-x'), 'not json');
    expect(new Journal(storage, 'tab-a').entries('bank')).toEqual([]);
    expect(storage.getItem(journalKey('bank', 'tab-x'))).toBe('not json');
  });
});

describe('the journal when the browser storage is full or unavailable', () => {
  it('record(entry) in a full storage throws a JournalError that says what to do; the old entry stays', () => {
    const storage = memoryStorage(200);
    const journal = new Journal(storage, 'tab-a');
    journal.record(edit('short'));
    const error = (() => {
      try {
        journal.record(edit('x'.repeat(500)));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(JournalError);
    expect((error as Error).message).toMatch(
      /^Your browser's storage is full, so your last edit has no safety copy yet: it is saved a moment after you stop typing\. Wait for 'All changes saved'/,
    );
    expect(((error as Error).cause as DOMException).name).toBe('QuotaExceededError');
    expect(journal.mine('bank')?.text).toBe('short');
  });

  it('without localStorage, record(entry) says storage is disabled, and reading finds nothing', () => {
    const journal = new Journal(null, 'tab-a');
    expect(() => journal.record(edit('one'))).toThrow(
      /does not let the page keep a safety copy of your edits \(storage is disabled\)/,
    );
    expect(journal.entries()).toEqual([]);
    expect(journal.mine('bank')).toBeNull();
    expect(() => journal.saved('bank', 'one', 2)).not.toThrow();
  });

  it('a storage whose every call throws (access denied) is read as empty', () => {
    const denied = new Proxy(memoryStorage(), {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    const journal = new Journal(denied, 'tab-a');
    expect(journal.entries()).toEqual([]);
    expect(() => journal.record(edit('one'))).toThrow(JournalError);
  });
});
