/**
 * Exercise mode in Chromium: a facilitator runs the bank's bundled exercise with scripted
 * decisions, the participants' window follows without spoilers, the after-action report shows
 * the decisions and the RTO verdict, and prints to PDF. Then the guided first run and the
 * glossary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterActionReport, type AfterActionReport } from '../../src/exercise/report.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

describe('exercise mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('runs the bundled exercise with scripted decisions and prints the after-action report', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=exercise',
      { viewport: { width: 1400, height: 1000 } },
    );
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    const status = page.getByTestId('exercise-status');
    await expect.poll(() => status.textContent()).toContain('Running');
    // It runs on behind another tab.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('button', { name: 'Exercise', exact: true }).click();
    expect(await status.textContent()).toContain('Running');

    // The participants' window follows over a BroadcastChannel and shows nothing to come.
    const participants = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open the participant window' }).click();
    const team = await participants;
    await team.getByTestId('participant-clock').waitFor();
    await team.getByText('What you know').waitFor();

    // Fast-forward to the service desk's call: the invocation decision opens.
    await page.getByRole('combobox', { name: /Pace/ }).selectOption('600');
    const decision = page.locator('[data-decision="invocation"]');
    await decision.waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => team.getByRole('timer').count()).toBe(1);
    await team.getByText(/service desk reports transfer timeouts/).waitFor();
    // no spoilers: the regulator's call (on demand, not released) is not shown to the team
    expect(await team.getByText(/regulator/).count()).toBe(0);
    expect(await page.getByText(/regulator/).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'exercise-facilitator');
    await saveScreenshot(team, 'exercise-participant');

    // The team chooses in its window; the facilitator sees it come in.
    await team.getByRole('button', { name: 'Diagnose for 45 minutes first, then invoke' }).click();
    await page.getByText('(from the participant window)').waitFor();
    await team.close();

    // The facilitator releases the regulator's call on demand, then ends the exercise.
    await page.getByRole('button', { name: 'Release now: inject 5' }).click();
    await page.getByRole('button', { name: 'End the exercise' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    const report = page.getByTestId('after-action-report');
    await report.waitFor({ timeout: 20_000 });
    await expect.poll(() => status.textContent()).toContain('Ended');

    const decisions = await page.getByTestId('decisions').innerText();
    expect(decisions).toContain('Diagnose for 45 minutes first, then invoke');
    expect(decisions).toMatch(/\d+ min of 15 min/);
    expect(await page.getByTestId('rto-verdict').innerText()).toMatch(/breached by \d/);
    expect(await page.getByTestId('report-timeline').innerText()).toContain('regulator');
    await page
      .getByRole('textbox', { name: "Facilitator's notes" })
      .fill('Nobody knew who may invoke the plan; the replica was corrupted too.');

    // The report survives a reload (kept in this browser), notes included.
    await page.reload();
    await report.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.getByRole('textbox', { name: "Facilitator's notes" }).inputValue())
      .toContain('Nobody knew who may invoke');

    // JSON export.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const file = await download;
    const json = JSON.parse(readFileSync(await file.path(), 'utf8')) as AfterActionReport;
    expect(json.format).toBe('continuity-after-action/1');
    // Replayed in Node from its seed and log, the exercise gives the browser's run exactly.
    const parsed = parseScenario(
      readFileSync(join(root, 'scenarios/bank-money-transfer.yaml'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('the bank scenario does not parse');
    const replay = afterActionReport({
      scenario: parsed.scenario,
      seed: json.seed,
      log: json.log,
      findings: [],
    });
    expect(replay.fingerprints).toEqual(json.fingerprints);
    expect(json.decisions[0]?.option).toBe('diagnose');
    expect(json.notes).toContain('Nobody knew');

    // Print to PDF: only the report, on its own pages.
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, 'exercise-report-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pdfPath = join(root, 'test-results', 'e2e', 'after-action-report.pdf');
    writeFileSync(pdfPath, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await close();
  });

  it("marks the planner's own scenario as exercised when its exercise ends", async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
      viewport: { width: 1400, height: 1000 },
    });
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
    await page.getByTestId('editor-name').waitFor();
    await page.getByRole('button', { name: 'Exercise', exact: true }).click();
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    await page.getByRole('button', { name: 'End the exercise' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('Marked as exercised: Month-end database corruption').waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page
      .getByText(/Last exercised/)
      .first()
      .waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('greets a first visit with the guided tour, and opens the glossary from a term', async () => {
    // the address `npm start` prints
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer',
      { viewport: { width: 1300, height: 900 } },
      true,
    );
    const tour = page.getByRole('dialog', { name: /Welcome/ });
    await tour.waitFor();
    for (const title of ['Agreed service hours', 'RTO', 'MTPD', 'MBCO', 'RPO', 'Redundancy']) {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('dialog', { name: new RegExp(title) }).waitFor();
    }
    await saveScreenshot(page, 'tour-redundancy');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('dialog', { name: /Business impact/ }).waitFor();
    await page.locator('cs-bia-view').waitFor();
    await page.getByRole('button', { name: 'Skip tour' }).click();

    // The glossary, from a term's popover.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.locator('cs-metrics-panel cs-term').first().click();
    await page.getByRole('button', { name: 'More in the glossary' }).first().click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await glossary.waitFor();
    expect(await glossary.innerText()).toContain('Agreed service hours');
    await saveScreenshot(page, 'glossary');
    await page.keyboard.press('Escape');

    // Skipped once, the tour does not greet the next visit.
    await page.goto(page.url().replace(/\?.*$/, ''));
    await page.getByTestId('scenario-loaded').waitFor();
    expect(await page.getByRole('dialog', { name: /Welcome/ }).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
