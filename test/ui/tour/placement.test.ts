import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCallout } from '../../../src/ui/tour/placement.ts';

const viewport = { width: 1000, height: 800 };
const callout = { width: 300, height: 200 };

describe('placeCallout(target, callout, viewport)', () => {
  it('puts the callout below the target, left-aligned with it, when there is room', () => {
    const target = { top: 100, left: 50, width: 400, height: 120 };
    expect(placeCallout(target, callout, viewport)).toEqual({ top: 232, left: 50, side: 'below' });
  });

  it('puts the callout above the target when there is no room below', () => {
    const target = { top: 500, left: 50, width: 400, height: 200 };
    // Below would end at 500 + 200 + 12 + 200 = 912 > 800; above starts at 500 - 12 - 200 = 288.
    expect(placeCallout(target, callout, viewport)).toEqual({ top: 288, left: 50, side: 'above' });
  });

  it('honours a custom gap', () => {
    const target = { top: 100, left: 50, width: 400, height: 120 };
    expect(placeCallout(target, callout, viewport, 20).top).toBe(240);
  });

  it('pulls the callout back from the right edge of the viewport', () => {
    const target = { top: 100, left: 900, width: 80, height: 40 };
    // 1000 - 300 - 8 (the edge margin) = 692.
    expect(placeCallout(target, callout, viewport)).toEqual({ top: 152, left: 692, side: 'below' });
  });

  it('keeps the callout inside the viewport for a target taller than the viewport', () => {
    const target = { top: -200, left: 20, width: 900, height: 1600 };
    // More room above the target's bottom (1400) than below it: on the roomier side, clamped.
    expect(placeCallout(target, callout, viewport)).toEqual({ top: 8, left: 20, side: 'above' });
  });

  it('centres the callout when there is no target', () => {
    expect(placeCallout(null, callout, viewport)).toEqual({ top: 300, left: 350, side: 'center' });
  });

  it('always lies inside the viewport when it fits in it', () => {
    const size = (max: number) => fc.integer({ min: 0, max });
    fc.assert(
      fc.property(
        fc.record({ width: size(3000), height: size(3000) }),
        fc.record({
          top: fc.integer({ min: -3000, max: 3000 }),
          left: fc.integer({ min: -3000, max: 3000 }),
          width: size(3000),
          height: size(3000),
        }),
        fc.record({ width: size(800), height: size(800) }),
        fc.integer({ min: 0, max: 40 }),
        (view, target, box, gap) => {
          fc.pre(box.width <= view.width && box.height <= view.height);
          const place = placeCallout(target, box, view, gap);
          expect(place.left).toBeGreaterThanOrEqual(0);
          expect(place.top).toBeGreaterThanOrEqual(0);
          expect(place.left + box.width).toBeLessThanOrEqual(view.width);
          expect(place.top + box.height).toBeLessThanOrEqual(view.height);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps clear of the target whenever there is room below or above it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 900 }),
        fc.integer({ min: 1, max: 900 }),
        (top, height) => {
          const target = { top, left: 10, width: 100, height };
          const fits = (y: number) => y >= 8 && y + callout.height <= viewport.height - 8;
          const roomBelow = fits(top + height + 12);
          const roomAbove = fits(top - 12 - callout.height);
          const place = placeCallout(target, callout, viewport);
          if (roomBelow) expect(place).toMatchObject({ side: 'below', top: top + height + 12 });
          else if (roomAbove) expect(place.top + callout.height).toBe(top - 12);
          else expect(place.side).not.toBe('center');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
