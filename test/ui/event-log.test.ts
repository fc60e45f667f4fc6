// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { EventLogEntry } from '../../src/analysis/timeline-types.ts';
import '../../src/ui/event-log/define.ts';
import { ALL_UP_TO, type CsEventLog } from '../../src/ui/event-log/event-log.ts';
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

async function mount(list: EventLogEntry[], playhead: number): Promise<CsEventLog> {
  const log = document.createElement('cs-event-log');
  log.entries = list;
  log.playhead = playhead;
  document.body.append(log);
  await log.updateComplete;
  return log;
}

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
