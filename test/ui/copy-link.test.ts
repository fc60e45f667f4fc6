// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/copy-link/define.ts';
import type { CsCopyLink } from '../../src/ui/copy-link/copy-link.ts';
import { AddressWriter } from '../../src/ui/app/address.ts';

const LINK = 'http://example.test/?scenario=bank-money-transfer&seed=1&t=2026-01-05T01:46';

async function mount(): Promise<CsCopyLink> {
  const element = document.createElement('cs-copy-link');
  element.link = () => LINK;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** Presses Copy link and waits for what the element says. */
async function press(element: CsCopyLink): Promise<string> {
  element.shadowRoot!.querySelector('button')!.click();
  await vi.waitFor(() => expect(status(element)).not.toBe(''));
  return status(element);
}
const status = (element: CsCopyLink) =>
  element.shadowRoot!.querySelector('[role=status]')!.textContent.trim();

/** The old copy command, answering `works` (happy-dom has none). */
function copyCommand(works: boolean) {
  const command = vi.fn((_name: string) => works);
  Object.defineProperty(document, 'execCommand', { value: command, configurable: true });
  return command;
}

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('<cs-copy-link>', () => {
  it('copies the link with the Clipboard API and says "Link copied" in a live region', async () => {
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation((text) => {
      copied.push(text);
      return Promise.resolve();
    });
    const element = await mount();
    expect(status(element)).toBe('');
    expect(await press(element)).toBe('Link copied');
    expect(copied).toEqual([LINK]);
  });

  it('where the page may not copy at all, shows the link selected, to copy by hand, and says so', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not allowed'));
    copyCommand(false);
    const element = await mount();
    expect(await press(element)).toMatch(/did not let the page copy.*Ctrl\+C/);
    const field = element.shadowRoot!.querySelector<HTMLInputElement>('input[readonly]')!;
    expect(field.value).toBe(LINK);
    expect(field.getAttribute('aria-label')).toBe('Link to this view');
  });

  it('falls back on the copy command when the Clipboard API refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not allowed'));
    const command = copyCommand(true);
    const element = await mount();
    expect(await press(element)).toBe('Link copied');
    expect(command).toHaveBeenCalledWith('copy');
    expect(document.querySelector('textarea')).toBeNull(); // the helper is gone
  });
});

describe('AddressWriter', () => {
  it('writes a new query at once, a burst at most every 100 ms with the last one kept, and nothing twice', () => {
    vi.useFakeTimers();
    vi.advanceTimersByTime(1000);
    const writes = vi.spyOn(history, 'replaceState');
    const address = new AddressWriter(100);
    address.write('t=1');
    expect(location.search).toBe('?t=1');
    address.write('t=2');
    address.write('t=3');
    expect(location.search).toBe('?t=1');
    vi.advanceTimersByTime(100);
    expect(location.search).toBe('?t=3');
    address.write('t=3');
    vi.advanceTimersByTime(200);
    expect(writes).toHaveBeenCalledTimes(2);
    address.write('t=4');
    address.write('t=5');
    address.flush();
    expect(location.search).toBe('?t=5');
  });
});
