import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localMinuteAt } from '../../../src/charts/local-time.ts';
import { days, hours, minutes } from '../../../src/core/time.ts';
import {
  playheadKeyTarget,
  type PlayheadClock,
} from '../../../src/ui/timeline-view/playhead-keys.ts';
import { after, londonAutumn, londonSpring, zonedClock } from '../../support/zoned.ts';

const plain = zonedClock(null, '2026-01-05', 10);
const events = [hours(10), hours(10) + minutes(15), hours(30)];
const press = (key: string, t: number, clock: PlayheadClock = plain, shiftKey = false) =>
  playheadKeyTarget({ key, shiftKey }, t, events, clock);

describe('playheadKeyTarget(key, t, events, clock): the keys of the playhead', () => {
  it('moves an hour with the arrows, a day with Shift and the arrows', () => {
    expect(press('ArrowRight', after(1, 46))).toBe(after(2, 46));
    expect(press('ArrowUp', after(1, 46))).toBe(after(2, 46));
    expect(press('ArrowLeft', after(1, 46))).toBe(after(0, 46));
    expect(press('ArrowDown', after(1, 46))).toBe(after(0, 46));
    expect(press('ArrowRight', after(1, 46), plain, true)).toBe(after(25, 46));
    expect(press('ArrowLeft', after(25, 46), plain, true)).toBe(after(1, 46));
  });

  it('goes to the next event with ] or Page Up, the previous with [ or Page Down', () => {
    expect(press(']', 0)).toBe(hours(10));
    expect(press('PageUp', hours(10))).toBe(hours(10) + minutes(15));
    expect(press('[', hours(10) + minutes(15))).toBe(hours(10));
    expect(press('PageDown', hours(20))).toBe(hours(10) + minutes(15));
  });

  it('stays put past the last event or before the first', () => {
    expect(press(']', hours(40))).toBe(hours(40));
    expect(press('[', hours(5))).toBe(hours(5));
  });

  it('goes to the start with Home and the end with End', () => {
    expect(press('Home', hours(50))).toBe(0);
    expect(press('End', hours(50))).toBe(days(10));
  });

  it('stays inside the run', () => {
    expect(press('ArrowLeft', minutes(30))).toBe(0);
    expect(press('ArrowRight', days(10) - minutes(30))).toBe(days(10));
    expect(press('ArrowLeft', hours(5), plain, true)).toBe(0);
  });

  it('leaves other keys alone', () => {
    for (const key of [' ', '+', '-', 'a', 'Enter', 'Tab']) expect(press(key, hours(5))).toBeNull();
  });

  it('moves a day to the same local time across a clock change (London)', () => {
    const spring = londonSpring(); // Friday 27 March 00:00 GMT; clocks forward on the 29th
    const saturday = after(34); // Saturday 28 March 10:00 GMT
    const sunday = press('ArrowRight', saturday, spring, true)!;
    expect(localMinuteAt(spring, sunday)).toBe('2026-03-29 10:00');
    expect(sunday - saturday).toBe(hours(23));
    expect(press('ArrowLeft', sunday, spring, true)).toBe(saturday);

    const autumn = londonAutumn(); // Friday 23 October; clocks back on the 25th
    const sat = after(34);
    const sun = press('ArrowRight', sat, autumn, true)!;
    expect(localMinuteAt(autumn, sun)).toBe('2026-10-25 10:00');
    expect(sun - sat).toBe(hours(25));
  });

  it('moves 24 h where the same local time is skipped (01:30 on the night the clocks go forward)', () => {
    const spring = londonSpring();
    const saturday = after(25, 30); // Saturday 28 March 01:30 GMT
    const sunday = press('ArrowRight', saturday, spring, true)!;
    expect(sunday - saturday).toBe(hours(24));
    expect(localMinuteAt(spring, sunday)).toBe('2026-03-29 02:30');
  });

  it('always lands inside the run, and every key of a move is undone by its opposite away from the ends', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ArrowRight', 'ArrowLeft', ']', '[', 'Home', 'End', 'PageUp', 'PageDown'),
        fc.boolean(),
        fc.integer({ min: 0, max: days(10) }),
        (key, shift, t) => {
          const to = press(key, t, plain, shift)!;
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThanOrEqual(days(10));
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: days(1), max: days(9) }), fc.boolean(), (t, shift) => {
        const on = press('ArrowRight', t, plain, shift)!;
        expect(press('ArrowLeft', on, plain, shift)).toBe(t);
      }),
    );
  });
});
