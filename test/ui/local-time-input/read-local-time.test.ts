import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocal } from '../../../src/core/civil.ts';
import { localAt } from '../../../src/core/zone.ts';
import { readLocalTime } from '../../../src/ui/local-time-input/read-local-time.ts';
import { after, londonAutumn, londonSpring, zonedClock } from '../../support/zoned.ts';

describe('readLocalTime(clock, text): a local time typed, on the scenario’s clock', () => {
  it('refuses 2026-03-29T01:30 in London, which the clocks skip, offering 02:30 BST and 00:30 GMT', () => {
    const read = readLocalTime(londonSpring(), '2026-03-29T01:30');
    expect(read).toEqual({
      kind: 'refused',
      reason: 'skipped',
      message:
        '2026-03-29T01:30 does not exist in Europe/London: the clocks go forward 60 min that night and never show it',
      hint: 'write 2026-03-29T02:30 (2026-03-29T01:30 at UTC+00:00, as the clocks show it after the change) or 2026-03-29T00:30 (2026-03-29T01:30 at UTC+01:00, before it)',
      alternatives: [
        { t: after(49, 30), text: '2026-03-29T02:30', label: '02:30 BST (UTC+01:00)' },
        { t: after(48, 30), text: '2026-03-29T00:30', label: '00:30 GMT (UTC+00:00)' },
      ],
    });
  });

  it('reads a time shown once as its one moment, the hour after the gap an hour after 00:30', () => {
    const spring = londonSpring();
    expect(readLocalTime(spring, '2026-03-29T00:30')).toEqual({
      kind: 'once',
      t: after(48, 30),
      text: '2026-03-29T00:30',
    });
    expect(readLocalTime(spring, '2026-03-29T02:30')).toMatchObject({
      kind: 'once',
      t: after(49, 30),
    });
  });

  it('reads 01:30 on the fall-back night as the first of two, and the second when its offset says so', () => {
    const autumn = londonAutumn(); // back at 50 h (02:00 BST)
    const readings = [
      { t: after(49, 30), text: '2026-10-25T01:30+01:00', label: '01:30 BST (UTC+01:00)' },
      { t: after(50, 30), text: '2026-10-25T01:30+00:00', label: '01:30 GMT (UTC+00:00)' },
    ];
    expect(readLocalTime(autumn, '2026-10-25T01:30')).toEqual({
      kind: 'twice',
      t: after(49, 30),
      text: '2026-10-25T01:30',
      message:
        '2026-10-25T01:30 happens twice in Europe/London (the clocks go back that night): it is read as the first, UTC+01:00',
      readings,
      chosen: 0,
    });
    expect(readLocalTime(autumn, '2026-10-25T01:30+00:00')).toMatchObject({
      kind: 'twice',
      t: after(50, 30),
      text: '2026-10-25T01:30+00:00',
      chosen: 1,
    });
  });

  it('refuses an offset the zone never has at that time, naming the ones it has', () => {
    const read = readLocalTime(londonAutumn(), '2026-10-25T01:30+02:00');
    expect(read).toMatchObject({
      kind: 'refused',
      reason: 'offset',
      message: 'Europe/London is never at UTC+02:00 at 2026-10-25 01:30',
      hint: 'write 2026-10-25T01:30+01:00 or 2026-10-25T01:30+00:00',
    });
  });

  it('refuses a time outside the run, offering its nearest end', () => {
    const read = readLocalTime(londonSpring(), '2026-04-02T10:00');
    expect(read).toMatchObject({
      kind: 'refused',
      reason: 'outside',
      message: '2026-04-02 10:00 is outside the scenario',
      hint: 'pick a time from 2026-03-27 00:00 to 2026-03-31 01:00',
    });
  });

  it('refuses what is not a date-time, and an offset on a scenario without a time zone', () => {
    expect(readLocalTime(londonSpring(), 'tomorrow')).toMatchObject({
      kind: 'refused',
      reason: 'invalid',
    });
    const fixed = zonedClock(null, '2026-03-27');
    expect(readLocalTime(fixed, '2026-03-29T01:30')).toEqual({
      kind: 'once',
      t: after(49, 30),
      text: '2026-03-29T01:30',
    });
    expect(readLocalTime(fixed, '2026-03-29T01:30+00:00')).toMatchObject({
      kind: 'refused',
      reason: 'offset',
      hint: 'write 2026-03-29T01:30',
    });
  });
});

describe('properties of typed local times', () => {
  it('the local time of any minute of the run, typed, names that minute or an earlier twin', () => {
    const clocks = [londonSpring(), londonAutumn(), zonedClock('America/New_York', '2026-10-30')];
    fc.assert(
      fc.property(fc.constantFrom(...clocks), fc.integer({ min: 0, max: 96 * 60 }), (clock, m) => {
        const t = m * 60_000;
        const read = readLocalTime(clock, formatLocal(localAt(clock, t)));
        if (read.kind === 'once') expect(read.t).toBe(t);
        else if (read.kind === 'twice') {
          expect(read.readings.map((r) => r.t)).toContain(t);
          const chosen = read.readings.find((r) => r.t === t)!;
          expect(readLocalTime(clock, chosen.text)).toMatchObject({ kind: 'twice', t });
        } else expect.unreachable(`${formatLocal(localAt(clock, t))} refused: ${read.message}`);
      }),
      { numRuns: 300 },
    );
  });
});
