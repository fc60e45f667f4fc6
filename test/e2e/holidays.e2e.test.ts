/**
 * Public holidays in the editor, in Chromium at 1024 px: a planner clears the holidays of Hesse
 * (Frankfurt) from a copy of the bank and gives them again, reads the closed days of the year in the year view (by
 * keyboard too), undoes it, and is told the closest codes for a set that does not exist. The
 * year view is photographed in light and dark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';

const yaml = (page: Page) =>
  page.locator('cs-yaml-editor').evaluate((el) => (el as HTMLElement & { text: string }).text);

describe('public holidays in the editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`closes the holidays of DE-HE, shows them in the year view and undoes it (${colorScheme})`, async () => {
      const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
        viewport: { width: 1024, height: 800 },
        colorScheme,
      });
      await page.getByRole('region', { name: 'Service metrics' }).waitFor();
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
      await page.getByTestId('editor-name').waitFor();
      await page.getByRole('button', { name: 'Scenario & hours' }).click();

      // The bank ships with Hesse's holidays: clear them, then give them again.
      const field = page.getByRole('textbox', { name: 'Holiday sets' });
      await expect.poll(() => field.inputValue()).toBe('DE-HE');
      await field.fill('');
      await field.press('Enter');
      await expect.poll(() => yaml(page)).not.toContain('holidays:');
      await field.fill('de-he');
      await field.press('Enter');
      await expect.poll(() => yaml(page)).toContain('holidays: de-he');
      await page.getByText('Hessen, Germany').waitFor();

      // The year view lists each closed day in words; 25 and 31 December keep the file's own
      // exceptions, and Christmas Eve closes from 14:00.
      const list = page.getByRole('list', { name: 'Holidays and exceptions in 2026' });
      await expect
        .poll(() => list.textContent())
        .toContain('Friday 3 April 2026: public holiday, closed: Good Friday (DE-HE)');
      const text = (await list.textContent()) ?? '';
      expect(text).toContain('Friday 1 May 2026: public holiday, closed: Labour Day (DE-HE)');
      expect(text).toContain(
        'Thursday 24 December 2026: public holiday for part of the day, open 09:00-14:00: Christmas Eve from 14:00 (DE-HE)',
      );
      expect(text).toContain('Friday 25 December 2026: exception, closed: Christmas Day');
      const view = page.locator('cs-year-view');
      await page.getByRole('combobox', { name: 'Year to show' }).selectOption('2027');
      await expect
        .poll(() => view.getByRole('list').last().textContent())
        .toContain("Friday 1 January 2027: public holiday, closed: New Year's Day (DE-HE)");
      await page.getByRole('combobox', { name: 'Year to show' }).selectOption('2026');

      // By keyboard: from the year picker, Tab reaches the first marked day (1 January), then
      // the next (Good Friday), whose words show under the grids.
      await page.getByRole('combobox', { name: 'Year to show' }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = view.locator('p.focused');
      await expect
        .poll(() => focused.textContent())
        .toContain('Friday 3 April 2026: public holiday, closed: Good Friday (DE-HE)');
      await view.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `holidays-year-view-${colorScheme}`);
      await view.screenshot({
        path: `test-results/e2e/holidays-year-view-only-${colorScheme}.png`,
      });

      // The edit is undoable like any other.
      await page.getByRole('button', { name: /^Undo: Public holidays/ }).click();
      await expect.poll(() => yaml(page)).not.toContain('holidays:');
      await expect.poll(() => list.textContent()).not.toContain('Good Friday');

      // A set that does not exist: refused at the field, with the closest code and the regions.
      await field.fill('DE-Hessen');
      await field.press('Enter');
      const issue = page.locator('cs-calendar-section .field.holidays .issues');
      await expect.poll(() => issue.textContent()).toContain('Germany (DE) has no region Hessen');
      expect(await issue.textContent()).toContain('did you mean DE-HE?');
      expect(problems).toEqual([]);
      await close();
    }, 120_000);
});
