import { describe, expect, it } from 'vitest';
import {
  parseDuration,
  parseDurationRange,
  parseLocalDateTime,
  parseMbco,
  parsePercent,
  parseDate,
  parseTimeOfDay,
} from '../../src/scenario/units.ts';
import { parseDayKey, parseWindows } from '../../src/scenario/day-keys.ts';
import { parseInjectTime } from '../../src/scenario/inject-format.ts';

const value = <T>(r: { ok: true; value: T } | { ok: false }): T | 'error' =>
  r.ok ? r.value : 'error';

describe('units', () => {
  it.each([
    ['30s', 30_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['365d', 31_536_000_000],
    ['2w', 1_209_600_000],
    ['1h30m', 5_400_000],
    ['1d2h3m4s', 93_784_000],
    ['1.5h', 5_400_000],
    ['0m', 0],
  ])('parseDuration(%s) is %d ms', (text, expected) => {
    expect(value(parseDuration(text))).toBe(expected);
  });

  it.each(['', '15', '15x', 'm', '30m1h', '1h1h', '-5m', '1 hour', '100000000d'])(
    'parseDuration rejects %j',
    (text) => {
      expect(parseDuration(text).ok).toBe(false);
    },
  );

  it('parseDuration rejects a plain number with the hint "write 15m or 2h"', () => {
    const result = parseDuration(15);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('plain number 15');
      expect(result.hint).toContain('write 15m or 2h');
    }
  });

  it('parseDurationRange reads a uniform range, a fixed duration and rejects a backwards range', () => {
    expect(value(parseDurationRange('5m-15m'))).toEqual({
      type: 'uniform',
      min: 300_000,
      max: 900_000,
    });
    expect(value(parseDurationRange('10m'))).toEqual({ type: 'fixed', value: 600_000 });
    expect(value(parseDurationRange('15m-5m'))).toBe('error');
    expect(value(parseDurationRange('5m-'))).toBe('error');
    expect(value(parseDurationRange('5m-10m-15m'))).toBe('error');
  });

  it('parsePercent needs the % sign and stays within 0..100%', () => {
    expect(value(parsePercent('99.5%'))).toBeCloseTo(0.995, 12);
    expect(value(parsePercent('50%'))).toBe(0.5);
    expect(value(parsePercent('0%'))).toBe(0);
    expect(value(parsePercent(0.995))).toBe('error');
    expect(value(parsePercent('99.5'))).toBe('error');
    expect(value(parsePercent('101%'))).toBe('error');
    expect(value(parsePercent('-1%'))).toBe('error');
  });

  it('parseTimeOfDay reads HH:MM and allows 24:00 only as an end', () => {
    expect(value(parseTimeOfDay('09:00'))).toBe(32_400_000);
    expect(value(parseTimeOfDay('23:59'))).toBe(86_340_000);
    expect(value(parseTimeOfDay('24:00', true))).toBe(86_400_000);
    expect(value(parseTimeOfDay('24:00'))).toBe('error');
    expect(value(parseTimeOfDay('9:00'))).toBe('error');
    expect(value(parseTimeOfDay('12:60'))).toBe('error');
  });

  it('parseDate reads real calendar dates only', () => {
    expect(value(parseDate('2026-01-05'))).toBe(Date.UTC(2026, 0, 5));
    expect(value(parseDate('2028-02-29'))).toBe(Date.UTC(2028, 1, 29));
    expect(value(parseDate('2026-02-29'))).toBe('error');
    expect(value(parseDate('2026-13-01'))).toBe('error');
    expect(value(parseDate('05.01.2026'))).toBe('error');
  });

  it('parseLocalDateTime reads a local date-time with optional seconds and rejects time zones', () => {
    expect(value(parseLocalDateTime('2026-01-05T10:00'))).toBe(Date.UTC(2026, 0, 5, 10));
    expect(value(parseLocalDateTime('2026-01-05T10:00:30'))).toBe(Date.UTC(2026, 0, 5, 10, 0, 30));
    expect(value(parseLocalDateTime('2026-01-05T10:00Z'))).toBe('error');
    expect(value(parseLocalDateTime('2026-01-05T10:00+01:00'))).toBe('error');
    expect(value(parseLocalDateTime('2026-01-05 10:00'))).toBe('error');
    expect(value(parseLocalDateTime('2026-01-05T25:00'))).toBe('error');
  });

  it('parseInjectTime reads a local date-time or an offset from the start', () => {
    expect(value(parseInjectTime('+2d10h'))).toEqual({
      kind: 'offset',
      ms: 208_800_000,
      text: '+2d10h',
    });
    expect(value(parseInjectTime('2026-01-05T10:00'))).toEqual({
      kind: 'local',
      epoch: Date.UTC(2026, 0, 5, 10),
      text: '2026-01-05T10:00',
    });
    expect(value(parseInjectTime('+2x'))).toBe('error');
  });

  it('parseDayKey reads days, ranges, lists and daily, Monday first', () => {
    expect(value(parseDayKey('mon-fri'))).toEqual([0, 1, 2, 3, 4]);
    expect(value(parseDayKey('sat-sun'))).toEqual([5, 6]);
    expect(value(parseDayKey('mon,wed'))).toEqual([0, 2]);
    expect(value(parseDayKey('daily'))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(value(parseDayKey('fri-mon'))).toBe('error');
    expect(value(parseDayKey('monday'))).toBe('error');
  });

  it('parseWindows sorts windows and rejects overlaps and midnight crossings', () => {
    expect(value(parseWindows('13:00-17:00, 08:00-12:00'))).toEqual([
      { from: 28_800_000, to: 43_200_000 },
      { from: 46_800_000, to: 61_200_000 },
    ]);
    expect(value(parseWindows('00:00-24:00'))).toEqual([{ from: 0, to: 86_400_000 }]);
    expect(value(parseWindows('22:00-02:00'))).toBe('error');
    expect(value(parseWindows('09:00-12:00, 11:00-13:00'))).toBe('error');
    expect(value(parseWindows('09:00'))).toBe('error');
  });

  it('parseMbco reads a share of the demand (50%) or a rate (600 tpm), and explains anything else', () => {
    expect(parseMbco('50%')).toEqual({ ok: true, value: { kind: 'share', share: 0.5 } });
    expect(parseMbco(' 600 tpm ')).toEqual({ ok: true, value: { kind: 'rate', tpm: 600 } });
    expect(parseMbco('0 tpm')).toMatchObject({
      ok: false,
      message: 'an MBCO rate must be above 0 tpm',
    });
    expect(parseMbco(600)).toMatchObject({
      ok: false,
      message: 'expected a percentage or a rate, got the plain number 600',
      hint: 'write a share of the demand such as 50%, or a rate such as 600 tpm',
    });
    expect(parseMbco('150%')).toMatchObject({ ok: false });
    expect(parseMbco('half')).toMatchObject({ ok: false });
  });
});
