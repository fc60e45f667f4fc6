/**
 * Live moments in front of a class (issue 15, items 1, 4 and 5): an inject at the playhead
 * takes effect at the minute shown, and the view shows it at once; the address follows pause,
 * seek and inject at once, and Copy link copies it; the playhead and the inject have a
 * date-time field and the timeline moves by event, hour and day from the keyboard. Last, the
 * trainer's walk with the keyboard alone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, runSettled, saveScreenshot } from './browser.ts';

const BANK = '?scenario=bank-money-transfer&seed=1';

/** "At the playhead: down · capacity 0 of 1,200 tpm · demand 40 tpm", as the metrics panel says it. */
async function atPlayhead(page: Page): Promise<string> {
  const text = await page.locator('cs-metrics-panel .now').textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The local time the playback bar shows for the playhead, to the minute (without the zone's abbreviation). */
async function shownTime(page: Page): Promise<string> {
  return ((await page.locator('cs-playback-bar output').textContent()) ?? '').trim().slice(0, 16);
}

/** The address's query, read in the page (no waiting). */
const search = (page: Page): Promise<string> => page.evaluate(() => location.search);

const injectItems = (page: Page) =>
  page.getByRole('list', { name: 'Live injects' }).getByRole('listitem');

async function injectAtPlayhead(page: Page, component: string): Promise<void> {
  await page.getByLabel('Component', { exact: true }).selectOption(component);
  await page.getByLabel('Action').selectOption('fail');
  await page.getByRole('button', { name: 'Inject', exact: true }).click();
}

/** What has the keyboard focus, looking into shadow roots: its role or tag and its name. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const name =
      el.getAttribute('aria-label') ?? (el.id || (el.textContent ?? '').replace(/\s+/g, ' '));
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}: ${name.trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on what `wanted` describes. */
async function tabTo(page: Page, wanted: RegExp, backwards = false): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 200; i++) {
    const now = await focused(page);
    if (wanted.test(now)) return;
    seen.push(now);
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${wanted}; focus went through:\n${seen.join('\n')}`);
}

describe('live moments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('an inject at the playhead takes effect at the minute shown, and the view shows it at once', async () => {
    // Paused at 01:46:59, as a Pause during play leaves the playhead between two minutes.
    const { page, problems, close } = await openPage(browser, `${BANK}&t=2026-01-05T01:46:59`, {
      viewport: { width: 1440, height: 900 },
    });
    await runSettled(page);
    expect(await atPlayhead(page)).toMatch(/^At the playhead: up/);
    const form = page.getByRole('form', { name: 'Inject' });
    await expect.poll(() => form.textContent()).toContain('at the playhead, 2026-01-05 01:46 CET');

    await injectAtPlayhead(page, 'db-1');
    await injectAtPlayhead(page, 'db-2');
    await injectItems(page).nth(1).waitFor();
    // The minute in the form is the minute in the list...
    expect(await injectItems(page).allTextContents()).toEqual([
      expect.stringMatching(/^\s*2026-01-05 01:46( CET)?: Fail/),
      expect.stringMatching(/^\s*2026-01-05 01:46( CET)?: Fail/),
    ]);
    // ... and the minute it takes effect: the view at the playhead shows the service down.
    await runSettled(page);
    const shown = await atPlayhead(page);
    expect(shown).toMatch(/^At the playhead: down · capacity 0 /);
    expect(await shownTime(page)).toBe('2026-01-05 01:46');
    expect(await search(page)).toContain('inject=fail:db-1@2026-01-05T01:46');
    await saveScreenshot(page, 'live-inject-at-playhead');

    // The permalink shows the same view.
    await page.reload();
    await runSettled(page);
    expect(await atPlayhead(page)).toBe(shown);
    expect(await injectItems(page).count()).toBe(2);
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps the address current on pause, seek and inject, and copies it with Copy link', async () => {
    const { page, problems, close } = await openPage(browser, BANK, {
      viewport: { width: 1024, height: 768 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await runSettled(page);
    await page.getByLabel('Speed').selectOption({ label: '1 day/s' });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Pause' }).click();
    // At once: the address names the minute the playhead shows.
    const paused = await shownTime(page);
    // (a pause leaves the playhead on the minute shown, so the link names that very moment)
    expect(new URLSearchParams(await search(page)).get('t')).toBe(paused.replace(' ', 'T'));

    // A seek moves it at once (writes come at most every 100 ms, as browsers throttle more).
    await page.waitForTimeout(150);
    const at = Date.UTC(2026, 0, 7, 10) - Date.UTC(2026, 0, 5);
    await page.getByLabel('Simulation time').fill(String(at));
    expect(new URLSearchParams(await search(page)).get('t')).toBe('2026-01-07T10:00');

    // So does an inject.
    await page.waitForTimeout(150);
    await injectAtPlayhead(page, 'db-1');
    expect(await search(page)).toContain('inject=fail:db-1@2026-01-07T10:00');
    await runSettled(page);

    // Copy link copies the address, and says so (to screen readers too).
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count())
      .toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('inject=fail:db-1@2026-01-07T10:00');
    await saveScreenshot(page, 'copy-link-1024');
    expect(problems).toEqual([]);
    await close();
  });

  it('moves the playhead on the timeline by event, hour and day from the keyboard, and takes a typed inject time', async () => {
    const { page, problems, close } = await openPage(browser, BANK, {
      viewport: { width: 1440, height: 900 },
      colorScheme: 'dark',
    });
    await runSettled(page);
    const timeline = page.getByRole('slider', { name: 'Timeline playhead' });
    await timeline.focus();
    await page.keyboard.press('End');
    expect(await timeline.getAttribute('aria-valuetext')).toBe(
      await page.getByLabel('Simulation time').getAttribute('aria-valuetext'),
    );
    await page.keyboard.press('Home');
    expect(await timeline.getAttribute('aria-valuetext')).toMatch(/^2026-01-05 00:00/);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await timeline.getAttribute('aria-valuetext')).toMatch(/^2026-01-07 01:00/);
    expect(await shownTime(page)).toBe('2026-01-07 01:00');
    await saveScreenshot(page, 'timeline-focused-dark');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await shownTime(page)).toBe('2026-01-06 01:00');

    // ] and [ go to the next and the previous event, as Step forward and Step back do.
    await page.keyboard.press(']');
    const next = await shownTime(page);
    await page.getByRole('button', { name: 'Step back' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await shownTime(page)).toBe(next);
    await timeline.focus();
    await page.keyboard.press('[');
    const previous = await shownTime(page);
    expect(previous < next).toBe(true);
    await page.keyboard.press('PageUp');
    expect(await shownTime(page)).toBe(next);
    await page.keyboard.press('PageDown');
    expect(await shownTime(page)).toBe(previous);

    // The Simulation time slider moves the same way.
    const slider = page.getByLabel('Simulation time');
    await page.keyboard.press('Home');
    await slider.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await shownTime(page)).toBe('2026-01-06 01:00');

    // A date-time field for the playhead, showing it, and one for the inject.
    const goTo = page.getByLabel('Go to a local time');
    expect(await goTo.inputValue()).toBe('2026-01-06T01:00');
    await goTo.fill('2026-01-08T09:15');
    expect(await shownTime(page)).toBe('2026-01-08 09:15');
    await page.getByLabel('At (local time)').fill('2026-01-09T14:30');
    await page.getByLabel('Component', { exact: true }).selectOption('db-2');
    await page.getByRole('button', { name: 'Inject', exact: true }).click();
    await expect
      .poll(() => injectItems(page).allTextContents())
      .toEqual([expect.stringMatching(/^\s*2026-01-09 14:30( CET)?: Fail/)]);
    await saveScreenshot(page, 'timeline-keys-1440');
    expect(problems).toEqual([]);
    await close();
  });

  it('walks the trainer flow with the keyboard alone', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=hospital-records', {
      viewport: { width: 1440, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await runSettled(page);

    // Choose the bank.
    await tabTo(page, /^select: Scenario$/);
    await page.keyboard.type('bank');
    await page.getByRole('heading', { name: 'Bank money transfer' }).waitFor();
    await runSettled(page);

    // Play and pause (Space, on the timeline).
    await tabTo(page, /^slider: Timeline playhead$/);
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.waitForTimeout(300);
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: 'Play' }).waitFor();

    // Set a time: Wednesday 7 January, 10:00.
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await shownTime(page)).toBe('2026-01-07 10:00');

    // Inject both database failures at the playhead.
    for (const db of ['db-1', 'db-2']) {
      await tabTo(page, /^select: component$/, db === 'db-2');
      await page.keyboard.press('Home');
      await page.keyboard.type('Data'); // the first database
      if (db === 'db-2') await page.keyboard.press('ArrowDown');
      await tabTo(page, /^button: Inject$/);
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => injectItems(page).allTextContents())
      .toEqual([
        expect.stringMatching(/^\s*2026-01-07 10:00( CET)?: Fail Database 1/),
        expect.stringMatching(/^\s*2026-01-07 10:00( CET)?: Fail Database 2/),
      ]);
    await runSettled(page);
    expect(await atPlayhead(page)).toMatch(/^At the playhead: down/);

    // Jump to the outage, from elsewhere on the timeline.
    await tabTo(page, /^slider: Timeline playhead$/, true);
    await page.keyboard.press('Home');
    expect(await shownTime(page)).toBe('2026-01-05 00:00');
    await tabTo(page, /^button: 7 Jan 10:00/);
    await page.keyboard.press('Enter');
    expect(await shownTime(page)).toBe('2026-01-07 10:00');
    expect(await atPlayhead(page)).toMatch(/^At the playhead: down/);

    // Copy the link.
    await tabTo(page, /^button: Copy link$/, true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count())
      .toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('scenario=bank-money-transfer');
    expect(copied).toContain('t=2026-01-07T10:00');
    expect(copied).toContain('inject=fail:db-1@2026-01-07T10:00');
    expect(copied).toContain('inject=fail:db-2@2026-01-07T10:00');
    await saveScreenshot(page, 'keyboard-walk');
    expect(problems).toEqual([]);
    await close();
  });
});
