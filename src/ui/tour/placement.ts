/** Where the guided tour's callout goes: next to its target, inside the viewport. Pure. */

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

export interface Placement {
  readonly top: number;
  readonly left: number;
  /** Below the target, above it, or centred in the viewport (no target). */
  readonly side: 'below' | 'above' | 'center';
}

/** The callout keeps this far from the viewport's edges when there is room. */
const EDGE = 8;

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Places a callout of `callout` size next to `target` (viewport coordinates, as from
 * getBoundingClientRect): below it if it fits there, else above it if it fits there, else on the
 * roomier side, pushed back inside the viewport. Left-aligned with the target, clamped to the
 * viewport. Without a target, centred. A callout that fits in the viewport always lies inside it.
 */
export function placeCallout(
  target: Box | null,
  callout: Size,
  viewport: Size,
  gap = 12,
): Placement {
  const marginX = Math.max(0, Math.min(EDGE, (viewport.width - callout.width) / 2));
  const marginY = Math.max(0, Math.min(EDGE, (viewport.height - callout.height) / 2));
  const clampTop = (top: number) => clamp(top, marginY, viewport.height - callout.height - marginY);
  if (target === null)
    return {
      top: Math.max(0, (viewport.height - callout.height) / 2),
      left: Math.max(0, (viewport.width - callout.width) / 2),
      side: 'center',
    };
  const left = clamp(target.left, marginX, viewport.width - callout.width - marginX);
  const fits = (top: number) => top >= marginY && top + callout.height <= viewport.height - marginY;
  const below = target.top + target.height + gap;
  if (fits(below)) return { top: below, left, side: 'below' };
  const above = target.top - gap - callout.height;
  if (fits(above)) return { top: above, left, side: 'above' };
  const roomBelow = viewport.height - (target.top + target.height);
  return roomBelow >= target.top
    ? { top: clampTop(below), left, side: 'below' }
    : { top: clampTop(above), left, side: 'above' };
}
