/**
 * The business impact analysis in the browser: it runs in a worker, lists SPOFs, findings and
 * disruptions; a disruption replays on the timeline; a suggested change becomes a variant; the
 * report prints to PDF.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

describe('the business impact analysis view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('analyses the bank, replays a disruption on the timeline, tries a suggested change, and prints', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&seed=1',
      { viewport: { width: 1400, height: 1000 } },
    );
    await page.getByTestId('scenario-loaded').waitFor();
    await page.getByRole('button', { name: 'Business impact analysis' }).click();
    const table = page.getByRole('table', { name: 'Business impact by disruption' });
    await table.waitFor({ timeout: 20_000 });

    // The seed's questions: both app servers down is an outage; losing the primary database
    // costs the replica's promotion (15 min at the likely end), losing the replica nothing.
    const both = table.getByRole('row').filter({ hasText: 'App server 1 and App server 2 fail' });
    expect(await both.getByRole('cell').nth(2).textContent()).not.toMatch(/^\s*0 min\s*$/);
    const db1 = table.getByRole('row').filter({ hasText: /^\s*Database 1 \(primary\) fails/ });
    expect(await db1.getByRole('cell').nth(2).textContent()).toMatch(/^\s*15 min\s*$/);
    const db2 = table.getByRole('row').filter({ hasText: /^\s*Database 2 \(replica\) fails/ });
    expect(await db2.getByRole('cell').nth(2).textContent()).toMatch(/^\s*0 min\s*$/);
    // The load balancers and the databases are standby pairs.
    expect(
      await page.getByRole('region', { name: /Single points of failure/ }).textContent(),
    ).toContain('None');
    await saveScreenshot(page, 'bia');

    // Print the report to PDF (the print stylesheet hides the controls).
    mkdirSync(join(root, 'test-results', 'e2e'), { recursive: true });
    const pdf = await page.pdf({
      path: join(root, 'test-results', 'e2e', 'bia-report.pdf'),
      format: 'A4',
      printBackground: true,
    });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // A suggested change becomes a variant in one action, kept in the link.
    await page.getByRole('button', { name: 'Try this change' }).first().click();
    await page.getByRole('status', { name: 'Variant' }).waitFor();
    await expect.poll(() => page.url()).toContain('edit=');

    // Replay the costliest disruption on the timeline: it shows the row's cost.
    const costliest = table.getByRole('row').nth(1);
    const cost = (await costliest.getByRole('cell').nth(6).textContent({ timeout: 20_000 }))!;
    await costliest.getByRole('button', { name: 'Replay' }).click();
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    expect(
      await page.getByRole('list', { name: 'Live injects' }).getByRole('listitem').count(),
    ).toBeGreaterThan(0);
    await page.getByRole('status', { name: 'Replay' }).waitFor();
    expect(await page.getByTestId('injects-effect-cost').textContent()).toBe(cost.trim());
    await expect.poll(() => page.url()).toContain('replay=likely');
    expect(problems).toEqual([]);
    await close();
  }, 60_000);
});
