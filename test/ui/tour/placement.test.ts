import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapArea, placeCallout, type Box, type Size } from '../../../src/ui/tour/placement.ts';

const viewport = { width: 1000, height: 800 };
const callout = { width: 300, height: 200 };

describe('placeCallout(target, callout, viewport)', () => {
  it('puts the callout below the target, left-aligned with it, when there is room', () => {
    const target = { top: 100, left: 50, width: 400, height: 120 };
    expect(placeCallout(target, callout, viewport)).toEqual({
      top: 232,
      left: 50,
      side: 'below',
      scroll: 0,
      covers: false,
    });
  });

  it('puts the callout above the target when there is no room below', () => {
    const target = { top: 500, left: 50, width: 400, height: 200 };
    // Below would end at 500 + 200 + 12 + 200 = 912 > 800; above starts at 500 - 12 - 200 = 288.
    expect(placeCallout(target, callout, viewport)).toMatchObject({ top: 288, side: 'above' });
  });

  it('honours a custom gap', () => {
    const target = { top: 100, left: 50, width: 400, height: 120 };
    expect(placeCallout(target, callout, viewport, { gap: 20 }).top).toBe(240);
  });

  it('pulls the callout back from the right edge of the viewport', () => {
    const target = { top: 100, left: 900, width: 80, height: 40 };
    // 1000 - 300 - 8 (the edge margin) = 692.
    expect(placeCallout(target, callout, viewport)).toMatchObject({ top: 152, left: 692 });
  });

  it('goes to the left of a tall panel on the right (the metrics panel, tour step 6)', () => {
    // 1440x900: the metrics panel at x 1048..1424, y 80..900. Left: 1048 - 12 - 384 = 652.
    const panel = { top: 80, left: 1048, width: 376, height: 824 };
    const place = placeCallout(panel, { width: 384, height: 326 }, { width: 1440, height: 900 });
    expect(place).toEqual({ top: 80, left: 652, side: 'left', scroll: 0, covers: false });
  });

  it('goes to the right of a tall panel on the left, top-aligned with it', () => {
    const panel = { top: 290, left: 16, width: 1024, height: 615 };
    // Right: 16 + 1024 + 12 = 1052; top 290 would end at 616 <= 892.
    expect(placeCallout(panel, { width: 380, height: 326 }, { width: 1440, height: 900 })).toEqual({
      top: 290,
      left: 1052,
      side: 'right',
      scroll: 0,
      covers: false,
    });
  });

  it('moves in to 4 px from the target when the usual 12 px leave no room', () => {
    // 1024x768: the timeline's outline at x 16..624; 624 + 12 + 384 = 1020 > 1016, 624 + 4 fits.
    const timeline = { top: 78, left: 16, width: 608, height: 694 };
    expect(
      placeCallout(timeline, { width: 384, height: 300 }, { width: 1024, height: 768 }),
    ).toMatchObject({ left: 628, side: 'right', covers: false });
  });

  it('asks for a scroll when the callout fits below the target only further down the page', () => {
    // A 500 px panel at 140: below starts at 652 and would end at 852 (room to 792): scroll down
    // 60; above would need 80 up.
    const target = { top: 140, left: 20, width: 960, height: 500 };
    expect(placeCallout(target, callout, viewport)).toEqual({
      top: 592,
      left: 20,
      side: 'below',
      scroll: 60,
      covers: false,
    });
  });

  it('asks for a scroll up when that is the shorter way', () => {
    // At 160: above starts at 160 - 12 - 200 = -52, 60 short of 8; below needs 80 down.
    const target = { top: 160, left: 20, width: 960, height: 500 };
    expect(placeCallout(target, callout, viewport)).toEqual({
      top: 8,
      left: 20,
      side: 'above',
      scroll: -60,
      covers: false,
    });
  });

  it('covers the least of a target larger than the screen, and says so', () => {
    // 900 x 1600 from (20, -200): every position on screen is over it; the right edge leaves the
    // most of it clear (x 692..992 covers 228 of its 300 px width).
    const target = { top: -200, left: 20, width: 900, height: 1600 };
    const place = placeCallout(target, callout, viewport);
    expect(place).toMatchObject({ left: 692, covers: true, scroll: 0 });
  });

  it('takes the least-bad place without scrolling when the page has scrolled as far as it can', () => {
    // At 160..660, x 20..980: the top of the screen (8..208) covers 48 px of its height, the
    // bottom (592..792) 68 px, its right side all 200; in the top right corner (x 692..992) the
    // callout covers 288 px of the width (48 x 288), less than left-aligned with it (48 x 300).
    const target = { top: 160, left: 20, width: 960, height: 500 };
    expect(placeCallout(target, callout, viewport, { scroll: false })).toEqual({
      top: 8,
      left: 692,
      side: 'above',
      scroll: 0,
      covers: true,
    });
  });

  it('centres the callout when there is no target', () => {
    expect(placeCallout(null, callout, viewport)).toEqual({
      top: 300,
      left: 350,
      side: 'center',
      scroll: 0,
      covers: false,
    });
  });
});

