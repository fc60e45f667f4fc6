/**
 * The BIA heatmap by keyboard: Tab reaches it (one stop), the arrow keys reach every cell, the
 * focused cell is ringed and named with its figures, and Enter replays its disruption on the
 * timeline, as a click does.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { root } from './preview-server.ts';

const shots = join(root, 'test-results', 'e2e');

/** The focused element's aria-label and class, looking into shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      cell: el?.classList.contains('cs-cell') ?? false,
      label: el?.getAttribute('aria-label') ?? '',
      cost: el?.getAttribute('data-cost') ?? '',
    };
  });

describe('the BIA heatmap by keyboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is one Tab stop whose arrow keys reach every cell, and Enter replays the cell', async () => {
    mkdirSync(shots, { recursive: true });
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&seed=1&tab=bia',
      { viewport: { width: 1440, height: 900 } },
    );
    const cells = page.locator('svg.heatmap rect.cs-cell');
    await cells.first().waitFor({ timeout: 25_000 });
    const total = await cells.count();
    expect(total).toBeGreaterThan(100);

    // Tab from the heading before it lands on the heatmap's first cell
    await page.getByRole('heading', { name: 'Impact by the hour a disruption starts' }).click();
    let tabs = 0;
    while (!(await focused(page)).cell && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    const first = await focused(page);
    expect(first.cell, `Tab did not reach a heatmap cell in ${tabs} presses`).toBe(true);
    expect(first.label).toMatch(/, starting 00:00: EUR [\d,]+ \(\d+ min down/);

    // every cell is reached: along each row with ArrowRight, down with ArrowDown
    const seen = new Set<string>([first.label]);
    for (let rows = 0; rows < 50; rows++) {
      for (let steps = 0; steps < 24; steps++) {
        const before = (await focused(page)).label;
        await page.keyboard.press('ArrowRight');
        const after = (await focused(page)).label;
        if (after === before) break;
        seen.add(after);
      }
      await page.keyboard.press('Home');
      const before = (await focused(page)).label;
      await page.keyboard.press('ArrowDown');
      const after = (await focused(page)).label;
      if (after === before) break;
      seen.add(after);
    }
    expect(seen.size).toBe(total);

    // back to the first row's peak hour: the ring shows on it
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    const chosen = await focused(page);
    expect(chosen.label).toContain('starting 10:00');
    expect(await page.locator('svg.heatmap g.cs-focus-ring').getAttribute('display')).toBeNull();
    // look at the ring, light and dark
    const heatmap = page.locator('svg.heatmap');
    await heatmap.screenshot({ path: join(shots, 'heatmap-focus-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await heatmap.screenshot({ path: join(shots, 'heatmap-focus-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // Enter does what a click does: the cell's disruption replays on the timeline
    await page.keyboard.press('Enter');
    await page.getByRole('status', { name: 'Replay' }).waitFor();
    expect(
      await page
        .getByRole('button', { name: 'Timeline', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await expect
      .poll(async () =>
        (await page.getByTestId('injects-effect-cost').textContent())?.replace(/\D/g, ''),
      )
      .toBe(chosen.cost);
    expect(problems).toEqual([]);
    await close();
  });
});
