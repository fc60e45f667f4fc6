/**
 * No control is clipped at 1024, 1440 or 1920 px: on every tab (the BIA with its results, Monte
 * Carlo before and after a study, the editor's every part with its steps tables, versions and my
 * scenarios, the exercise before and while it runs), each visible button, input and select lies
 * inside the viewport and its scroll containers horizontally, and a click at its centre reaches it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot, type OpenedPage } from './browser.ts';
import { clippedControls } from './clipping.ts';

const widths = [1024, 1440, 1920] as const;
const editorParts = [
  'Scenario & hours',
  'Services',
  'Components',
  'Teams',
  'Recovery plans',
  'Injects',
];

describe('no control is clipped', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, '?scenario=bank-money-transfer&seed=1');
    page = opened.page;
    await page.getByTestId('scenario-loaded').waitFor();
  });
  afterAll(async () => {
    await opened.close();
    await browser.close();
  });

  const tab = (name: string) => page.getByRole('button', { name, exact: true }).click();

  it.each(widths)('at %i px, on every tab', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    const check = async (view: string) => {
      for (const p of await clippedControls(page)) problems.push(`${view}: ${p}`);
    };

    await tab('Timeline');
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    await check('Timeline');
    await tab('Business impact analysis');
    await page
      .getByRole('table', { name: 'Business impact by disruption' })
      .waitFor({ timeout: 25_000 });
    await check('Business impact analysis');
    await tab('Monte Carlo');
    const runs = page.locator('cs-mc-study input[name=runs]');
    await runs.waitFor();
    // a small study once: its results (and their buttons) stay for the other widths
    if (!(await page.getByTestId('mc-basis').isVisible())) {
      await check('Monte Carlo, before a study');
      await runs.fill('200');
      await page.getByRole('button', { name: 'Run study' }).click();
      await page.getByTestId('mc-basis').waitFor({ timeout: 25_000 });
    }
    await check('Monte Carlo, with a study');
    await tab('Edit');
    const copy = page.getByRole('button', { name: 'Edit a copy of this scenario' });
    if (await copy.isVisible()) await copy.click();
    await page.getByTestId('editor-name').waitFor();
    for (const part of editorParts) {
      await page
        .getByRole('navigation', { name: 'Scenario parts' })
        .getByRole('button', { name: part, exact: true })
        .click();
      await check(`Edit, ${part}`);
    }
    await page
      .getByRole('navigation', { name: 'Scenario parts' })
      .getByRole('button', { name: 'Recovery plans', exact: true })
      .click();
    await saveScreenshot(page, `edit-recovery-plans-${width}`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, `edit-recovery-plans-${width}-dark`);
    await page.emulateMedia({ colorScheme: 'light' });
    await tab('Exercise');
    const start = page.getByRole('button', { name: 'Start the exercise' });
    const end = page.getByRole('button', { name: 'End the exercise' });
    await start.or(end).waitFor();
    // the exercise starts once, at the first width; it runs on for the others
    if (await start.isVisible()) {
      await check('Exercise, before it starts');
      await start.click();
      await end.waitFor();
    }
    await check('Exercise, running');

    if (problems.length)
      throw new Error(
        `${problems.length} control${problems.length === 1 ? ' is' : 's are'} clipped or covered at ${width} px:\n${problems.join('\n')}`,
      );
  });
});
