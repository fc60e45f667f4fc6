// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { EventLogEntry } from '../../src/analysis/timeline-types.ts';
import '../../src/ui/event-log/define.ts';
import { ALL_UP_TO, type CsEventLog } from '../../src/ui/event-log/event-log.ts';

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
});
