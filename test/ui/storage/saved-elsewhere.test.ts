import { describe, expect, it } from 'vitest';
import { savedElsewhere } from '../../../src/ui/storage/saved-elsewhere.ts';

const me = new Set(['tab-a']);
const theirs = { text: 'their text', revision: 4, savedBy: 'tab-b' };

describe('savedElsewhere(tab, stored, lineage): what a tab does when another tab saved', () => {
  it('ignores a write it already knows of', () => {
    const tab = { revision: 4, savedText: 'their text', text: 'mine' };
    expect(savedElsewhere(tab, theirs, me)).toBe('current');
  });

  it('follows when it changed nothing since its last save: nothing of its own is replaced', () => {
    const tab = { revision: 3, savedText: 'saved', text: 'saved' };
    expect(savedElsewhere(tab, theirs, me)).toBe('follow');
  });

  it('has a conflict when both changed the text: the planner chooses', () => {
    const tab = { revision: 3, savedText: 'saved', text: 'my edit' };
    expect(savedElsewhere(tab, theirs, me)).toBe('conflict');
  });

  it('agrees when the other tab saved the very text it has', () => {
    const tab = { revision: 3, savedText: 'saved', text: 'their text' };
    expect(savedElsewhere(tab, theirs, me)).toBe('agree');
  });

  it("carries on over a text saved by its own line (a gone page's late save), which is older than its own", () => {
    const tab = { revision: 3, savedText: 'saved', text: 'my edit, and more' };
    const late = { text: 'my edit', revision: 4, savedBy: 'tab-old' };
    expect(savedElsewhere(tab, late, new Set(['tab-a', 'tab-old']))).toBe('rebase');
  });

  it('follows when it has no text of that scenario at all', () => {
    expect(savedElsewhere({ revision: 3, savedText: 'saved', text: null }, theirs, me)).toBe(
      'follow',
    );
  });

  it('a scenario restored from a delete with an older revision but another text is news too', () => {
    const tab = { revision: 6, savedText: 'saved', text: 'saved' };
    expect(savedElsewhere(tab, theirs, me)).toBe('follow');
  });
});
