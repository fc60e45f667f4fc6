// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioIssue } from '../../../src/scenario/issues.ts';
import '../../../src/ui/editor/calendar-section/define.ts';
import { compactDayMap } from '../../../src/ui/editor/calendar-section/day-map.ts';
import { agreedHoursOf, readWeek } from '../../../src/ui/editor/calendar-section/week-grid.ts';
import { change, labelled, mountSection } from './section-harness.ts';

const BANK = {
  name: 'Bank money transfer',
  description: 'Transfers 09:00-16:00.\n',
  start: '2026-01-05T00:00',
  horizon: '365d',
  calendar: {
    agreedHours: { 'mon-fri': '09:00-16:00' },
    exceptions: [
      { date: '2026-12-25', closed: true, note: 'Christmas Day' },
      { date: '2026-12-31', hours: '09:00-12:00', note: "New Year's Eve" },
    ],
  },
};

const mount = (data: unknown, issues: readonly ScenarioIssue[] = []) =>
  mountSection('cs-calendar-section', { data, issues });
const input = (root: ShadowRoot, label: string) => labelled(root, label, 'input, textarea');

afterEach(() => document.body.replaceChildren());

describe('week grid', () => {
  it('readWeek(agreedHours) spreads day keys over Monday..Sunday', () => {
    expect(readWeek({ 'mon-fri': '09:00-16:00', sat: '09:00-12:00' })).toEqual([
      '09:00-16:00',
      '09:00-16:00',
      '09:00-16:00',
      '09:00-16:00',
      '09:00-16:00',
      '09:00-12:00',
      null,
    ]);
    expect(readWeek({ daily: '00:00-24:00' })).toEqual(Array(7).fill('00:00-24:00'));
    expect(readWeek('nonsense')).toEqual(Array(7).fill(null));
  });

  it('agreedHoursOf(week) groups identical consecutive days (hours written one way), leaving closed days out', () => {
    const weekdays = '08:00-18:00';
    expect(agreedHoursOf([weekdays, weekdays, weekdays, weekdays, weekdays, null, null])).toEqual({
      'mon-fri': weekdays,
    });
    expect(
      agreedHoursOf([
        '09:00 - 12:00',
        '09:00-12:00',
        null,
        '09:00-12:00',
        '13:00-14:00, 09:00-12:00',
        null,
        '9-5',
      ]),
    ).toEqual({
      'mon-tue': '09:00-12:00',
      thu: '09:00-12:00',
      fri: '09:00-12:00, 13:00-14:00',
      sun: '9-5',
    });
    expect(compactDayMap([1, 1, 1, 1, 1, 1, 1])).toEqual({ daily: 1 });
  });
});

describe('<cs-calendar-section>', () => {
  it('writes { mon-fri: "08:00-18:00" } in one set when every weekday gets 08:00-18:00', async () => {
    const { el, edits, root } = await mount(BANK);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      edits.length = 0;
      change(input(root, `Agreed hours on ${day}`), '08:00-18:00');
      expect(edits).toHaveLength(1);
      const edit = edits[0]?.edits[0];
      expect(edits[0]?.edits).toHaveLength(1);
      expect(edit).toMatchObject({ op: 'set', path: ['calendar', 'agreedHours'] });
      // The host applies the edit and passes the file's new data down.
      el.data = {
        ...BANK,
        calendar: { ...BANK.calendar, agreedHours: (edit as { value: unknown }).value },
      };
      await el.updateComplete;
    }
    expect(edits[0]).toEqual({
      edits: [
        { op: 'set', path: ['calendar', 'agreedHours'], value: { 'mon-fri': '08:00-18:00' } },
      ],
      label: 'Agreed hours on Friday',
    });
  });

  it('opens a closed day with the hours of the day before it', async () => {
    const { edits, root } = await mount(BANK);
    change(input(root, 'Closed on Saturday'), false);
    expect(edits[0]?.edits).toEqual([
      { op: 'set', path: ['calendar', 'agreedHours'], value: { 'mon-sat': '09:00-16:00' } },
    ]);
  });

  it('sets the name, start and horizon, and removes or adds exceptions', async () => {
    const { edits, root } = await mount(BANK);
    change(input(root, 'Horizon'), '30d');
    change(input(root, 'Start (local time)'), '2026-02-02T00:00');
    (
      root.querySelector(
        'button[aria-label="Remove the exception on 2026-12-25"]',
      ) as HTMLButtonElement
    ).click();
    (root.querySelector('button.add') as HTMLButtonElement).click();
    expect(edits.map((e) => e.edits[0])).toEqual([
      { op: 'set', path: ['horizon'], value: '30d' },
      { op: 'set', path: ['start'], value: '2026-02-02T00:00' },
      { op: 'delete', path: ['calendar', 'exceptions', 0] },
      {
        op: 'insert',
        path: ['calendar', 'exceptions'],
        index: 2,
        value: { date: '2027-01-01', closed: true },
      },
    ]);
    expect(edits[0]?.label).toBe('Scenario horizon');
  });

  it('switches an exception from hours to closed in one edit of two changes', async () => {
    const { edits, root } = await mount(BANK);
    change(input(root, 'Closed on 2026-12-31'), true);
    expect(edits).toEqual([
      {
        edits: [
          { op: 'set', path: ['calendar', 'exceptions', 1, 'closed'], value: true },
          { op: 'set', path: ['calendar', 'exceptions', 1, 'hours'], value: undefined },
        ],
        label: 'Close the exception on 2026-12-31',
      },
    ]);
  });

  it('shows an issue at its day, marks the input invalid, and never throws on malformed data', async () => {
    const issue: ScenarioIssue = {
      severity: 'error',
      path: 'calendar.agreedHours["mon-fri"]',
      line: 12,
      column: 14,
      message: 'expected hours as HH:MM-HH:MM, got "9-5"',
      hint: 'e.g. "09:00-16:00"',
    };
    const { root } = await mount({ ...BANK, calendar: { agreedHours: { 'mon-fri': '9-5' } } }, [
      issue,
    ]);
    const monday = input(root, 'Agreed hours on Monday');
    expect(monday.getAttribute('aria-invalid')).toBe('true');
    const described = root.getElementById(monday.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('got "9-5"');
    expect(described?.textContent).toContain('e.g. "09:00-16:00"');
    for (const data of [
      null,
      'text',
      { calendar: 5, exceptions: 'x' },
      { calendar: { exceptions: [null, 3] } },
    ])
      await expect(mount(data)).resolves.toBeTruthy();
  });
});
