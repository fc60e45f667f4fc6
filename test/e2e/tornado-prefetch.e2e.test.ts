/**
 * A first tornado and the idle prefetch of the other tabs' code: the page opened on the Monte
 * Carlo tab starts its prefetch after a few seconds (no timeline is painted there), and while the
 * tornado's studies run on the workers that prefetch fetches and evaluates nothing (it would take
 * the page's CPU from the workers); once the studies end (here: cancelled), it fetches every view.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

/** The other tabs' code, by the name of its chunks (the Monte Carlo tab's own is loaded). */
const OTHERS = ['view-bia-view', 'view-editor', 'view-exercise-view', 'view-plan-view'];

const fetchedViews = (page: Page): Promise<{ name: string; start: number }[]> =>
  page.evaluate(`performance.getEntriesByType('resource').map((e) => ({
    name: e.name.replace(/^.*\\//, ''),
    start: e.startTime,
  })).filter((r) => ${JSON.stringify(OTHERS)}.some((v) => r.name.startsWith(v)))`);

const now = (page: Page): Promise<number> => page.evaluate<number>('performance.now()');
const prefetchMark = (page: Page): Promise<number | null> =>
  page.evaluate(`performance.getEntriesByName('cs-prefetch-views')[0]?.startTime ?? null`);

describe('the idle prefetch during a first tornado', () => {
  let browser: Browser;
  beforeAll(async () => void (browser = await launchBrowser()));
  afterAll(async () => browser?.close());

  it('waits while the studies run, and fetches the other views once they end', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=montecarlo',
    );
    await page.getByTestId('scenario-loaded').waitFor();
    await page.getByRole('button', { name: 'Sensitivity' }).click();
    const form = page.locator('cs-mc-sensitivity form').filter({ hasText: 'Run tornado' });
    // Long enough to outlast the prefetch's start (~5 s) and its idle moments, on any machine.
    await form.locator('input[name=runs]').fill('5000');
    const started = await now(page);
    await page.getByRole('button', { name: 'Run tornado' }).click();
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor();
    await expect.poll(() => prefetchMark(page), { timeout: 15_000 }).not.toBeNull();
    // The prefetch asks for idle moments (at the latest after 2 s each): give it 3 s of them.
    await page.waitForTimeout(3000);
    expect(await cancel.isVisible()).toBe(true); // still running
    const during = await fetchedViews(page);
    expect(during.filter((r) => r.start >= started)).toEqual([]);
    await cancel.click();
    await expect
      .poll(
        async () => {
          const names = (await fetchedViews(page)).map((r) => r.name);
          return OTHERS.filter((v) => !names.some((n) => n.startsWith(v)));
        },
        { timeout: 20_000 },
      )
      .toEqual([]);
    expect(problems).toEqual([]);
    await close();
  }, 90_000);
});
