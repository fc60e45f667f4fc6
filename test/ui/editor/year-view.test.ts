// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/model.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import '../../../src/ui/editor/calendar-section/define.ts';
import {
  holidayNames,
  holidaysValue,
} from '../../../src/ui/editor/calendar-section/holidays-field.ts';
import {
  markedDays,
  yearGrid,
  yearsOfRun,
} from '../../../src/ui/editor/calendar-section/year-days.ts';
import { change, labelled, mountSection } from './section-harness.ts';

/** Weekdays 09:00-17:00 from Monday 30 March 2026 for 365 days, with GB-ENG and two exceptions. */
const TEXT = `schema: continuity-scenario/2
name: Office
start: 2026-03-30T00:00
horizon: 365d
calendar:
  agreedHours: { mon-fri: "09:00-17:00" }
  holidays: GB-ENG
  exceptions:
    - { date: 2026-04-06, hours: "09:00-12:00", note: Half day }
    - { date: 2026-07-17, closed: true, note: Office move }
services:
  - id: office
    requires: app
    objectives: { availability: 99%, rto: 4h, rpo: 1h, mtpd: 8h, mbco: 50% }
    impact: { costPerHour: 1000 }
    demand: { tpm: 10 }
components:
  - { id: app, kind: server }
`;

function scenario(): Scenario {
  const r = parseScenario(TEXT, 'office.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const run = (s: Scenario) => ({ from: s.startEpoch, to: s.startEpoch + s.horizon });

afterEach(() => document.body.replaceChildren());

describe('yearGrid(calendar, year, run)', () => {
  const s = scenario();
  const months = yearGrid(s.calendar, 2026, run(s));
  const april = months[3]!;

  it('lays out each month in Monday-first weeks (1 April 2026 is a Wednesday)', () => {
    expect(months.map((m) => m.name)).toHaveLength(12);
    expect(april.weeks[0]!.map((d) => d?.day ?? null)).toEqual([null, null, 1, 2, 3, 4, 5]);
    expect(april.weeks).toHaveLength(5);
    expect(april.weeks[4]!.map((d) => d?.day ?? null)).toEqual([27, 28, 29, 30, null, null, null]);
  });

  it('tells a holiday, a day closed every week, an exception over a holiday and an exception apart, in words', () => {
    const day = (n: number) => april.weeks.flat().find((d) => d?.day === n)!;
    expect(day(3)).toMatchObject({
      kind: 'holiday',
      hours: 'closed',
      text: 'Friday 3 April 2026: public holiday, closed: Good Friday (GB-ENG)',
    });
    expect(day(4)).toMatchObject({
      kind: 'weekly',
      text: 'Saturday 4 April 2026: closed every week',
    });
    // Easter Monday, opened until noon by the file's exception.
    expect(day(6)).toMatchObject({
      kind: 'hours',
      text: 'Monday 6 April 2026: exception, open 09:00-12:00: Half day',
    });
    expect(day(7)).toMatchObject({ kind: 'open', hours: '09:00-17:00' });
  });

  it('fades the days outside the run and lists the marked days in date order', () => {
    const march = months[2]!.weeks.flat();
    expect(march.find((d) => d?.day === 27)?.outside).toBe(true);
    expect(march.find((d) => d?.day === 30)?.outside).toBe(false);
    expect(markedDays(months).map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2026-01-01 holiday',
      '2026-04-03 holiday',
      '2026-04-06 hours',
      '2026-05-04 holiday',
      '2026-05-25 holiday',
      '2026-07-17 closed',
      '2026-08-31 holiday',
      '2026-12-25 holiday',
      '2026-12-26 holiday',
      '2026-12-28 holiday',
    ]);
    expect(markedDays(months)[0]?.text).toBe(
      "Thursday 1 January 2026: public holiday, closed: New Year's Day (GB-ENG) (outside the run)",
    );
  });

  it('yearsOfRun covers every year the run touches', () => {
    expect(yearsOfRun(s.startEpoch, s.horizon)).toEqual([2026, 2027]);
    expect(yearsOfRun(Date.UTC(2026, 0, 5), 86_400_000)).toEqual([2026]);
  });
});

describe('<cs-year-view>', () => {
  const mount = async () => {
    const s = scenario();
    const el = document.createElement('cs-year-view');
    Object.assign(el, { calendar: s.calendar, startEpoch: s.startEpoch, horizon: s.horizon });
    document.body.append(el);
    await el.updateComplete;
    return { el, root: el.shadowRoot as ShadowRoot };
  };

  it('draws twelve months of the first year, each marked day a tab stop carrying its words', async () => {
    const { root } = await mount();
    expect(root.querySelectorAll('table.month')).toHaveLength(12);
    const stops = [...root.querySelectorAll<HTMLElement>('.d[tabindex="0"]')];
    expect(stops).toHaveLength(10);
    const goodFriday = stops.find(
      (s) => s.closest('td')?.classList.contains('holiday') && s.textContent?.startsWith('3'),
    );
    expect(goodFriday?.textContent).toContain('Good Friday (GB-ENG)');
    expect(root.querySelector('ul.marked')?.textContent).toContain(
      'Friday 17 July 2026: exception, closed: Office move',
    );
  });

  it('shows another year of the run when picked, and the words of the day that has focus', async () => {
    const { el, root } = await mount();
    const select = root.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['2026', '2027']);
    change(select, '2027');
    await el.updateComplete;
    expect(root.querySelector('ul.marked')?.textContent).toContain(
      'Friday 26 March 2027: public holiday, closed: Good Friday (GB-ENG)',
    );
    const stop = root.querySelector<HTMLElement>('.d[tabindex="0"]')!;
    stop.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root.querySelector('.focused')?.textContent?.trim()).toBe(
      "Friday 1 January 2027: public holiday, closed: New Year's Day (GB-ENG)",
    );
  });

  it('reads the day the keyboard moved to, even with the pointer resting on another day', async () => {
    const { el, root } = await mount();
    const [first, second] = [...root.querySelectorAll<HTMLElement>('.d[tabindex="0"]')];
    first!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const words = () => root.querySelector('.focused')?.textContent?.trim();
    expect(words()).toBe(first!.dataset['text']);
    second!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(words()).toBe(second!.dataset['text']);
    first!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(words()).toBe(first!.dataset['text']);
  });
});

