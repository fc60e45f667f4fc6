// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hours } from '../../../src/core/time.ts';
import '../../../src/ui/playback-bar/define.ts';
import type { CsPlaybackBar } from '../../../src/ui/playback-bar/playback-bar.ts';
import type { CsLocalTimeInput } from '../../../src/ui/local-time-input/local-time-input.ts';
import { after, londonAutumn } from '../../support/zoned.ts';

const EVENTS = [hours(10), hours(30)];

async function mount() {
  const bar = document.createElement('cs-playback-bar');
  bar.clock = londonAutumn(); // Friday 23 October 2026 00:00; clocks back on the 25th
  bar.horizon = bar.clock.horizon;
  bar.playhead = after(1, 46) + 59_000;
  bar.eventTimes = EVENTS;
  document.body.append(bar);
  const seeks: number[] = [];
  bar.addEventListener('cs-seek', (e) => {
    seeks.push(e.detail.t);
    bar.playhead = e.detail.t; // as the app does
  });
  await settled(bar);
  return { bar, seeks };
}

async function settled(bar: CsPlaybackBar): Promise<void> {
  await bar.updateComplete;
  await bar.shadowRoot!.querySelector<CsLocalTimeInput>('cs-local-time-input')!.updateComplete;
}

const goTo = (bar: CsPlaybackBar) =>
  bar.shadowRoot!.querySelector<HTMLInputElement>('input[aria-label="Go to a local time"]')!;
const slider = (bar: CsPlaybackBar) =>
  bar.shadowRoot!.querySelector<HTMLInputElement>('input[aria-label="Simulation time"]')!;

async function key(bar: CsPlaybackBar, key: string, shiftKey = false): Promise<boolean> {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  slider(bar).dispatchEvent(event);
  await settled(bar);
  return event.defaultPrevented;
}

afterEach(() => document.body.replaceChildren());

describe('<cs-playback-bar>', () => {
  it('shows the playhead’s local time in Go to, to the minute, and follows it', async () => {
    const { bar } = await mount();
    expect(goTo(bar).value).toBe('2026-10-23T01:46');
    bar.playhead = after(26);
    await settled(bar);
    expect(goTo(bar).value).toBe('2026-10-24T02:00');
  });

  it('moves the playhead to a time typed in Go to', async () => {
    const { bar, seeks } = await mount();
    goTo(bar).value = '2026-10-24T09:30';
    goTo(bar).dispatchEvent(new Event('change', { bubbles: true }));
    await settled(bar);
    expect(seeks).toEqual([after(33, 30)]);
    expect(goTo(bar).value).toBe('2026-10-24T09:30');
  });

  it('keeps a time the clocks skip or show twice in Go to, with its note, while the playhead stays', async () => {
    const { bar, seeks } = await mount();
    goTo(bar).value = '2026-10-25T01:30'; // shown twice: the clocks go back at 02:00 BST
    goTo(bar).dispatchEvent(new Event('change', { bubbles: true }));
    await settled(bar);
    expect(seeks).toEqual([after(49, 30)]); // the first 01:30, BST
    expect(bar.shadowRoot!.querySelector('fieldset')?.textContent).toContain('happens twice');
    goTo(bar).value = '2026-11-30T10:00'; // after the run
    goTo(bar).dispatchEvent(new Event('change', { bubbles: true }));
    await settled(bar);
    expect(seeks).toHaveLength(1);
    expect(bar.shadowRoot!.querySelector('[role=alert]')?.textContent).toContain(
      'is outside the scenario',
    );
  });

  it('moves the playhead by hour, day and event from the Simulation time slider', async () => {
    const { bar, seeks } = await mount();
    expect(await key(bar, 'ArrowRight')).toBe(true);
    expect(await key(bar, 'ArrowRight', true)).toBe(true);
    expect(await key(bar, ']')).toBe(true);
    expect(await key(bar, '[')).toBe(true);
    expect(await key(bar, 'Home')).toBe(true);
    expect(await key(bar, 'x')).toBe(false);
    const start = after(1, 46) + 59_000;
    expect(seeks).toEqual([start + hours(1), start + hours(25), EVENTS[1], EVENTS[0], 0]);
  });
});
