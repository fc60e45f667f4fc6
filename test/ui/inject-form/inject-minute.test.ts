import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localMinuteAt } from '../../../src/charts/local-time.ts';
import { hours, minutes, seconds } from '../../../src/core/time.ts';
import { injectMinute } from '../../../src/ui/inject-form/inject-minute.ts';
import { after, londonAutumn, londonSpring, zonedClock } from '../../support/zoned.ts';

const paris = zonedClock('Europe/Paris', '2026-01-05', 30);

describe('injectMinute(clock, t): the moment an inject at the playhead takes', () => {
  it('is the start of the minute shown: 01:46:59 reads 01:46, and the inject happens at 01:46, not 01:47', () => {
    const playhead = hours(1) + minutes(46) + seconds(59);
    expect(localMinuteAt(paris, playhead)).toBe('2026-01-05 01:46');
    expect(injectMinute(paris, playhead)).toBe(hours(1) + minutes(46));
  });

  it('keeps a playhead on a whole minute where it is, and 0 at 0', () => {
    expect(injectMinute(paris, after(10, 30))).toBe(after(10, 30));
    expect(injectMinute(paris, 0)).toBe(0);
    expect(injectMinute(null, 0)).toBe(0);
  });

  it('reads a fraction of a millisecond as the time shown does (59.9996 s reads the next minute)', () => {
    expect(injectMinute(paris, minutes(1) - 0.4)).toBe(minutes(1) - 0.4);
    expect(injectMinute(paris, minutes(1) - 0.6)).toBe(0);
    expect(injectMinute(paris, minutes(3) + 0.3)).toBe(minutes(3));
  });

  it('without a clock, cuts to whole minutes since the start', () => {
    expect(injectMinute(null, minutes(3) + seconds(40))).toBe(minutes(3));
  });

  it('follows the local minute across a clock change (London, spring and autumn)', () => {
    for (const clock of [londonSpring(), londonAutumn()]) {
      const t = after(49, 0) + seconds(30); // just after 01:00 GMT on the 29th / 01:00 BST on the 25th
      expect(injectMinute(clock, t)).toBe(after(49, 0));
      expect(localMinuteAt(clock, injectMinute(clock, t))).toBe(localMinuteAt(clock, t));
    }
  });

  it('is never after the playhead, less than a minute before it, and shows the same minute', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(paris, londonSpring(), londonAutumn(), zonedClock(null, '2026-01-05')),
        fc.double({ min: 0, max: hours(90), noNaN: true }),
        (clock, t) => {
          const at = injectMinute(clock, t);
          expect(at).toBeLessThanOrEqual(t);
          expect(t - at).toBeLessThan(minutes(1));
          expect(localMinuteAt(clock, at)).toBe(localMinuteAt(clock, t));
        },
      ),
    );
  });
});
