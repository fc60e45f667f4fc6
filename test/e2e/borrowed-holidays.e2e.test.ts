/**
 * Holiday sets that borrow another country's days, in Chromium: American Samoa keeps the United
 * States' days and Martinique France's (date-holidays' `_days`), so the chunk the page fetches
 * for AS brings the United States' rules and France's brings Martinique's. A scenario whose
 * calendar names AS and FR-MQ opens from a file, simulates, and its year view lists the
 * borrowed days, with no error on the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK_TEXT } from '../../src/cli/fuzz-inputs.ts';
import { launchBrowser, openPage, runSettled } from './browser.ts';

/**
 * The countries whose holiday chunks the page and its workers fetch from now on (chunk files are
 * named `FR-<hash>.js`; a file is read in the parse worker, so the page's own entries miss them).
 */
function countriesFetched(page: Page): string[] {
  const countries: string[] = [];
  page.on('request', (request) => {
    const name = request.url().replace(/^.*\//, '');
    if (/^[A-Z]{2}-[\w-]+\.js$/.test(name)) countries.push(name.slice(0, 2));
  });
  return countries;
}

describe('holiday sets that borrow days from another country', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens and simulates a calendar naming AS and FR-MQ, and lays in the borrowed days', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=hospital-records', {
      viewport: { width: 1024, height: 800 },
    });
    await runSettled(page);
    const countries = countriesFetched(page);
    const text = BANK_TEXT.replace(
      'name: Bank money transfer',
      'name: Pago Pago transfers',
    ).replace(/holidays: DE-HE.*$/m, 'holidays: [AS, FR-MQ]');
    expect(text).toContain('holidays: [AS, FR-MQ]');
    await page.locator('cs-scenario-header input[type=file]').setInputFiles({
      name: 'pago-pago.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(text),
    });
    // It opens (a file the page cannot read leaves the scenario as it was and says why)
    const heading = page.getByRole('heading', { name: 'Pago Pago transfers' });
    await heading.or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await heading.waitFor();
    await runSettled(page);
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    expect(countries).toEqual(expect.arrayContaining(['AS', 'FR']));

    // The year view of a copy lists the days each set borrows.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
    await page.getByTestId('editor-name').waitFor();
    await page.getByRole('button', { name: 'Scenario & hours' }).click();
    const list = page.getByRole('list', { name: 'Holidays and exceptions in 2026' });
    await expect
      .poll(() => list.textContent())
      .toContain('Thursday 26 November 2026: public holiday, closed: Thanksgiving Day (AS)');
    const days = (await list.textContent()) ?? '';
    expect(days).toContain(
      'Friday 22 May 2026: public holiday, closed: Abolition of Slavery (FR-MQ)',
    );
    expect(days).toContain('Tuesday 14 July 2026: public holiday, closed: Bastille Day (FR-MQ)');
    await page.getByTestId('editor-valid').waitFor();
    expect(await page.getByTestId('editor-errors').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
