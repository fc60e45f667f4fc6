/**
 * The continuity plan in the browser: the Continuity plan tab shows the document for the
 * service or all services; Export Markdown downloads the same text as `npm run plan` for the
 * same file and date; Print the continuity plan prints the plan alone on A4 pages (checked in
 * the PDF Chromium makes, and looked at as the print-media page).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_TITLES } from '../../src/analysis/plan-document/index.ts';
import { runCli } from '../support/cli.ts';
import { expectAccessible } from './axe.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

/** The PDF's bytes with every compressed stream inflated: where page objects and outline titles are. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts = [raw];
  const streams = /stream\r?\n/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a Flate stream (an image, a font program): nothing to read
    }
  }
  return parts.join('\n');
}

/** Whether the PDF holds `text` as a string (an outline title): literal or UTF-16BE hex. */
function pdfHasString(text: string, pdf: string): boolean {
  const hex = Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
  return pdf.includes(`(${text}`) || pdf.toUpperCase().includes(hex);
}

async function openPlan(page: Page): Promise<void> {
  await page.getByTestId('scenario-loaded').waitFor();
  await page.getByRole('button', { name: 'Continuity plan', exact: true }).click();
  await page
    .getByRole('button', { name: 'Export Markdown' })
    .and(page.locator(':enabled'))
    .waitFor({ timeout: 30_000 });
}

