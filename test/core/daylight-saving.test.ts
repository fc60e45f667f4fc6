/**
 * Daylight saving, worked out by hand: with a `timeZone`, every duration is elapsed time and
 * every written time is read on the zone's wall clock. One load balancer carries a service;
 * it fails and is restored by hand at the local times written in the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreedIntervals } from '../../src/core/calendar.ts';
import { DemandProfile } from '../../src/core/demand.ts';
import { computeMetrics } from '../../src/core/metrics.ts';
import type { Scenario } from '../../src/core/model.ts';
import { localAt, offsetChanges, simAt } from '../../src/core/zone.ts';
import { parseLocal } from '../../src/core/civil.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { load, scenarioText } from '../support/one-load-balancer.ts';

const H = 3_600_000;

/** The one outage on both simulation paths (they must agree). */
function outageOf(s: Scenario) {
  const metrics = computeMetrics(s, simulate(s, 'dst'))[0]!;
  expect(simulateFast(s, 'dst').metrics[0]).toEqual(metrics);
  expect(metrics.outages).toHaveLength(1);
  return metrics.outages[0]!;
}

describe('an outage across a change of the clocks lasts the time that passed', () => {
  it('Europe/London, spring forward: 00:30 GMT to 03:00 BST is 90 minutes, inside a 2 h RTO', () => {
    // The clocks go from 01:00 GMT to 02:00 BST on Sunday 29 March 2026.
    const s = load(
      scenarioText({
        zone: 'Europe/London',
        start: '2026-03-28T00:00',
        fail: '2026-03-29T00:30',
        restore: '2026-03-29T03:00',
      }),
    );
    const o = outageOf(s);
    expect(o.durationMinutes).toBe(90);
    expect(o.minutesInAgreedHours).toBe(90);
    expect(o.rtoMet).toBe(true);
    expect(o.planSlowerThanRto).toBe(false);
  });

  it('without a time zone the same file keeps a fixed clock: 150 minutes, and the RTO breached', () => {
    const o = outageOf(
      load(
        scenarioText({
          zone: null,
          start: '2026-03-28T00:00',
          fail: '2026-03-29T00:30',
          restore: '2026-03-29T03:00',
        }),
      ),
    );
    expect(o.durationMinutes).toBe(150);
    expect(o.rtoMet).toBe(false);
  });

  it('Europe/London, fall back: 00:30 BST to 03:00 GMT is 210 minutes, 90 of them past the RTO', () => {
    // The clocks go from 02:00 BST back to 01:00 GMT on Sunday 25 October 2026.
    const o = outageOf(
      load(
        scenarioText({
          zone: 'Europe/London',
          start: '2026-10-24T00:00',
          fail: '2026-10-25T00:30',
          restore: '2026-10-25T03:00',
        }),
      ),
    );
    expect(o.durationMinutes).toBe(210);
    expect(o.minutesInAgreedHours).toBe(210);
    expect(o.rtoMet).toBe(false);
    expect(o.rtoExceededByMinutes).toBe(90);
  });

  it('America/New_York, spring forward: 01:30 EST to 03:30 EDT is 60 minutes', () => {
    // 02:00 EST becomes 03:00 EDT on Sunday 8 March 2026.
    const o = outageOf(
      load(
        scenarioText({
          zone: 'America/New_York',
          start: '2026-03-07T00:00',
          fail: '2026-03-08T01:30',
          restore: '2026-03-08T03:30',
        }),
      ),
    );
    expect(o.durationMinutes).toBe(60);
    expect(o.rtoMet).toBe(true);
  });

  it('America/New_York, fall back: 00:30 EDT to 02:30 EST is 3 hours', () => {
    // 02:00 EDT becomes 01:00 EST on Sunday 1 November 2026.
    const o = outageOf(
      load(
        scenarioText({
          zone: 'America/New_York',
          start: '2026-10-31T00:00',
          fail: '2026-11-01T00:30',
          restore: '2026-11-01T02:30',
        }),
      ),
    );
    expect(o.durationMinutes).toBe(180);
    expect(o.rtoMet).toBe(false);
    expect(o.rtoExceededByMinutes).toBe(60);
  });

  it('counts agreed hours on the wall clock: 08:00-10:00 on the spring Sunday starts 08:00 BST', () => {
    // Agreed hours Sunday 08:00-10:00 only; the outage runs 07:00 to 09:00 BST: 60 minutes inside.
    const o = outageOf(
      load(
        scenarioText({
          zone: 'Europe/London',
          start: '2026-03-28T00:00',
          hours: 'sun: "08:00-10:00"',
          fail: '2026-03-29T07:00',
          restore: '2026-03-29T09:00',
        }),
      ),
    );
    expect(o.durationMinutes).toBe(120);
    expect(o.minutesInAgreedHours).toBe(60);
  });
});

