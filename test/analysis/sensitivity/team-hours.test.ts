import { describe, expect, it } from 'vitest';
import { parameterEdit, withParameter } from '../../../src/analysis/sensitivity/parameter-edit.ts';
import { parameterInfo } from '../../../src/analysis/sensitivity/parameters.ts';
import {
  weeklyWithDayLength,
  workingDayMinutes,
} from '../../../src/analysis/sensitivity/team-hours.ts';
import { BiaEvaluator } from '../../../src/analysis/bia/evaluator.ts';
import { disruptionInjects, enumerateDisruptions } from '../../../src/analysis/bia/index.ts';
import { parseLocal } from '../../../src/core/civil.ts';
import { hours } from '../../../src/core/time.ts';
import { bank } from './bank.ts';

const dba = bank.teams!.find((t) => t.id === 'dba')!;
const hhmm = (ms: number) =>
  `${String(Math.floor(ms / 3_600_000)).padStart(2, '0')}:${String((ms / 60_000) % 60).padStart(2, '0')}`;
const day = (weekly: ReturnType<typeof weeklyWithDayLength>, d: number) =>
  weekly[d]!.map((w) => `${hhmm(w.from)}-${hhmm(w.to)}`);

describe('a team’s working day as a sensitivity parameter', () => {
  it('is the length of its longest day: the DBAs’ 08:00-18:00 is 600 min, swept from 2 h 30 min to 20 h', () => {
    expect(workingDayMinutes(dba)).toBe(600);
    const info = parameterInfo(bank, { kind: 'team-hours', team: 'dba' });
    expect(info).toMatchObject({
      id: 'team-hours:dba',
      label: 'Working day of Database administrators',
      unit: 'minutes',
      current: 600,
      range: [150, 1200],
    });
  });

  it('sets each working day around its middle, inside the day; days off stay off', () => {
    expect(day(weeklyWithDayLength(dba, 720), 0)).toEqual(['07:00-19:00']);
    expect(day(weeklyWithDayLength(dba, 240), 2)).toEqual(['11:00-15:00']);
    expect(day(weeklyWithDayLength(dba, 1440), 4)).toEqual(['00:00-24:00']);
    expect(day(weeklyWithDayLength(dba, 720), 5)).toEqual([]); // Saturday
    const edit = parameterEdit({ kind: 'team-hours', team: 'dba' }, 720, bank);
    expect(edit).toMatchObject({ kind: 'set-team-hours', team: 'dba' });
  });

  it('a longer working day never lengthens an outage of the bank: every single or paired failure, each hour of a Friday', () => {
    const transfers = bank.services[0]!;
    const failures = enumerateDisruptions(bank).filter(
      (d) => d.kind === 'single' || d.kind === 'pair',
    );
    const friday = parseLocal('2026-01-30T00:00') - bank.startEpoch;
    const base = new BiaEvaluator(bank);
    const longer = new BiaEvaluator(withParameter(bank, { kind: 'team-hours', team: 'dba' }, 1440));
    let shorter = 0;
    for (const d of failures)
      for (let h = 0; h < 24; h++) {
        const t = friday + hours(h);
        const injects = disruptionInjects(d, t, bank, transfers);
        const before = base.impact(d, transfers, t, 'likely', injects);
        const after = longer.impact(d, transfers, t, 'likely', injects);
        expect(after.outageMinutes ?? 0, `${d.id} at ${h}:00`).toBeLessThanOrEqual(
          (before.outageMinutes ?? 0) + 1e-9,
        );
        const waited = (f: typeof before) =>
          (f.recovery ?? []).flatMap((r) => r.waits).reduce((x, w) => x + w.callOutMinutes, 0);
        if (waited(after) < waited(before)) shorter++;
      }
    // the DBAs at work round the clock on weekdays: no call-out for a database failing at night
    expect(shorter).toBeGreaterThan(0);
  });
});
