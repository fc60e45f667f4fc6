/**
 * The tornado's progress while it runs: the bar and the count move, the app itself does not
 * re-render for each tick (only the progress line does: the page's CPU goes to the workers'
 * answers, not to re-rendering every view ten times a second), and screen readers hear what
 * started, then a calmer account, in a polite live region. Screenshots of the line at 1024 and
 * 1440 px, light and dark, with no serious accessibility violation while it runs.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';

/** Counts the updates of every element named, from now on. */
async function countUpdates(page: Page, tags: readonly string[]): Promise<void> {
  await page.evaluate((names) => {
    const w = window as unknown as { updates: Record<string, number> };
    w.updates = {};
    for (const name of names) {
      w.updates[name] = 0;
      const proto = customElements.get(name)!.prototype as {
        update: (this: unknown, changed: unknown) => void;
      };
      const update = proto.update;
      proto.update = function (this: unknown, changed: unknown) {
        w.updates[name]!++;
        update.call(this, changed);
      };
    }
  }, tags);
}

const updates = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => ({ ...(window as unknown as { updates: Record<string, number> }).updates }));

describe('the tornado while it runs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('moves the progress line alone, and announces it calmly', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=montecarlo',
      { viewport: { width: 1440, height: 900 } },
    );
    await page.getByTestId('scenario-loaded').waitFor();
    await page.getByRole('button', { name: 'Sensitivity' }).click();
    const form = page.locator('cs-mc-sensitivity form').filter({ hasText: 'Run tornado' });
    await form.locator('input[name=runs]').fill('5000');
    await form.locator('input[name=seed]').fill('progress-e2e');
    await countUpdates(page, [
      'cs-app',
      'cs-montecarlo-view',
      'cs-mc-sensitivity',
      'cs-mc-progress',
    ]);
    await page.getByRole('button', { name: 'Run tornado' }).click();

    const line = page.getByTestId('mc-progress');
    const bar = line.locator('progress');
    const value = async () => Number(await bar.getAttribute('value'));
    await expect.poll(value, { timeout: 60_000 }).toBeGreaterThan(0);
    const first = await value();
    const spoken = line.getByRole('status');
    const announced = await spoken.textContent();
    expect(announced).toMatch(/^Running the tornado: [\d,]+ runs on \d+ workers?\.$/);
    await expect.poll(value, { timeout: 60_000 }).toBeGreaterThan(first);
    expect((await line.textContent())?.replace(/\s+/g, ' ')).toMatch(
      /Running the tornado [\d,]+ of [\d,]+ runs on \d+ workers? · about .* left/,
    );
    // Within the first 5 s the live region still says what started, however often the bar moved.
    expect(await spoken.textContent()).toBe(announced);

    // Screenshots of the line as it runs.
    for (const width of [1024, 1440])
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await line.locator('progress').waitFor();
        await saveScreenshot(page, `tornado-progress-${width}-${colorScheme}`);
        if (width === 1440) await expectAccessible(page, `tornado running (${colorScheme} theme)`);
      }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1440, height: 900 });

    // After 5 s the live region gives the share done and the time left.
    await expect
      .poll(() => spoken.textContent(), { timeout: 30_000 })
      .toMatch(/^Running the tornado: \d+ % of [\d,]+ runs done(, about .* left)?\.$/);

    const counted = await updates(page);
    expect(counted['cs-mc-progress']).toBeGreaterThan(5);
    // The app and the views around the line rendered for the start (and the screenshots'
    // resizes and theme changes), not for each of the line's updates.
    for (const tag of ['cs-app', 'cs-montecarlo-view', 'cs-mc-sensitivity'])
      expect(counted[tag], tag).toBeLessThan(counted['cs-mc-progress']! / 2);

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(async () => (await line.textContent())?.replace(/\s+/g, ' '))
      .toMatch(/Cancelled after [\d,]+ of [\d,]+ runs/);
    expect(problems).toEqual([]);
    await close();
  }, 180_000);
});
