/**
 * What openPage counts as a problem of the page: a request the page left behind by navigating is
 * not one (Chromium aborts it; that is the navigation working), a request that fails is.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, runSettled } from './browser.ts';

describe('the problems openPage collects', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('leave out a request aborted by the page’s own navigation', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=hospital-records');
    await runSettled(page);
    let arrived!: () => void;
    const held = new Promise<void>((resolve) => (arrived = resolve));
    await page.route('**/still-loading.json', () => arrived()); // never answered
    await page.evaluate(() => void fetch('still-loading.json').catch(() => undefined));
    await held;
    await page.reload();
    await runSettled(page);
    expect(problems).toEqual([]);
    await close();
  });

  it('count a request that fails on its own', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=hospital-records');
    await runSettled(page);
    await page.route('**/broken.json', (route) => route.abort('failed'));
    await page.evaluate(() => fetch('broken.json').catch(() => undefined));
    await expect
      .poll(() => problems.some((p) => /broken\.json \(net::ERR_FAILED\)/.test(p)))
      .toBe(true);
    await close();
  });
});