describe('the holiday sets field of <cs-calendar-section>', () => {
  const data = {
    name: 'Office',
    start: '2026-03-30T00:00',
    horizon: '365d',
    calendar: { agreedHours: { 'mon-fri': '09:00-17:00' }, holidays: 'GB-ENG' },
  };

  it('holidaysValue(typed): one name as text, several as a list, none removes the key', () => {
    expect(holidaysValue(' de-he ')).toBe('de-he');
    expect(holidaysValue('DE-HE, GB-ENG')).toEqual(['DE-HE', 'GB-ENG']);
    expect(holidaysValue('DE-HE GB-ENG;')).toEqual(['DE-HE', 'GB-ENG']);
    expect(holidaysValue('  ')).toBeUndefined();
    expect(holidayNames(['DE-HE', 'GB-ENG'])).toEqual(['DE-HE', 'GB-ENG']);
    expect(holidayNames(undefined)).toEqual([]);
  });

  it('edits calendar.holidays in one labelled edit, and shows what each set stands for', async () => {
    const { edits, root } = await mountSection('cs-calendar-section', { data });
    const input = labelled(root, 'Holiday sets', 'input');
    expect(input.value).toBe('GB-ENG');
    expect(root.querySelector('ul.sets')?.textContent).toContain('England, United Kingdom');
    change(input, 'DE-HE, gb-eng');
    expect(edits).toEqual([
      {
        edits: [{ op: 'set', path: ['calendar', 'holidays'], value: ['DE-HE', 'gb-eng'] }],
        label: 'Public holidays',
      },
    ]);
    edits.length = 0;
    change(input, 'GB-ENG');
    expect(edits).toEqual([]);
    change(input, '');
    expect(edits[0]?.edits).toEqual([
      { op: 'set', path: ['calendar', 'holidays'], value: undefined },
    ]);
  });

  it('shows the issues of any item next to the field, and the year view once the scenario is valid', async () => {
    const issues = [
      {
        severity: 'error' as const,
        path: 'calendar.holidays[1]',
        line: 7,
        column: 21,
        message: 'United Kingdom (GB) has no region ENGL',
        hint: 'did you mean GB-ENG?',
      },
    ];
    const { el, root } = await mountSection('cs-calendar-section', { data, issues });
    expect(root.querySelector('.field.holidays .issues')?.textContent).toContain(
      'has no region ENGL',
    );
    expect(labelled(root, 'Holiday sets', 'input').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('cs-year-view')).toBeNull();
    el.scenario = scenario();
    await el.updateComplete;
    expect(root.querySelector('cs-year-view')).not.toBeNull();
  });
});
