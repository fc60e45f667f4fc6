import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abbreviationAt,
  changeLabel,
  changeSentence,
  changesInside,
  changeWhen,
  localStamp,
  utcOffsetAt,
  zoneSuffix,
} from '../../src/charts/local-time.ts';
import { zoneAbbreviation } from '../../src/charts/zone-abbreviation.ts';
import { days, hours } from '../../src/core/time.ts';
import { after, londonAutumn, londonSpring, zonedClock } from '../support/zoned.ts';

describe('localStamp(clock, from, to) labels local times for a view', () => {
  it('gives 00:30 and 01:30 on the fall-back night in London BST, then the second 01:30 GMT', () => {
    const autumn = londonAutumn(); // 00:00 BST on Friday 23 October; back at 50 h
    const at = localStamp(autumn, 0, autumn.horizon);
    expect(at(after(48, 30))).toBe('2026-10-25 00:30 BST');
    expect(at(after(49, 30))).toBe('2026-10-25 01:30 BST');
    expect(at(after(50, 30))).toBe('2026-10-25 01:30 GMT');
    expect(at(after(51, 30))).toBe('2026-10-25 02:30 GMT');
  });

  it('gives the times around the spring gap: 00:30 GMT, then 02:30 BST an hour later', () => {
    const spring = londonSpring(); // forward at 49 h
    const at = localStamp(spring, 0, spring.horizon);
    expect(at(after(48, 30))).toBe('2026-03-29 00:30 GMT');
    expect(at(after(49, 30))).toBe('2026-03-29 02:30 BST');
  });

  it('leaves the abbreviation out where no change falls inside the view', () => {
    const autumn = londonAutumn();
    expect(localStamp(autumn, 0, after(40))(after(10))).toBe('2026-10-23 10:00');
    expect(localStamp(autumn, after(60), autumn.horizon)(after(70))).toBe('2026-10-25 21:00');
    expect(zoneSuffix(autumn, after(60), after(70))(after(65))).toBe('');
    // A view that ends on the change shows it.
    expect(zoneSuffix(autumn, after(40), after(50))(after(45))).toBe(' BST');
  });

  it('reads exactly as before without a time zone: start + t, never an abbreviation', () => {
    const fixed = zonedClock(null, '2026-10-23');
    expect(localStamp(fixed, 0, fixed.horizon)(after(50, 30))).toBe('2026-10-25 02:30');
    expect(abbreviationAt(fixed, 0)).toBeNull();
    expect(utcOffsetAt(fixed, 0)).toBeNull();
    expect(changesInside(fixed, 0, fixed.horizon)).toEqual([]);
  });

  it('names New York’s times EST and EDT, and Kolkata’s IST', () => {
    const ny = zonedClock('America/New_York', '2026-03-07');
    const at = localStamp(ny, 0, ny.horizon);
    expect(at(after(25, 30))).toBe('2026-03-08 01:30 EST');
    expect(at(after(26, 30))).toBe('2026-03-08 03:30 EDT');
    expect(abbreviationAt(zonedClock('Asia/Kolkata', '2026-03-07'), 0)).toBe('IST');
  });

  it('falls back to the UTC offset where no locale has a letter abbreviation', () => {
    const kathmandu = zonedClock('Asia/Kathmandu', '2026-03-07').timeZone!;
    expect(zoneAbbreviation(kathmandu, Date.UTC(2026, 2, 7))).toBe('UTC+05:45');
  });
});

describe('a change of offset, said for people', () => {
  it('labels the spring change "clocks +1 h (GMT→BST)" and says which times do not exist', () => {
    const spring = londonSpring();
    const [change] = changesInside(spring, 0, spring.horizon);
    expect(change).toEqual({ t: hours(49), before: 0, after: hours(1) });
    expect(changeLabel(spring, change!)).toBe('clocks +1 h (GMT→BST)');
    expect(changeWhen(spring, change!)).toBe('Sun 29 Mar 2026 at 01:00 GMT');
    expect(changeSentence(spring, change!)).toBe(
      'Clocks go forward 1 h on Sun 29 Mar 2026 at 01:00 GMT, to 02:00 BST: local times from 01:00 to 02:00 do not exist that night.',
    );
  });

  it('labels the autumn change "clocks −1 h (BST→GMT)" and says which times happen twice', () => {
    const autumn = londonAutumn();
    const [change] = changesInside(autumn, 0, autumn.horizon);
    expect(changeLabel(autumn, change!)).toBe('clocks −1 h (BST→GMT)');
    expect(changeSentence(autumn, change!)).toBe(
      'Clocks go back 1 h on Sun 25 Oct 2026 at 02:00 BST, to 01:00 GMT: local times from 01:00 to 02:00 happen twice that night.',
    );
  });

  it('counts only the changes inside the view', () => {
    const year = zonedClock('Europe/London', '2026-01-05', 365);
    expect(changesInside(year, 0, days(365)).map((c) => c.after)).toEqual([hours(1), 0]);
    expect(changesInside(year, days(100), days(200))).toEqual([]);
  });
});

describe('properties of local stamps', () => {
  it('every time of a zoned view reads its local time, with the abbreviation of its offset', () => {
    const autumn = londonAutumn();
    const at = localStamp(autumn, 0, autumn.horizon);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: autumn.horizon / 60_000 }), (minute) => {
        const t = minute * 60_000;
        const text = at(t);
        const summer = utcOffsetAt(autumn, t) === hours(1);
        expect(text.endsWith(summer ? ' BST' : ' GMT')).toBe(true);
        expect(text.length).toBe('2026-10-25 01:30 GMT'.length);
      }),
      { numRuns: 200 },
    );
  });
});