describe('a day that contains a change of the clocks', () => {
  const day = (zone: string, start: string, date: string) => {
    const s = load(scenarioText({ zone, start, hours: 'mon-sun: "00:00-24:00"' }));
    const from = simAt(s, parseLocal(date));
    const to = simAt(s, parseLocal(date) + 24 * H);
    return { s, from, to };
  };

  it('lasts 23 h when the clocks go forward and 25 h when they go back (a 24x7 service)', () => {
    const spring = day('Europe/London', '2026-03-28T00:00', '2026-03-29');
    expect((spring.to - spring.from) / H).toBe(23);
    const autumn = day('Europe/London', '2026-10-24T00:00', '2026-10-25');
    expect((autumn.to - autumn.from) / H).toBe(25);
    const ny = day('America/New_York', '2026-10-31T00:00', '2026-11-01');
    expect((ny.to - ny.from) / H).toBe(25);
  });

  it('gives a 24x7 service 71 h of agreed hours in three days that hold the spring change', () => {
    const s = load(scenarioText({ zone: 'Europe/London', start: '2026-03-28T00:00' }));
    expect(s.horizon).toBe(72 * H);
    // The horizon is elapsed time: 72 h from Saturday 00:00 GMT ends Tuesday 01:00 BST.
    expect(agreedIntervals(s.calendar, s, s.horizon)).toEqual([{ start: 0, end: 72 * H }]);
    expect(new Date(localAt(s, s.horizon)).toISOString()).toBe('2026-03-31T01:00:00.000Z');
  });

  it('opens 09:00-17:00 on the wall clock on either side of the change: 8 h each day, an hour apart in elapsed time', () => {
    const s = load(
      scenarioText({
        zone: 'Europe/London',
        start: '2026-03-28T00:00',
        hours: 'mon-sun: "09:00-17:00"',
      }),
    );
    expect(agreedIntervals(s.calendar, s, s.horizon)).toEqual([
      { start: 9 * H, end: 17 * H }, // Saturday, GMT
      { start: 32 * H, end: 40 * H }, // Sunday 09:00 BST is 08:00 GMT: 24 + 8
      { start: 56 * H, end: 64 * H }, // Monday
    ]);
    expect(offsetChanges(s, 0, s.horizon)).toEqual([{ t: 25 * H, before: 0, after: H }]);
  });
});

describe('demand follows the wall clock', () => {
  it('peaks from 09:00 BST on the Sunday of the spring change, 32 h after Saturday 00:00 GMT', () => {
    const text = scenarioText({ zone: 'Europe/London', start: '2026-03-28T00:00' }).replace(
      '    demand: { tpm: 100 }',
      `    demand: { tpm: 100, hourly: [${Array.from({ length: 24 }, (_, h) => (h === 9 ? 1 : 0)).join(', ')}] }`,
    );
    const s = load(text);
    const demand = new DemandProfile(s, s.services[0]!);
    expect(demand.rateAt(9 * H)).toBe(100); // Saturday 09:00 GMT
    // Sunday: the clocks go forward at 01:00 GMT (25 h); 09:00 BST is 08:00 GMT, 32 h in.
    expect(demand.rateAt(31.5 * H)).toBe(0); // 08:30 BST
    expect(demand.nextChange(31.5 * H)).toBe(32 * H);
    expect(demand.rateAt(32 * H)).toBe(100);
    expect(demand.nextChange(32 * H)).toBe(33 * H); // 10:00 BST
  });
});

