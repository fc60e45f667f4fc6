/**
 * Where the guided tour's callout goes: next to its target, never over it, inside the viewport.
 * Pure: rectangles in viewport coordinates (as from getBoundingClientRect), sizes in px.
 */

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left' | 'center';

export interface Placement {
  readonly top: number;
  readonly left: number;
  /** Beside the target, or centred in the viewport (no target). */
  readonly side: Side;
  /**
   * Scroll the page down by this many px (up when negative) first: the target and the callout
   * fit on screen together only then. `top` and `left` are where the callout goes after it.
   */
  readonly scroll: number;
  /** No position on screen leaves the target uncovered: this one covers the least of it. */
  readonly covers: boolean;
}

export interface PlaceOptions {
  /** The room between the target and the callout (px). */
  readonly gap?: number;
  /** False: the page cannot scroll (or has scrolled as far as it can); no `scroll` is asked. */
  readonly scroll?: boolean;
}

/** The gap that is tried when no side has room for the callout at the gap asked for. */
const TIGHT_GAP = 4;

/** The callout keeps this far from the viewport's edges when there is room. */
const EDGE = 8;

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

/** The area two rectangles share (0 when they only touch). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return Math.max(0, w) * Math.max(0, h);
}

/**
 * Places a callout of `callout` size next to `target`, `gap` px from it, in the first of these
 * that lies inside the viewport: below the target (left-aligned with it), above it, to its right
 * (top-aligned), to its left; then the same 4 px from it. None fits on screen as things stand, but the target and the
 * callout fit above each other within the viewport's height: the page is to scroll (`scroll`)
 * by the least that lets the callout sit below or above the whole target (unless `scroll` is
 * false: the page could not scroll that far). Neither: the target is
 * too large for any position to miss it (a panel taller and wider than the screen allows), so
 * the least-bad one is chosen, the position on screen covering the least of the target, and
 * `covers` says so. Without a target, centred. A callout that fits in the viewport always lies
 * inside it.
 */
export function placeCallout(
  target: Box | null,
  callout: Size,
  viewport: Size,
  { gap = 12, scroll = true }: PlaceOptions = {},
): Placement {
  const marginX = Math.max(0, Math.min(EDGE, (viewport.width - callout.width) / 2));
  const marginY = Math.max(0, Math.min(EDGE, (viewport.height - callout.height) / 2));
  const clampLeft = (left: number) =>
    clamp(left, marginX, viewport.width - callout.width - marginX);
  const clampTop = (top: number) => clamp(top, marginY, viewport.height - callout.height - marginY);
  if (target === null)
    return {
      top: Math.max(0, (viewport.height - callout.height) / 2),
      left: Math.max(0, (viewport.width - callout.width) / 2),
      side: 'center',
      scroll: 0,
      covers: false,
    };
  const bottom = target.top + target.height;
  const right = target.left + target.width;
  const sidesAt = (g: number): readonly { side: Side; top: number; left: number }[] => [
    { side: 'below', top: bottom + g, left: clampLeft(target.left) },
    { side: 'above', top: target.top - g - callout.height, left: clampLeft(target.left) },
    { side: 'right', top: clampTop(target.top), left: right + g },
    { side: 'left', top: clampTop(target.top), left: target.left - g - callout.width },
  ];
  const sides = sidesAt(gap);
  const inside = ({ top, left }: { top: number; left: number }) =>
    top >= marginY &&
    top + callout.height <= viewport.height - marginY &&
    left >= marginX &&
    left + callout.width <= viewport.width - marginX;
  const fitting = sides.find(inside) ?? sidesAt(Math.min(gap, TIGHT_GAP)).find(inside);
  if (fitting) return { ...fitting, scroll: 0, covers: false };

  // Scrolling by `scroll` moves the target up by that much; the callout (fixed) stays.
  if (
    scroll &&
    callout.width <= viewport.width &&
    target.height + gap + callout.height + 2 * marginY <= viewport.height
  ) {
    const [below, above] = sides as [(typeof sides)[0], (typeof sides)[0]];
    const down = below.top + callout.height + marginY - viewport.height;
    const up = above.top - marginY;
    return Math.abs(down) <= Math.abs(up)
      ? { side: 'below', top: below.top - down, left: below.left, scroll: down, covers: false }
      : { side: 'above', top: above.top - up, left: above.left, scroll: up, covers: false };
  }

  // The least-bad: each side pushed back on screen, and the viewport's four corners.
  const onScreen = (side: Side, top: number, left: number) => ({
    side,
    top: clampTop(top),
    left: clampLeft(left),
  });
  const far = { top: viewport.height, left: viewport.width };
  const candidates = [
    ...sides.map((s) => onScreen(s.side, s.top, s.left)),
    onScreen(sides[0]!.side, far.top, 0),
    onScreen(sides[0]!.side, far.top, far.left),
    onScreen(sides[1]!.side, 0, far.left),
    onScreen(sides[1]!.side, 0, 0),
  ];
  const covered = (c: { top: number; left: number }) =>
    overlapArea({ ...c, width: callout.width, height: callout.height }, target);
  const best = candidates.reduce((a, b) => (covered(b) < covered(a) ? b : a));
  return { ...best, scroll: 0, covers: covered(best) > 0 };
}
