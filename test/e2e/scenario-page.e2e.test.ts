import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

const scenarioIds = readdirSync(join(root, 'scenarios'))
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .map((name) => name.replace(/\.(ya?ml|json)$/, ''));

describe('the scenario page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the bank scenario by default, with no console errors or failed requests', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.getByRole('heading', { name: 'Bank money transfer' }).waitFor();
    // The heading comes at once; the run (made in a worker) a moment later.
    await page.getByTestId('scenario-loaded').waitFor();
    const metrics = page.getByRole('region', { name: 'Service metrics' });
    expect(await metrics.getByRole('heading', { name: 'Money transfer' }).isVisible()).toBe(true);
    expect(await page.getByTestId('scenario-loaded').isVisible()).toBe(true);
    await saveScreenshot(page, 'home');
    expect(problems).toEqual([]);
    await close();
  });

  it('renders in the dark theme too', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
      colorScheme: 'dark',
    });
    await page.getByTestId('scenario-loaded').waitFor();
    await saveScreenshot(page, 'home-dark');
    expect(problems).toEqual([]);
    await close();
  });

  it('?scenario=does-not-exist lists the scenarios that do exist', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=does-not-exist');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('does-not-exist');
    expect(await alert.getByRole('link', { name: 'bank-money-transfer' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'not-found');
    expect(problems).toEqual([]);
    await close();
  });

  it.each(scenarioIds)(
    '?scenario=%s shows that bundled scenario with no console errors',
    async (id) => {
      const { page, problems, close } = await openPage(browser, `?scenario=${id}`);
      await page.getByTestId('scenario-loaded').waitFor();
      expect(problems).toEqual([]);
      await close();
    },
  );
});
