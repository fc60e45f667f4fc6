/**
 * The interactive simulator, as a trainer uses it: choose the bank, play, inject a database
 * failure at a chosen time, see the metrics change, share the permalink, zoom the timeline.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, runSettled, saveScreenshot } from './browser.ts';

async function metric(page: Page, testId: string): Promise<string> {
  return (
    (
      await page.getByRole('region', { name: 'Service metrics' }).getByTestId(testId).textContent()
    )?.trim() ?? ''
  );
}

describe('the interactive simulator', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('plays the bank, takes a live inject, keeps it in a permalink, and zooms', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=hospital-records', {
      viewport: { width: 1400, height: 1000 },
    });
    await page.getByTestId('scenario-loaded').waitFor();

    // Choose the bank scenario.
    await page.getByLabel('Scenario').selectOption('bank-money-transfer');
    await page.getByRole('heading', { name: 'Bank money transfer' }).waitFor();
    await page.getByLabel('Seed').fill('42');
    await page.getByLabel('Seed').press('Enter');
    await runSettled(page);

    // Play for a moment at the fastest speed, then pause.
    await page.getByLabel('Speed').selectOption({ label: '1 week/s' });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Pause' }).click();
    const played = Number(await page.getByLabel('Simulation time').inputValue());
    expect(played).toBeGreaterThan(0);

    // Move the playhead to Tuesday 2026-01-13 14:00 and fail both databases there.
    const at = Date.UTC(2026, 0, 13, 14) - Date.UTC(2026, 0, 5);
    await page.getByLabel('Simulation time').fill(String(at));
    const before = await metric(page, 'downtime');
    await page.getByLabel('Component', { exact: true }).selectOption('db-1');
    await page.getByLabel('Action').selectOption('fail');
    await page.getByRole('button', { name: 'Inject', exact: true }).click();
    await page.getByLabel('Component', { exact: true }).selectOption('db-2');
    await page.getByRole('button', { name: 'Inject', exact: true }).click();
    await page.getByRole('list', { name: 'Live injects' }).getByRole('listitem').nth(1).waitFor();
    // The run with both injects is made in a worker: the figures are read once it is shown.
    await runSettled(page);
    await expect.poll(() => metric(page, 'downtime')).not.toBe(before);
    const after = {
      downtime: await metric(page, 'downtime'),
      availability: await metric(page, 'availability'),
      cost: await metric(page, 'cost'),
    };
    const print = await page.getByTestId('trace-fingerprint').textContent();

    // Jump to the outage and look at it with its recovery window.
    await page
      .getByRole('region', { name: 'Service metrics' })
      .getByRole('row')
      .filter({ hasText: '13 Jan 14:00' })
      .click();
    const timeline = page.locator('cs-timeline-view');
    for (let i = 0; i < 8; i++) await page.keyboard.press('+');
    await saveScreenshot(page, 'outage-recovery-window');
    const range = await timeline.locator('.toolbar span').first().textContent();
    expect(range).toMatch(/2026-01-1[23]/);

    // The permalink reproduces the exact view in a new page.
    await page.waitForTimeout(400); // the URL follows changes after a short pause
    const link = page.url();
    expect(link).toContain('inject=');
    const second = await openPage(browser, link.slice(link.indexOf('?')), {
      viewport: { width: 1400, height: 1000 },
    });
    await second.page.getByTestId('scenario-loaded').waitFor();
    expect(await second.page.getByTestId('trace-fingerprint').textContent()).toBe(print);
    expect(await metric(second.page, 'downtime')).toBe(after.downtime);
    expect(await metric(second.page, 'availability')).toBe(after.availability);
    expect(await metric(second.page, 'cost')).toBe(after.cost);
    expect(await second.page.getByLabel('Simulation time').inputValue()).toBe(
      await page.getByLabel('Simulation time').inputValue(),
    );
    expect(second.problems).toEqual([]);
    await second.close();

    // Reload keeps the injects.
    await page.reload();
    await page.getByTestId('scenario-loaded').waitFor();
    expect(
      await page.getByRole('list', { name: 'Live injects' }).getByRole('listitem').count(),
    ).toBe(2);

    await page.getByRole('button', { name: 'Whole horizon' }).click();
    await saveScreenshot(page, 'main-view');
    expect(problems).toEqual([]);
    await close();
  });

  it('steps between events with the keyboard and the buttons', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&seed=1',
      { viewport: { width: 1400, height: 1000 } },
    );
    await page.getByTestId('scenario-loaded').waitFor();
    const time = page.getByLabel('Simulation time');
    expect(Number(await time.inputValue())).toBe(0);
    await page.getByRole('button', { name: 'Step forward' }).click();
    const first = Number(await time.inputValue());
    expect(first).toBeGreaterThan(0);
    await page.locator('body').press('ArrowRight');
    expect(Number(await time.inputValue())).toBeGreaterThan(first);
    await page.getByRole('button', { name: 'Step back' }).click();
    expect(Number(await time.inputValue())).toBe(first);
    // Space on a focused button presses that button; elsewhere it plays and pauses.
    await page.getByRole('heading', { name: 'Bank money transfer' }).click();
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});
