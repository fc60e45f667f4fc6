import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalChange } from '../../../src/ui/yaml-editor/minimal-change.ts';

function apply(text: string, change: ReturnType<typeof minimalChange>): string {
  return change === null
    ? text
    : text.slice(0, change.from) + change.insert + text.slice(change.to);
}

/** No lone surrogate: every emoji is whole. */
const wellFormed = (s: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('minimalChange(oldText, newText)', () => {
  it('returns null when the texts are equal', () => {
    expect(minimalChange('name: Bank\n', 'name: Bank\n')).toBeNull();
  });

  it('replaces only the middle that differs, keeping the common prefix and suffix', () => {
    expect(minimalChange('capacity: 600\nkind: server\n', 'capacity: 900\nkind: server\n')).toEqual(
      { from: 10, to: 11, insert: '9' },
    );
  });

  it('is a pure insertion when text was added', () => {
    expect(minimalChange('a\nc\n', 'a\nb\nc\n')).toEqual({ from: 2, to: 2, insert: 'b\n' });
  });

  it('is a pure deletion when text was removed', () => {
    expect(minimalChange('a\nb\nc\n', 'a\nc\n')).toEqual({ from: 2, to: 4, insert: '' });
  });

  it('replaces everything when the texts share nothing', () => {
    expect(minimalChange('abc', 'xyz')).toEqual({ from: 0, to: 3, insert: 'xyz' });
    expect(minimalChange('', 'new')).toEqual({ from: 0, to: 0, insert: 'new' });
    expect(minimalChange('old', '')).toEqual({ from: 0, to: 3, insert: '' });
  });

  it('never lets the prefix and suffix overlap when a repeated character is inserted', () => {
    expect(minimalChange('aa', 'aaa')).toEqual({ from: 2, to: 2, insert: 'a' });
  });

  it('never splits a surrogate pair (an emoji) between kept and replaced text', () => {
    // '😀' and '😃' share their high surrogate: the change takes the whole character.
    const change = minimalChange('note: 😀', 'note: 😃');
    expect(change).toEqual({ from: 6, to: 8, insert: '😃' });
    // Two characters that share only their low surrogate: that stays whole too.
    const low = minimalChange('\ud83c\udf0d!', '\ud83d\udf0d!');
    expect(low).toEqual({ from: 0, to: 2, insert: '\ud83d\udf0d' });
  });

  // A small alphabet, so that prefixes and suffixes overlap often; emoji share surrogates.
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '😀', '😃', '🌍') });

  it('turns any old text into any new text, touching as little as it can', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const change = minimalChange(a, b);
        expect(apply(a, change)).toBe(b);
        if (change === null) return;
        expect(change.from).toBeLessThanOrEqual(change.to);
        // What stays before and after the change is the same in both texts, and whole.
        const before = a.slice(0, change.from);
        const after = a.slice(change.to);
        expect(b.startsWith(before) && b.endsWith(after)).toBe(true);
        expect([before, change.insert, after].every(wellFormed)).toBe(true);
      }),
    );
  });
});
