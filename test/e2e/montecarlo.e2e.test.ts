/**
 * Monte Carlo in the browser: a study on the Web Worker pool gives the very aggregate Node
 * gives for the same scenario and master seed; a long study can be cancelled; a histogram bar
 * opens its run on the timeline; variants compare on the same seeds; a sweep and a tornado
 * chart; a change to the baseline becomes a variant to compare.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStudy, studyFileText, studyScenario } from '../../src/analysis/montecarlo/index.ts';
import { fingerprint } from '../../src/core/fingerprint.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';

const bank = (() => {
  const r = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
  if (!r.ok) throw new Error('the bank scenario does not parse');
  return r.scenario;
})();

describe('the Monte Carlo view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('runs a study on the workers that equals Node’s, opens a run from a bar, and cancels a long one', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=montecarlo',
      { viewport: { width: 1400, height: 1000 } },
    );
    const study = page.locator('cs-mc-study');
    await study.locator('input[name=runs]').fill('100000');
    await study.locator('input[name=seed]').fill('e2e');
    await page.getByRole('button', { name: 'Run study' }).click();
    const progress = page.getByTestId('mc-progress');
    const text = async () => (await progress.textContent())?.replace(/\s+/g, ' ');
    await expect.poll(text).toMatch(/of 100,000 runs on \d+ workers? · about .* left/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(text).toMatch(/Cancelled after [\d,]+ of 100,000 runs/);

    await study.locator('input[name=runs]').fill('400');
    await page.getByRole('button', { name: 'Run study' }).click();
    await page.getByTestId('mc-basis').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('mc-basis').textContent()).toMatch(/400 runs · master seed e2e/);
    expect(await page.getByTestId('mc-basis').textContent()).toContain('random failures only');
    await saveScreenshot(page, 'montecarlo-study');

    // The browser's aggregate (workers, chunks) is byte for byte the file the command line
    // writes for the same study (one worker), and Node's study computed alone.
    const cli = join(mkdtempSync(join(tmpdir(), 'mc-e2e-')), 'cli.json');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download aggregate (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('montecarlo-e2e-400.json');
    const downloaded = readFileSync(await file.path(), 'utf8');
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/montecarlo.ts', 'scenarios/bank-money-transfer.yaml'].concat([
        '--runs',
        '400',
        '--seed',
        'e2e',
        '--workers',
        '1',
        '--out',
        cli,
      ]),
      { env: { ...process.env, TZ: 'UTC' }, stdio: 'ignore' },
    );
    expect(downloaded).toBe(readFileSync(cli, 'utf8'));
    expect(downloaded).toBe(studyFileText(runStudy(bank, { runs: 400, masterSeed: 'e2e' })));

    // A bar of the availability histogram opens its first run on the timeline.
    const bar = page.getByTestId('mc-availability').getByRole('button').first();
    const label = await bar.getAttribute('aria-label');
    expect(label).toMatch(/runs?/);
    await bar.click();
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    const seed = await page.getByRole('textbox', { name: 'Seed' }).inputValue();
    expect(seed).toMatch(/^e2e:run:\d+$/);
    // The run is the study's run, without the scripted injects as the study left them out:
    // the same seed gives the same run fingerprint in Node.
    await page.getByRole('status', { name: 'Injects left out' }).waitFor();
    expect(await page.getByTestId('trace-fingerprint').textContent()).toBe(
      fingerprint(simulate(studyScenario(bank, 'none'), seed)),
    );
    // The address bar follows on the next render.
    await expect.poll(() => page.url()).toContain(`seed=${seed}`);
    expect(page.url()).toContain('scripted=off');
    expect(problems).toEqual([]);
    await close();
  });

  it('compares the bank’s variants on the same seeds and shows what each change breaks', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=montecarlo',
      { viewport: { width: 1400, height: 1000 } },
    );
    // With the scripted injects (off by default): both app servers fail at 15:30 on 7 January
    // in every run, and their rebuild is slower than a 1 h RTO (after 16:00: no breach).
    await page.getByRole('switch', { name: 'Include the scripted and live injects' }).check();
    await page.getByRole('button', { name: 'Compare variants' }).click();
    const compare = page.locator('cs-mc-compare');
    await compare.locator('input[name=runs]').fill('300');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByTestId('mc-compare-basis').waitFor({ timeout: 90_000 });
    const rto = page.getByRole('region', { name: 'rto-1h' });
    expect(await rto.getByRole('row', { name: /P\(plan slower than RTO\)/ }).textContent()).toMatch(
      /100\.0 %[\s\S]*worse/,
    );
    expect(await rto.getByTestId('plans-no-longer-fit').textContent()).toContain(
      'Rebuild an app server',
    );
    const hours = page.getByRole('region', { name: 'hours-08-18' });
    expect(
      await hours.getByRole('row', { name: /Downtime in agreed hours/ }).textContent(),
    ).toMatch(/worse/);
    await page.getByTestId('mc-overlay').waitFor();
    expect(await page.getByTestId('mc-overlay-summary').textContent()).toMatch(/baseline is down/);
    await saveScreenshot(page, 'montecarlo-compare');

    // A change to the baseline becomes "Your changes", offered for comparison.
    await compare
      .locator('select[name=parameter]')
      .selectOption({ label: 'RTO of Money transfer' });
    await compare.locator('input[name=value]').fill('90m');
    await page.getByRole('button', { name: 'Add to my changes' }).click();
    await page.getByRole('status', { name: 'Variant' }).waitFor();
    await expect.poll(() => compare.getByText('Your changes').count()).toBeGreaterThan(0);
    // A bad value is refused with a reason, and changes nothing.
    await compare.locator('input[name=value]').fill('soon');
    await page.getByRole('button', { name: 'Add to my changes' }).click();
    expect(await compare.getByRole('alert').textContent()).toMatch(/duration/);
    expect(problems).toEqual([]);
    await close();
  });

  it('sweeps the RTO and draws a tornado of the inputs', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=montecarlo',
      { viewport: { width: 1400, height: 1000 } },
    );
    await page.getByRole('button', { name: 'Sensitivity' }).click();
    const view = page.locator('cs-mc-sensitivity');
    await view.locator('input[name=runs]').first().fill('60');
    await page.getByRole('button', { name: 'Run sweep' }).click();
    await page.getByTestId('mc-sweep-basis').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('mc-sweep').locator('[tabindex="0"]').count()).toBeGreaterThan(3);
    await view.locator('input[name=runs]').nth(1).fill('30');
    await page.getByRole('button', { name: 'Run tornado' }).click();
    await page.getByTestId('mc-tornado-basis').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('mc-tornado').textContent()).toContain(
      'Capacity of App server 1',
    );
    await saveScreenshot(page, 'montecarlo-sensitivity');
    expect(problems).toEqual([]);
    await close();
  });
});
