/**
 * Exports (timeline as SVG and PNG, trace as JSON and CSV), the Content-Security-Policy, the
 * service picker, and opening a bad file (the current scenario stays).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, runSettled } from './browser.ts';

async function exported(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByLabel('Export').selectOption({ label }),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('the simulator page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('exports the timeline as SVG and PNG and the trace as JSON and CSV', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&seed=5',
      { acceptDownloads: true, viewport: { width: 1400, height: 1000 } },
    );
    await page.getByTestId('scenario-loaded').waitFor();
    const json = await exported(page, 'Trace as JSON');
    expect(json.name).toBe('bank-money-transfer-seed-5-trace.json');
    const trace = JSON.parse(json.bytes.toString('utf8')) as { seed: string; events: unknown[] };
    expect(trace.seed).toBe('5');
    const csv = await exported(page, 'Trace as CSV');
    const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,local_time,type,subject,from,to,cause,detail');
    expect(lines).toHaveLength(trace.events.length + 1);
    const svg = await exported(page, 'Timeline as SVG');
    expect(svg.bytes.toString('utf8')).toMatch(
      /^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
    const png = await exported(page, 'Timeline as PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(problems).toEqual([]);
    await close();
  });

  it('runs under a Content-Security-Policy that allows no inline script and no eval', async () => {
    const { page, close } = await openPage(browser, '?scenario=bank-money-transfer');
    await page.getByTestId('scenario-loaded').waitFor();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // An injected inline script is refused (and reported as a violation), so it never runs.
    const outcome = await page.evaluate(`new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve('refused: ' + e.violatedDirective), { once: true });
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      setTimeout(() => resolve(window.__inlineRan ? 'ran' : 'did not run'), 500);
    })`);
    expect(outcome).toMatch(/^refused: script-src/);
    await close();
  });

  it('loads, parses and runs a scenario without a single CSP violation (zod runs without its eval probe)', async () => {
    const { page, problems, close } = await openPage(browser);
    // From the first script on: the listener is in place before the app's modules run.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    for (const path of ['?scenario=bank-money-transfer', '?scenario=hospital-records&tab=bia']) {
      await page.goto(new URL(path, page.url()).href);
      await page.getByTestId('scenario-loaded').waitFor();
      // The run is made in a worker: let it finish, so leaving the page aborts no request.
      await runSettled(page);
      // The editor parses on every change, and the schema is built when first used.
      await page.waitForTimeout(300);
      expect(await page.evaluate('window.__violations')).toEqual([]);
    }
    expect(problems.filter((p) => /eval|Content Security Policy/i.test(p))).toEqual([]);
    // Leaving a page aborts what it was still loading (a worker's script on a busy machine):
    // openPage does not count that as a problem of the page; anything else is one.
    expect(problems).toEqual([]);
    await close();
  });

  it('switches services, lists every component at the playhead, and keeps the scenario when a bad file is opened', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=ecommerce-checkout', {
      viewport: { width: 1400, height: 1000 },
    });
    await page.getByTestId('scenario-loaded').waitFor();
    await page.getByLabel('Service', { exact: true }).selectOption({ label: 'Catalogue browsing' });
    await page
      .getByRole('region', { name: 'Service metrics' })
      .getByRole('heading', { name: 'Catalogue browsing' })
      .waitFor();
    const components = page.getByRole('table', { name: 'Components at the playhead' });
    await page.getByText('Every component at the playhead').click();
    // The shop's 12 components (its edge is an active/standby pair) and the header row.
    expect(await components.getByRole('row').count()).toBe(12 + 1);

    await page.locator('cs-scenario-header input[type=file]').setInputFiles({
      name: 'broken.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('schema: continuity-scenario/2\nname: Broken\nhorizon: soon\n'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Could not open broken.yaml; the current scenario is unchanged',
    );
    expect(await alert.textContent()).toMatch(/broken\.yaml:3:\d+ error horizon/);
    expect(await page.getByRole('heading', { name: 'E-commerce checkout' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});
