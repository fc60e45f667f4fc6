/**
 * The accessibility gate: axe-core finds no serious or critical violation on any view of the
 * app — every tab (the editor's every part, its versions and library panels), the glossary, the
 * guided tour on a first visit, a running exercise, the participants' window and the
 * after-action report on screen and in print — in the light theme and the dark one.
 *
 * A failure lists each violation with its rule, impact, the element (shadow hosts joined by
 * ' >> ') and what axe found, so it can be fixed without rerunning anything.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { launchBrowser, openPage, type OpenedPage } from './browser.ts';

const viewport = { width: 1440, height: 900 };
const themes = ['light', 'dark'] as const;
const editorParts = [
  'Scenario & hours',
  'Services',
  'Components',
  'Teams',
  'Recovery plans',
  'Injects',
];

// a check takes a few seconds; a busy machine may take several times that
describe('accessibility: no serious or critical axe-core violation', { timeout: 60_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  describe.each(themes)('in the %s theme', (colorScheme) => {
    let opened: OpenedPage;
    let page: Page;
    const where = (view: string): string => `${view} (${colorScheme} theme)`;
    const tab = (name: string) => page.getByRole('button', { name, exact: true }).click();

    beforeAll(async () => {
      opened = await openPage(browser, '?scenario=bank-money-transfer&seed=1', {
        viewport,
        colorScheme,
      });
      page = opened.page;
      await page.getByTestId('scenario-loaded').waitFor();
    });
    afterAll(async () => {
      await opened.close();
    });

    it('the timeline tab', async () => {
      await tab('Timeline');
      await page.getByRole('region', { name: 'Service metrics' }).waitFor();
      await expectAccessible(page, where('Timeline tab'));
    });

    it('the business impact analysis tab, with its results', async () => {
      await tab('Business impact analysis');
      await page
        .getByRole('table', { name: 'Business impact by disruption' })
        .waitFor({ timeout: 25_000 });
      await expectAccessible(page, where('Business impact analysis tab'));
    });

    it('the Monte Carlo tab, before and after a study', async () => {
      await tab('Monte Carlo');
      const study = page.locator('cs-mc-study');
      await study.locator('input[name=runs]').waitFor();
      await expectAccessible(page, where('Monte Carlo tab'));
      await study.locator('input[name=runs]').fill('200');
      await page.getByRole('button', { name: 'Run study' }).click();
      await page.getByTestId('mc-basis').waitFor({ timeout: 25_000 });
      await expectAccessible(page, where('Monte Carlo tab with a study'));
    });

    it('the Edit tab before editing', async () => {
      await tab('Edit');
      await page.getByRole('button', { name: 'Edit a copy of this scenario' }).waitFor();
      await expectAccessible(page, where('Edit tab, before editing'));
    });

    // every part of the scenario, each beside the YAML, the versions and my scenarios
    it.each(editorParts)('the Edit tab: %s', async (part) => {
      await tab('Edit');
      const copy = page.getByRole('button', { name: 'Edit a copy of this scenario' });
      if (await copy.isVisible()) await copy.click();
      await page.getByTestId('editor-name').waitFor();
      await page
        .getByRole('navigation', { name: 'Scenario parts' })
        .getByRole('button', { name: part, exact: true })
        .click();
      await expectAccessible(page, where(`Edit tab, ${part}`));
    });

    it('the glossary', async () => {
      await tab('Timeline');
      await page.getByRole('button', { name: 'Glossary', exact: true }).click();
      await page.getByRole('dialog', { name: 'Glossary' }).waitFor();
      try {
        await expectAccessible(page, where('Glossary'));
      } finally {
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: 'Glossary' }).waitFor({ state: 'hidden' });
      }
    });

    it('the Exercise tab before the exercise', async () => {
      await tab('Exercise');
      await page.getByRole('button', { name: 'Start the exercise' }).waitFor();
      await expectAccessible(page, where('Exercise tab'));
    });

    it('the running exercise', async () => {
      await page.getByRole('button', { name: 'Start the exercise' }).click();
      await page.getByRole('button', { name: 'End the exercise' }).waitFor();
      await expectAccessible(page, where('Exercise tab, running'));
    });

    it('the participants’ window', async () => {
      const popup = page.waitForEvent('popup');
      await page.getByRole('button', { name: 'Open the participant window' }).click();
      const team = await popup;
      try {
        await team.getByText('What you know').waitFor();
        await expectAccessible(team, where('Participant window'));
      } finally {
        await team.close();
      }
    });

    it('the after-action report, on screen and in print', async () => {
      await page.getByRole('button', { name: 'End the exercise' }).click();
      await page.getByRole('button', { name: 'Yes' }).click();
      await page.getByTestId('after-action-report').waitFor({ timeout: 20_000 });
      await expectAccessible(page, where('After-action report'));
      await page.emulateMedia({ media: 'print' });
      try {
        await expectAccessible(page, where('After-action report, printed'));
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });

    it('the guided tour, as a first visit sees it, every step', async () => {
      const first = await openPage(
        browser,
        '?scenario=bank-money-transfer',
        { viewport, colorScheme },
        true,
      );
      try {
        const tour = first.page.locator('cs-tour [role="dialog"]');
        await tour.getByText(/^Step 1 of \d+$/).waitFor();
        const steps = Number(/of (\d+)/.exec(await tour.locator('.count').innerText())?.[1]);
        for (let step = 1; step <= steps; step++) {
          await tour.getByText(`Step ${step} of ${steps}`).waitFor();
          const title = await tour.getByRole('heading').innerText();
          await expectAccessible(first.page, where(`Guided tour, step ${step} (${title})`));
          if (step < steps) await tour.getByRole('button', { name: 'Next', exact: true }).click();
        }
      } finally {
        await first.close();
      }
    }, 120_000); // one check per step of the tour
  });
});