describe('overlapArea(a, b)', () => {
  it('is the area the rectangles share, 0 when they only touch', () => {
    const a = { top: 0, left: 0, width: 10, height: 10 };
    expect(overlapArea(a, { top: 5, left: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea(a, { top: 0, left: 10, width: 10, height: 10 })).toBe(0);
    expect(overlapArea(a, { top: 20, left: 20, width: 1, height: 1 })).toBe(0);
  });
});

describe('placeCallout, for any target, callout and viewport', () => {
  const size = (max: number) => fc.integer({ min: 0, max });
  const cases = fc.record({
    view: fc.record({ width: size(3000), height: size(3000) }),
    target: fc.record({
      top: fc.integer({ min: -3000, max: 3000 }),
      left: fc.integer({ min: -3000, max: 3000 }),
      width: size(3000),
      height: size(3000),
    }),
    box: fc.record({ width: size(800), height: size(800) }),
    gap: fc.integer({ min: 0, max: 40 }),
  });
  const rect = (place: { top: number; left: number }, box: Size): Box => ({ ...place, ...box });
  const inside = (r: Box, view: Size) =>
    r.left >= 0 && r.top >= 0 && r.left + r.width <= view.width && r.top + r.height <= view.height;
  /** The room kept from the viewport's edges: 8 px, or less when the callout nearly fills it. */
  const margins = (box: Size, view: Size) => ({
    x: Math.max(0, Math.min(8, (view.width - box.width) / 2)),
    y: Math.max(0, Math.min(8, (view.height - box.height) / 2)),
  });
  /** Some place beside the target, `gap` from it, lies on screen within those margins. */
  const roomBeside = (t: Box, box: Size, view: Size, gap: number) => {
    const m = margins(box, view);
    const across = (from: number, length: number, extent: number, margin: number) =>
      from >= margin && from + length <= extent - margin;
    const wide = box.width <= view.width;
    const tall = box.height <= view.height;
    return (
      (wide && across(t.top + t.height + gap, box.height, view.height, m.y)) ||
      (wide && across(t.top - gap - box.height, box.height, view.height, m.y)) ||
      (tall && across(t.left + t.width + gap, box.width, view.width, m.x)) ||
      (tall && across(t.left - gap - box.width, box.width, view.width, m.x))
    );
  };

  it('always lies inside the viewport when it fits in it', () => {
    fc.assert(
      fc.property(cases, ({ view, target, box, gap }) => {
        fc.pre(box.width <= view.width && box.height <= view.height);
        for (const scroll of [true, false])
          expect(inside(rect(placeCallout(target, box, view, { gap, scroll }), box), view)).toBe(
            true,
          );
      }),
      { numRuns: 2000 },
    );
  });

  it('never covers the target when some place beside it has room', () => {
    fc.assert(
      fc.property(cases, ({ view, target, box, gap }) => {
        fc.pre(roomBeside(target, box, view, gap));
        const place = placeCallout(target, box, view, { gap });
        expect(place).toMatchObject({ scroll: 0, covers: false });
        expect(overlapArea(rect(place, box), target)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('after the scroll it asks for, shows the target’s whole height, uncovered', () => {
    fc.assert(
      fc.property(cases, ({ view, target, box, gap }) => {
        const place = placeCallout(target, box, view, { gap });
        fc.pre(place.scroll !== 0);
        const moved = { ...target, top: target.top - place.scroll };
        expect(overlapArea(rect(place, box), moved)).toBe(0);
        // (the page scrolls up and down: the target's height is on screen)
        expect(moved.top).toBeGreaterThanOrEqual(0);
        expect(moved.top + moved.height).toBeLessThanOrEqual(view.height);
        expect(inside(rect(place, box), view)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('says when it covers the target, and then covers no more than at a corner', () => {
    fc.assert(
      fc.property(cases, ({ view, target, box, gap }) => {
        fc.pre(box.width <= view.width && box.height <= view.height);
        const place = placeCallout(target, box, view, { gap, scroll: false });
        const covered = overlapArea(rect(place, box), target);
        expect(place.covers).toBe(covered > 0);
        const m = margins(box, view);
        const right = view.width - box.width - m.x;
        const bottom = view.height - box.height - m.y;
        for (const corner of [
          { left: m.x, top: m.y },
          { left: right, top: m.y },
          { left: m.x, top: bottom },
          { left: right, top: bottom },
        ])
          expect(covered).toBeLessThanOrEqual(overlapArea(rect(corner, box), target));
      }),
      { numRuns: 2000 },
    );
  });
});
