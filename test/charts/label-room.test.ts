import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roomyLabels, spanAt } from '../../src/charts/label-room.ts';

describe('roomyLabels(spans, gap): which labels on a line to show so that none overlap', () => {
  it('shows every label that has room', () => {
    expect(
      roomyLabels([
        { left: 0, right: 10 },
        { left: 20, right: 30 },
      ]),
    ).toEqual([true, true]);
  });

  it('keeps the end of the axis and drops the tick before it that it runs into ("3 h3 h 20 min")', () => {
    // "2 h" at 100, "3 h" at 160, and "3 h 20 min" pulled left to end at the svg's edge, 200.
    const spans = [spanAt(100, 18, null), spanAt(160, 18, null), spanAt(200, 62, 'end')];
    expect(roomyLabels(spans)).toEqual([true, false, true]);
  });

  it('never drops the first label', () => {
    expect(
      roomyLabels([
        { left: 0, right: 50 },
        { left: 10, right: 60 },
      ]),
    ).toEqual([true, false]);
  });

  it('leaves no two shown labels closer than the gap, for any spans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 80 })), {
          maxLength: 30,
        }),
        (raw) => {
          const spans = raw
            .map(([x, w]) => ({ left: x, right: x + w }))
            .sort((a, b) => a.left - b.left);
          const shown = spans.filter((_, i) => roomyLabels(spans, 6)[i]);
          if (spans.length) expect(shown[0]).toBe(spans[0]);
          for (let i = 1; i < shown.length; i++)
            expect(shown[i]!.left).toBeGreaterThanOrEqual(shown[i - 1]!.right + 6);
        },
      ),
    );
  });
});
