/**
 * The page the page-load tools (page-load-profile.ts, page-load-waterfall.ts) measure: a fresh
 * browser context on the bank (no tour), loaded once first when `warm`, and a wait for the
 * timeline's painted mark that gives its time from navigation start.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface LoadPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly url: string;
  /** Waits for the painted timeline (polled: the page's CSP refuses waitForFunction's eval). */
  readonly paintedAt: () => Promise<number>;
}

export async function loadPage(
  browser: Browser,
  serverUrl: string,
  warm: boolean,
): Promise<LoadPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(() => window.localStorage.setItem('cs-tour-done', 'bench'));
  const page = await context.newPage();
  const url = `${serverUrl}?scenario=bank-money-transfer`;
  const paintedAt = async (): Promise<number> => {
    while (!(await page.evaluate(`performance.getEntriesByName('cs-timeline-painted').length > 0`)))
      await page.waitForTimeout(5);
    return page.evaluate(`performance.getEntriesByName('cs-timeline-painted')[0].startTime`);
  };
  if (warm) {
    await page.goto(url);
    await paintedAt();
    await page.goto('about:blank');
  }
  return { context, page, url, paintedAt };
}
