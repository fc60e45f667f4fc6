// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAt } from '../../../src/scenario/document/index.ts';
import type { IcsPreview } from '../../../src/scenario/ics/index.ts';
import '../../../src/ui/editor/calendar-section/define.ts';
import { importEdits } from '../../../src/ui/editor/calendar-section/ics-import/ics-edits.ts';
import { importBaseOf } from '../../../src/ui/editor/calendar-section/ics-import/import-base.ts';
import type { CsIcsImport } from '../../../src/ui/editor/calendar-section/ics-import/ics-import.ts';
import { applyDocEdits } from '../../../src/ui/editor/editor-state.ts';
import { mountSection } from './section-harness.ts';

const repo = join(import.meta.dirname, '../../..');
const BANK_TEXT = readFileSync(join(repo, 'scenarios/bank-money-transfer.yaml'), 'utf8');
const BANK = readAt(BANK_TEXT, []);
const CLOSURES = readFileSync(join(repo, 'test/fixtures/ics/bank-closures.ics'));

const file = (name: string, bytes: Uint8Array | string) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, {
    type: 'text/calendar',
  });

async function mountImport(data: unknown = BANK) {
  const section = await mountSection('cs-calendar-section', { data, issues: [] });
  const el = section.root.querySelector('cs-ics-import') as CsIcsImport;
  await el.updateComplete;
  const root = el.shadowRoot as ShadowRoot;
  const rows = () =>
    [...root.querySelectorAll('table[aria-label="Days the import changes"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
    );
  const button = (name: RegExp) => {
    const found = [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
    if (!found) throw new Error(`no button ${String(name)}`);
    return found;
  };
  return { ...section, el, root, rows, button };
}

afterEach(() => document.body.replaceChildren());

describe('Import .ics… in the calendar section', () => {
  it('previews the days the bank closures change, keeping the planner’s two exceptions', async () => {
    const { el, root, rows, edits } = await mountImport();
    await el.take(file('bank-closures.ics', CLOSURES));
    await el.updateComplete;
    // Wednesdays 7, 21 and 28 Jan lose 14:00-15:00 (the 14th is an EXDATE); 24 Dec closes;
    // 25 Dec and 31 Dec are the bank's own exceptions, kept; 26-27 Dec are a weekend. On 24 Dec
    // Hesse's holidays already close the bank from 14:00.
    expect(rows()).toEqual([
      [
        '2026-01-07',
        'Wed',
        '09:00-16:00',
        '09:00-14:00, 15:00-16:00',
        'Maintenance window',
        'new exception',
      ],
      [
        '2026-01-21',
        'Wed',
        '09:00-16:00',
        '09:00-14:00, 15:00-16:00',
        'Maintenance window',
        'new exception',
      ],
      [
        '2026-01-28',
        'Wed',
        '09:00-16:00',
        '09:00-14:00, 15:00-16:00',
        'Maintenance window',
        'new exception',
      ],
      ['2026-12-24', 'Thu', '09:00-14:00', 'closed', 'Christmas closure', 'new exception'],
      ['2026-12-25', 'Fri', 'closed', 'closed', 'Christmas closure', 'yours, kept'],
      [
        '2026-12-31',
        'Thu',
        '09:00-12:00',
        '09:00-12:00 file: closed',
        "New Year's Eve",
        'yours, kept',
      ],
    ]);
    expect(root.querySelector('.summary')?.textContent).toBe(
      '4 days change, written as 4 exceptions. 2 dates already have your own exception: kept.',
    );
    // Nothing is written before Apply; the preview's heading takes the focus.
    expect(edits).toEqual([]);
    expect(root.activeElement?.id).toBe('ics-preview-title');
  });

  it('Apply writes the new exceptions in date order, as one edit; the YAML keeps its layout', async () => {
    const { el, button, edits } = await mountImport();
    await el.take(file('bank-closures.ics', CLOSURES));
    await el.updateComplete;
    button(/^\s*Apply/).click();
    expect(edits).toHaveLength(1);
    expect(edits[0]?.label).toBe('Import bank-closures.ics');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.done')?.textContent).toContain(
      'Imported bank-closures.ics: 4 days changed (4 exceptions written); 2 exceptions of yours kept. Undo takes it back.',
    );
    const text = applyDocEdits(BANK_TEXT, edits[0]?.edits ?? []);
    expect(text.split('\n').filter((l) => l.startsWith('    - { date: 2026'))).toEqual([
      '    - { date: 2026-01-07, hours: "09:00-14:00, 15:00-16:00", note: Maintenance window }',
      '    - { date: 2026-01-21, hours: "09:00-14:00, 15:00-16:00", note: Maintenance window }',
      '    - { date: 2026-01-28, hours: "09:00-14:00, 15:00-16:00", note: Maintenance window }',
      '    - { date: 2026-12-24, closed: true, note: Christmas closure }',
      '    - { date: 2026-12-25, closed: true, note: Christmas Day }',
      '    - { date: 2026-12-31, hours: "09:00-12:00", note: "New Year\'s Eve, short day" }',
    ]);
    // Everything else is untouched, byte for byte.
    const others = (t: string) => t.split('\n').filter((l) => !l.startsWith('    - { date: 2026'));
    expect(others(text)).toEqual(others(BANK_TEXT));
  });

  it('replacing the planner’s exceptions joins 24-25 Dec into one range and closes 31 Dec', async () => {
    const { el, root, button, edits } = await mountImport();
    await el.take(file('bank-closures.ics', CLOSURES));
    await el.updateComplete;
    const replace = [...root.querySelectorAll('input[name="ics-existing"]')][1] as HTMLInputElement;
    replace.checked = true;
    replace.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(button(/^\s*Apply/).textContent?.trim()).toBe('Apply: 5 exceptions, 2 replaced');
    button(/^\s*Apply/).click();
    const text = applyDocEdits(BANK_TEXT, edits[0]?.edits ?? []);
    expect(text.split('\n').filter((l) => l.startsWith('    - { date: 2026-12'))).toEqual([
      '    - { date: 2026-12-24, to: 2026-12-25, closed: true, note: Christmas closure }',
      "    - { date: 2026-12-31, closed: true, note: New Year's Eve }",
    ]);
  });

  it('a malformed file is refused with its line and hint, and no edit is fired', async () => {
    const { el, root, edits } = await mountImport();
    await el.take(
      file(
        'holidays.ics',
        'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261345\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      ),
    );
    await el.updateComplete;
    const alert = root.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ');
    expect(alert).toContain('Could not import holidays.ics; your scenario is unchanged.');
    expect(alert).toContain(
      'holidays.ics line 3: DTSTART "20261345" is not a date: there is no month 13. Hint:',
    );
    expect(edits).toEqual([]);
  });

  it('a file in Latin-1 is refused at the byte that is not UTF-8; UTF-16 with its mark is read', async () => {
    const { el, root } = await mountImport();
    const latin1 = Uint8Array.from(
      [
        ...'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:F',
        '\u00eate',
        '\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      ].join(''),
      (c) => c.charCodeAt(0),
    );
    await el.take(file('latin1.ics', latin1));
    await el.updateComplete;
    expect(root.querySelector('[role=alert]')?.textContent).toContain(
      'latin1.ics line 3: the file is not valid UTF-8',
    );
    const text = readFileSync(join(repo, 'test/fixtures/ics/christmas-eve-yearly.ics'), 'utf8');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    await el.take(file('utf16.ics', utf16));
    await el.updateComplete;
    expect(root.querySelector('[data-testid=ics-preview]')).not.toBeNull();
  });

  it('Escape and Cancel close the preview without an edit; the Import button takes the focus back', async () => {
    const { el, root, button, edits } = await mountImport();
    await el.take(file('bank-closures.ics', CLOSURES));
    await el.updateComplete;
    root
      .querySelector('[data-testid=ics-preview]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(root.querySelector('[data-testid=ics-preview]')).toBeNull();
    expect(root.activeElement).toBe(button(/Import \.ics/));
    expect(edits).toEqual([]);
  });

  it('waits for a valid calendar: with broken hours it says so instead of guessing', async () => {
    const broken = { ...(BANK as object), calendar: { agreedHours: { 'mon-fri': '9-5' } } };
    const { el, root, edits } = await mountImport(broken);
    await el.take(file('bank-closures.ics', CLOSURES));
    await el.updateComplete;
    expect(root.querySelector('[role=alert]')?.textContent).toContain(
      'The agreed hours or exceptions have errors: fix them, then import.',
    );
    expect(edits).toEqual([]);
  });
});

describe('importEdits(data, preview)', () => {
  const day = (date: string, existing: 'new' | 'replaced') => ({
    date,
    epoch: Date.parse(`${date}T00:00:00Z`),
    weekday: 0 as const,
    now: [],
    proposed: [],
    after: [],
    note: 'Audit',
    existing,
  });
  const preview = (days: ReturnType<typeof day>[], rows: IcsPreview['rows']): IcsPreview => ({
    days,
    rows,
    changed: days.length,
    kept: 0,
    replaced: days.filter((d) => d.existing === 'replaced').length,
    hasTimed: false,
    notes: [],
    firstDay: '2026-01-05',
    lastDay: '2027-01-04',
  });

  it('replacing one day inside a range splits the range around it', () => {
    const data = {
      calendar: {
        exceptions: [{ date: '2026-12-24', to: '2026-12-31', closed: true, note: 'Office closed' }],
      },
    };
    const p = preview(
      [day('2026-12-28', 'replaced')],
      [{ date: '2026-12-28', closed: true, note: 'Audit' }],
    );
    expect(importEdits(data, p)).toEqual({
      wholeList: false,
      edits: [
        // The new day after the range (its date is later than the range's first).
        {
          op: 'insert',
          path: ['calendar', 'exceptions'],
          index: 1,
          value: { date: '2026-12-28', closed: true, note: 'Audit' },
        },
        // The range loses the 28th: 24-27 stays, 29-31 follows the new day.
        { op: 'set', path: ['calendar', 'exceptions', 0, 'to'], value: '2026-12-27' },
        {
          op: 'insert',
          path: ['calendar', 'exceptions'],
          index: 2,
          value: { date: '2026-12-29', to: '2026-12-31', closed: true, note: 'Office closed' },
        },
      ],
    });
  });

  it('more than 50 entries are written as the whole list in one edit', () => {
    const days = Array.from({ length: 60 }, (_, i) =>
      day(new Date(Date.UTC(2026, 0, 5 + 2 * i)).toISOString().slice(0, 10), 'new'),
    );
    const rows = days.map((d) => ({ date: d.date, closed: true as const, note: 'Audit' }));
    const r = importEdits(BANK, preview(days, rows));
    expect(r.wholeList).toBe(true);
    expect(r.edits).toHaveLength(1);
    const list = (r.edits[0] as { value: { date: string }[] }).value;
    expect(list).toHaveLength(62);
    expect(list.map((e) => e.date)).toEqual([...list.map((e) => e.date)].sort());
  });
});

describe('importBaseOf(data)', () => {
  it("passes the days the scenario's public holidays change, so an import does not reopen them", () => {
    const base = importBaseOf({
      start: '2026-01-05T00:00',
      horizon: '365d',
      calendar: {
        agreedHours: { 'mon-fri': '09:00-16:00' },
        holidays: 'GB-ENG',
        exceptions: [{ date: '2026-04-06', hours: '10:00-12:00', note: 'open on Easter Monday' }],
      },
    });
    expect(base.ok).toBe(true);
    if (!base.ok) return;
    // Good Friday is closed; Easter Monday is the planner's own exception, which wins.
    expect(base.value.holidays?.has('2026-04-03')).toBe(true);
    expect(base.value.holidays?.has('2026-04-06')).toBe(false);
    expect(base.value.holidays?.has('2026-12-25')).toBe(true);
    expect(base.value.holidays?.has('2026-04-07')).toBe(false);
    expect(base.value.holidays?.get('2026-04-03')).toEqual([]);
  });
});
