/**
 * The page's first paint of a bundled scenario without the scenario reader: the build read the
 * scenario (src/build/prebuilt-scenarios.ts), so zod and the schemas it builds (~60 ms of a cold
 * load's main thread) are neither fetched nor run before the timeline is painted. A scenario read
 * on the page (here a generated one, through src/ui/app/load-read.ts) brings the reader then.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

/** The scripts the page fetched (full URLs), with when each began (ms since navigation). */
const scripts = (page: Page): Promise<{ url: string; start: number }[]> =>
  page.evaluate(`performance.getEntriesByType('resource')
    .filter((e) => /\\.js$/.test(e.name))
    .map((e) => ({ url: e.name, start: e.startTime }))`);

/** Whether the script at `url` holds zod (its error class's name is in its code). */
const holdsZod = (page: Page, url: string): Promise<boolean> =>
  page.evaluate(
    `fetch(${JSON.stringify(url)}).then((r) => r.text()).then((t) => t.includes('ZodError'))`,
  );

async function zodScripts(page: Page, before = Infinity): Promise<string[]> {
  const found: string[] = [];
  for (const { url, start } of await scripts(page))
    if (start < before && (await holdsZod(page, url))) found.push(url.replace(/^.*\//, ''));
  return found;
}

describe('the first paint of a bundled scenario, without the scenario reader', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('fetches no zod before the timeline is painted; a scenario read on the page brings it', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer');
    await page.getByTestId('scenario-loaded').waitFor();
    await expect
      .poll(() => page.evaluate(`performance.getEntriesByName('cs-timeline-painted').length`))
      .toBe(1);
    const painted: number = await page.evaluate(
      `performance.getEntriesByName('cs-timeline-painted')[0].startTime`,
    );
    expect(await zodScripts(page, painted)).toEqual([]);

    // A generated scenario is made on the page, and read through the reader: it arrives then.
    await page.goto(page.url().replace(/\?.*$/, '?scenario=generated-20'));
    await page.getByTestId('scenario-loaded').waitFor();
    await expect.poll(() => zodScripts(page)).not.toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
