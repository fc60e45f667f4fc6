/**
 * Large and foreign files, and links over the limits, in the browser: files are decoded from
 * their bytes and read in a worker (UTF-16 read, Latin-1 refused naming the encoding, 50,000
 * keys answered with 50 warnings and a count); a link with 20,000 injects opens the scenario
 * without them and says why.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK_LINES, bankWithKeys } from '../../src/cli/large-inputs.ts';
import { BANK_TEXT } from '../../src/cli/fuzz-inputs.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';

describe('files and links at and over the limits', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens a UTF-16 file as its text and refuses a Latin-1 one, naming the encoding and the place', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=ecommerce-checkout');
    await page.getByTestId('scenario-loaded').waitFor();
    const zurich = BANK_TEXT.replace('name: Bank money transfer', 'name: Zürich transfers');
    const input = page.locator('cs-scenario-header input[type=file]');
    await input.setInputFiles({
      name: 'zurich-utf16.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(zurich, 'utf16le').swap16()]),
    });
    await page.getByRole('heading', { name: 'Zürich transfers' }).waitFor();

    await input.setInputFiles({
      name: 'zurich-latin1.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(zurich, 'latin1'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Could not open zurich-latin1.yaml; the current scenario is unchanged');
    expect(text).toContain('zurich-latin1.yaml:3:8 error (file): the file is not valid UTF-8');
    expect(text).toContain('Latin-1 (ISO-8859-1) or Windows-1252');
    expect(await page.getByRole('heading', { name: 'Zürich transfers' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('opens a file of 50,000 unknown keys: it loads, with 50 warnings at their lines and a count of the rest', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=ecommerce-checkout');
    await page.getByTestId('scenario-loaded').waitFor();
    await page.locator('cs-scenario-header input[type=file]').setInputFiles({
      name: 'keys.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(bankWithKeys(50_000)),
    });
    await page.getByRole('heading', { name: 'Bank money transfer' }).waitFor();
    const warnings = page.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
    expect(await warnings.count()).toBe(51);
    expect(await warnings.first().textContent()).toBe(
      `keys.yaml:${BANK_LINES + 1}:1 warning k0: unknown key "k0" is ignored. Hint: did you mean at?`,
    );
    expect(await warnings.last().textContent()).toContain('49950 more issue(s) not shown');
    expect(problems).toEqual([]);
    await close();
  });

  it('imports into the editor through the worker, and refuses a repeated key deep in a large file at its line', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
      viewport: { width: 1400, height: 1000 },
    });
    await page.getByTestId('scenario-loaded').waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
    await page.getByTestId('editor-name').waitFor();
    await page.locator('cs-editor-view input[type=file]').setInputFiles({
      name: 'dup.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(bankWithKeys(30_000, 12)),
    });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain(
      `dup.yaml:${BANK_LINES + 30_001}:1 error (file): a key appears twice in the same mapping: "k12" (first at line ${BANK_LINES + 13}, column 1)`,
    );
    await saveScreenshot(page, 'import-repeated-key');
    expect(problems).toEqual([]);
    await close();
  });

  it('a link with 20,000 injects opens the scenario without them and says why', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer');
    await page.getByTestId('scenario-loaded').waitFor();
    // The link is 600 kB: Chromium takes it, the preview server's 16 kB request line does not,
    // so the page is served for it from here (as any static host with longer URLs would).
    const html = await (await page.request.get(page.url())).text();
    await page.route(/inject=/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: html }),
    );
    const injects = Array.from({ length: 20_000 }, (_, i) => `inject=fail:db-1@%2B${i + 1}m`);
    await page.goto(
      `${page.url().split('?')[0]}?scenario=bank-money-transfer&seed=5&${injects.join('&')}`,
    );
    await page.getByTestId('scenario-loaded').waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'Link:' });
    expect(await notice.textContent()).toContain(
      'Link: the link carries 20,000 injects; a scenario may have at most 10,000, so none of them was applied (the scenario opens without them)',
    );
    expect(await page.getByLabel('Seed').inputValue()).toBe('5');
    expect(problems).toEqual([]);
    await close();
  });
});
