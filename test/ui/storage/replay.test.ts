import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src/ui/storage/journal.ts';
import { continues, planReplay } from '../../../src/ui/storage/replay.ts';

const stored = { text: 'saved', revision: 3, savedBy: 'tab-a' };
const entry = (writer: string, text: string, base: number, at: number): JournalEntry => ({
  scenarioId: 'bank',
  writer,
  name: 'Bank',
  text,
  base,
  at,
});

describe('planReplay(stored, entries)', () => {
  it('with no entries, opens the stored text', () => {
    expect(planReplay(stored, [])).toEqual({
      text: 'saved',
      replayed: null,
      diverged: [],
      stale: [],
    });
  });

  it('opens an unsaved text based on the stored revision: the edit made just before a reload', () => {
    const typed = entry('tab-b', 'saved, edited', 3, 10);
    expect(planReplay(stored, [typed])).toMatchObject({ text: 'saved, edited', replayed: typed });
  });

  it('opens the unsaved text of the tab that saved last, whatever base it still notes', () => {
    // tab-a saved revision 3, then typed more; the page went before the entry was marked as based on 3
    const typed = entry('tab-a', 'saved, and more', 2, 10);
    expect(planReplay(stored, [typed]).replayed).toBe(typed);
  });

  it('removes an entry whose text is already stored', () => {
    const done = entry('tab-b', 'saved', 2, 10);
    expect(planReplay(stored, [done])).toMatchObject({
      text: 'saved',
      replayed: null,
      stale: [done],
    });
  });

  it('keeps as a save point a text based on an older revision that another tab saved over', () => {
    const behind = entry('tab-b', 'went another way', 2, 10);
    expect(planReplay(stored, [behind])).toMatchObject({
      text: 'saved',
      replayed: null,
      diverged: [behind],
    });
  });

  it('of two texts that continue the stored one, opens the newer and keeps the older as a save point', () => {
    const older = entry('tab-b', 'edit in B', 3, 10);
    const newer = entry('tab-c', 'edit in C', 3, 20);
    expect(planReplay(stored, [older, newer])).toMatchObject({
      text: 'edit in C',
      replayed: newer,
      diverged: [older],
    });
  });

  it('an older entry holding the text opened is only removed', () => {
    const older = entry('tab-b', 'same', 3, 10);
    const newer = entry('tab-c', 'same', 3, 20);
    expect(planReplay(stored, [older, newer])).toMatchObject({ replayed: newer, stale: [older] });
  });

  it('continues(entry, stored) reads revisions, not clocks', () => {
    expect(continues(entry('tab-b', 'x', 3, 0), stored)).toBe(true);
    expect(continues(entry('tab-b', 'x', 2, Number.MAX_SAFE_INTEGER), stored)).toBe(false);
  });

  it('never drops a text: every entry is stored, opened or kept, exactly once', () => {
    const arbEntry = fc.record({
      writer: fc.constantFrom('tab-a', 'tab-b', 'tab-c'),
      text: fc.constantFrom('saved', 'one', 'two', 'three'),
      base: fc.integer({ min: 0, max: 5 }),
      at: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbEntry, { selector: (e) => e.writer }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('tab-a', 'tab-b', 'tab-x'),
        (raw, revision, savedBy) => {
          const store = { text: 'saved', revision, savedBy };
          const entries = raw.map((e) => entry(e.writer, e.text, e.base, e.at));
          const plan = planReplay(store, entries);
          const accounted = [
            ...(plan.replayed ? [plan.replayed] : []),
            ...plan.diverged,
            ...plan.stale,
          ];
          expect(accounted).toHaveLength(entries.length);
          expect(new Set(accounted)).toEqual(new Set(entries));
          const kept = new Set([plan.text, ...plan.diverged.map((e) => e.text), store.text]);
          for (const e of entries) expect(kept.has(e.text)).toBe(true);
          if (plan.replayed) expect(continues(plan.replayed, store)).toBe(true);
        },
      ),
    );
  });
});