describe('the continuity plan document', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('exports the same Markdown as npm run plan, from the keyboard, and says so', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
      viewport: { width: 1440, height: 1000 },
    });
    await openPlan(page);
    const article = page.getByRole('article', { name: 'Continuity plan: Money transfer' });
    await article.waitFor();
    const today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    const exportButton = page.getByRole('button', { name: 'Export Markdown' });
    await exportButton.focus();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe(`Continuity plan - Money transfer ${today}.md`);
    const exported = readFileSync(await download.path(), 'utf8');
    const cli = runCli(
      'plan',
      'scenarios/bank-money-transfer.yaml',
      '--service',
      'transfers',
      '--date',
      today,
    );
    expect(cli.code).toBe(0);
    expect(exported).toBe(cli.stdout);
    await expect
      .poll(() => page.getByTestId('plan-status').textContent())
      .toContain(
        `Exported the continuity plan: Money transfer as Markdown: Continuity plan - Money transfer ${today}.md`,
      );

    // every service: the scenario's name, the same text as the CLI without --service
    await page.getByRole('radio', { name: 'All services' }).check();
    await page.getByRole('article', { name: 'Continuity plan: Bank money transfer' }).waitFor();
    const [all] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    const cliAll = runCli('plan', 'scenarios/bank-money-transfer.yaml', '--date', today);
    expect(readFileSync(await all.path(), 'utf8')).toBe(cliAll.stdout);
    expect(problems).toEqual([]);
    await close();
  }, 90_000);

  it('prints the plan alone on several A4 pages with every section, and looks right on screen', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
      viewport: { width: 1440, height: 1000 },
    });
    await openPlan(page);
    await saveScreenshot(page, 'plan-tab-1440-light');

    // the button prints (the dialog itself is the browser's: recorded here instead)
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print the continuity plan' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect
      .poll(() => page.getByTestId('plan-status').textContent())
      .toContain('Printing the continuity plan');

    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
    });
    writeFileSync(join(root, 'test-results', 'e2e', 'continuity-plan.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    const pages = text.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(8);
    for (const [i, title] of SECTION_TITLES.entries())
      expect(pdfHasString(`${i + 1}. ${title}`, text), title).toBe(true);
    expect(pdfHasString('7.3 Rebuild the lost database node', text)).toBe(true);

    // What prints: the plan alone, no app chrome.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('cs-app').isVisible()).toBe(false);
    const printed = page.locator('#cs-plan-print');
    expect(await printed.isVisible()).toBe(true);
    const words = (await printed.innerText()).replace(/\s+/g, ' ');
    for (const [i, title] of SECTION_TITLES.entries())
      expect(words).toContain(`${i + 1}. ${title}`);
    expect(words).toContain('Database administrators');
    expect(words).toContain('overdue for review');
    await saveScreenshot(page, 'plan-print');
    // page by page as on paper: A4's printable width at 96 dpi, one picture per section
    await page.setViewportSize({ width: 720, height: 1000 });
    const sections = printed.locator('section.plan-section');
    expect(await sections.count()).toBe(SECTION_TITLES.length);
    for (let i = 0; i < SECTION_TITLES.length; i++)
      await sections
        .nth(i)
        .screenshot({ path: join(root, 'test-results', 'e2e', `plan-print-section-${i + 1}.png`) });
    await page.emulateMedia({ media: 'screen' });
    expect(await printed.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await close();
  }, 90_000);

  it('reads at 1024 px and in the dark theme', async () => {
    for (const [width, scheme] of [
      [1024, 'light'],
      [1024, 'dark'],
      [1440, 'dark'],
    ] as const) {
      const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
        viewport: { width, height: 900 },
        colorScheme: scheme,
      });
      await openPlan(page);
      await saveScreenshot(page, `plan-tab-${width}-${scheme}`);
      await expectAccessible(page, `Continuity plan tab (${scheme} theme, ${width} px)`);
      // what one sees on opening the tab: the controls and the document's start
      await page
        .getByRole('heading', { name: 'Continuity plan', exact: true })
        .scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(root, 'test-results', 'e2e', `plan-tab-${width}-${scheme}-view.png`),
      });
      expect(problems).toEqual([]);
      await close();
    }
  }, 120_000);

  it("prints the planner's own scenario with its exercises and versions, and My scenarios flags its plans", async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
      viewport: { width: 1440, height: 1000 },
    });
    await page.getByTestId('scenario-loaded').waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
    await page.getByTestId('editor-name').waitFor();
    const versions = page.locator('cs-versions-panel');
    await versions.getByRole('textbox').first().fill('plans reviewed with the business');
    await versions.getByRole('button', { name: 'Save version' }).click();
    await versions.getByText('plans reviewed with the business').first().waitFor();
    await versions.getByRole('textbox', { name: 'Exercise' }).fill('December tabletop');
    await versions.getByRole('button', { name: 'Mark as exercised' }).click();
    await versions.getByText(/Marked as exercised/).waitFor();

    // My scenarios: the bank's review dates are all more than a cycle ago by now
    const flags = page
      .locator('cs-library-panel')
      .getByRole('list', { name: /^Plans to review in / });
    await flags.waitFor();
    // marked as exercised today: the panel reads the mark at once, no plan is left unexercised
    await expect.poll(() => flags.innerText()).not.toContain('not exercised');
    expect(await flags.innerText()).toMatch(
      /Repair the failed load balancer: overdue for review \(due 2025-11-28\)/,
    );
    await page.locator('cs-library-panel').screenshot({
      path: join(root, 'test-results', 'e2e', 'plan-library-flags.png'),
    });

    await openPlan(page);
    const article = page.getByRole('article', { name: 'Continuity plan: Money transfer' });
    const exercises = article.getByRole('region', { name: '8. Exercise history' });
    await expect.poll(() => exercises.innerText()).toContain('December tabletop');
    const history = article.getByRole('region', { name: '9. Version history' });
    expect(await history.innerText()).toContain('plans reviewed with the business');
    // exercised today: within every plan's cycle, so only the reviews are overdue
    const review = await article.getByRole('region', { name: '10. Review cycle' }).innerText();
    expect(review).not.toContain('not exercised within the cycle (');
    expect(review).toContain('overdue for review');
    await exercises.screenshot({ path: join(root, 'test-results', 'e2e', 'plan-history.png') });
    expect(problems).toEqual([]);
    await close();
  }, 90_000);
});