describe('local times the clocks skip or show twice', () => {
  const errorsOf = (text: string) => {
    const r = parseScenario(text, 'dst.yaml');
    return { errors: r.ok ? [] : r.errors, warnings: r.warnings, ok: r.ok };
  };

  it('refuses 01:30 on the spring night in Europe/London, with both readings', () => {
    const r = errorsOf(
      scenarioText({ zone: 'Europe/London', start: '2026-03-28T00:00', fail: '2026-03-29T01:30' }),
    );
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({ path: 'injects[0].at' });
    expect(r.errors[0]!.message).toContain('2026-03-29T01:30 does not exist in Europe/London');
    expect(r.errors[0]!.hint).toContain('write 2026-03-29T02:30');
    expect(r.errors[0]!.hint).toContain('or 2026-03-29T00:30');
  });

  it('reads 01:30 on the autumn night as the first (BST) with a warning, and +00:00 as the second', () => {
    const first = errorsOf(
      scenarioText({ zone: 'Europe/London', start: '2026-10-24T00:00', fail: '2026-10-25T01:30' }),
    );
    expect(first.ok).toBe(true);
    const twice = first.warnings.find((w) => w.path === 'injects[0].at')!;
    expect(twice.message).toContain('happens twice in Europe/London');
    expect(twice.hint).toContain('2026-10-25T01:30+01:00 (the first)');
    expect(twice.hint).toContain('2026-10-25T01:30+00:00 (the second');
    const at = (fail: string) =>
      load(scenarioText({ zone: 'Europe/London', start: '2026-10-24T00:00', fail })).injects[0]!.at;
    // Saturday 00:00 BST is the start: Sunday 01:30 BST is 25.5 h later, 01:30 GMT 26.5 h.
    expect(at('2026-10-25T01:30') / H).toBe(25.5);
    expect(at('2026-10-25T01:30+01:00') / H).toBe(25.5);
    expect(at('2026-10-25T01:30+00:00') / H).toBe(26.5);
  });

  it('refuses an offset the zone never has at that time, and an offset without a zone', () => {
    const wrong = errorsOf(
      scenarioText({
        zone: 'Europe/London',
        start: '2026-10-24T00:00',
        fail: '2026-10-25T01:30+02:00',
      }),
    );
    expect(wrong.errors[0]!.message).toContain('Europe/London is never at UTC+02:00');
    expect(wrong.errors[0]!.hint).toContain('2026-10-25T01:30+01:00 or 2026-10-25T01:30+00:00');
    const unzoned = errorsOf(
      scenarioText({ zone: null, start: '2026-10-24T00:00', fail: '2026-10-25T01:30+01:00' }),
    );
    expect(unzoned.errors[0]!.message).toContain('the scenario has no timeZone');
  });

  it('refuses an unknown zone with the closest name', () => {
    const r = errorsOf(scenarioText({ zone: 'Europe/Londn', start: '2026-03-28T00:00' }));
    expect(r.errors[0]).toMatchObject({ path: 'timeZone', line: 3 });
    expect(r.errors[0]!.message).toContain('unknown time zone "Europe/Londn"');
    expect(r.errors[0]!.hint).toContain('did you mean Europe/London?');
  });
});

describe('a zone whose clocks never change in the run', () => {
  it('gives the bank the same run, byte for byte, as the fixed clock (Asia/Kolkata, UTC+05:30 all year)', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../scenarios/bank-money-transfer.yaml'),
      'utf8',
    );
    const fixed = load(text.replace(/^timeZone: .*$/m, ''));
    const kolkata = load(
      text.replace(/^timeZone: .*\n/m, '').replace(/^start: /m, 'timeZone: Asia/Kolkata\nstart: '),
    );
    expect(kolkata.timeZone?.changes).toEqual([]);
    expect(JSON.stringify(simulate(kolkata, 'class-2026'))).toBe(
      JSON.stringify(simulate(fixed, 'class-2026')),
    );
  });
});
