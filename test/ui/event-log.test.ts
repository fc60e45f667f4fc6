// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { EventLogEntry } from '../../src/analysis/timeline-types.ts';
import '../../src/ui/event-log/define.ts';
import { ALL_UP_TO, FIRST_ROWS, type CsEventLog } from '../../src/ui/event-log/event-log.ts';
import { londonAutumn } from '../support/zoned.ts';

const entries = (n: number): EventLogEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    t: i * 60_000,
    when: `minute ${i}`,
    kind: 'component',
    text: `entry ${i}`,
    subject: null,
    severity: 'info',
  }));

/** A log in the page, once every entry is in (or, `first`, as its first render left it). */
async function mount(list: EventLogEntry[], playhead: number, first = false): Promise<CsEventLog> {
  const log = document.createElement('cs-event-log');
  log.entries = list;
  log.playhead = playhead;
  document.body.append(log);
  await log.updateComplete;
  if (!first) await log.whole;
  return log;
}

const busy = (log: CsEventLog) => log.shadowRoot!.querySelector('ol')!.getAttribute('aria-busy');

const rendered = (log: CsEventLog) =>
  [...log.shadowRoot!.querySelectorAll('li.entry')].map((li) => ({
    text: li.querySelector('.text')!.textContent,
    position: Number(li.getAttribute('aria-posinset')),
    current: li.classList.contains('current'),
  }));

afterEach(() => document.body.replaceChildren());

describe('<cs-event-log>', () => {
  it('renders every entry of a log of ordinary length', async () => {
    const log = await mount(entries(ALL_UP_TO), 0);
    expect(rendered(log)).toHaveLength(ALL_UP_TO);
    expect(log.shadowRoot!.querySelectorAll('li.space')).toHaveLength(0);
  });

  it('renders the entries around the current one first, busy, then every entry once the page has painted', async () => {
    const log = await mount(entries(421), 200 * 60_000, true);
    const first = rendered(log);
    expect(first).toHaveLength(FIRST_ROWS);
    expect(first[0]!.position).toBe(181);
    expect(first.find((r) => r.current)?.text).toBe('entry 200');
    expect(busy(log)).toBe('true');
    // the rows not yet in keep their place as space, and every row its position in the whole
    expect(log.shadowRoot!.querySelectorAll('li.space')).toHaveLength(2);
    for (const li of log.shadowRoot!.querySelectorAll('li.entry'))
      expect(li.getAttribute('aria-setsize')).toBe('421');
    await log.whole;
    expect(rendered(log).map((r) => r.position)).toEqual(entries(421).map((_, i) => i + 1));
    expect(rendered(log).find((r) => r.current)?.text).toBe('entry 200');
    expect(log.shadowRoot!.querySelectorAll('li.space')).toHaveLength(0);
    expect(busy(log)).toBe('false');
  });

  it('renders a short log, and a new log into a list already shown, whole at once', async () => {
    const short = await mount(entries(FIRST_ROWS), 0, true);
    expect(rendered(short)).toHaveLength(FIRST_ROWS);
    expect(busy(short)).toBe('false');
    const log = await mount(entries(421), 0);
    log.entries = entries(300); // a new run: no row a keyboard user is on is taken away
    await log.updateComplete;
    expect(rendered(log)).toHaveLength(300);
    expect(busy(log)).toBe('false');
  });

  it('renders a window of a long log around the current entry, with the space of the others', async () => {
    const log = await mount(entries(40_000), 30_000 * 60_000);
    const rows = rendered(log);
    expect(rows.length).toBeLessThanOrEqual(400);
    expect(rows.find((r) => r.current)).toEqual({
      text: 'entry 30000',
      position: 30_001,
      current: true,
    });
    // The entries before and after the window keep their place as space.
    expect(log.shadowRoot!.querySelectorAll('li.space')).toHaveLength(2);
    for (const li of log.shadowRoot!.querySelectorAll('li.entry'))
      expect(li.getAttribute('aria-setsize')).toBe('40000');

    // The window follows the playhead.
    log.playhead = 12 * 60_000;
    await log.updateComplete;
    expect(rendered(log).find((r) => r.current)?.text).toBe('entry 12');
    expect(rendered(log)[0]!.position).toBe(1);
    expect(log.shadowRoot!.querySelectorAll('li.space')).toHaveLength(1);
  });

  it('gives each time the zone’s abbreviation where the clocks change during the run', async () => {
    const autumn = londonAutumn(); // back at 50 h: 01:30 comes twice
    const night = [49.5, 50.5].map((h) => ({
      ...entries(1)[0]!,
      t: h * 3_600_000,
      when: '2026-10-25 01:30',
    }));
    const log = await mount(night, 0);
    log.clock = autumn;
    await log.updateComplete;
    const times = [...log.shadowRoot!.querySelectorAll('time')].map((t) => t.textContent);
    expect(times).toEqual(['2026-10-25 01:30 BST', '2026-10-25 01:30 GMT']);
    log.clock = { ...autumn, horizon: 40 * 3_600_000 }; // a run that ends before the change
    await log.updateComplete;
    expect(log.shadowRoot!.querySelector('time')?.textContent).toBe('2026-10-25 01:30');
  });
});
