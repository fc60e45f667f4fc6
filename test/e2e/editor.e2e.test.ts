/**
 * The scenario editor in Chromium: a planner edits a copy of the bank, shortens a recovery
 * step in the form and sees the outage and metrics change; the edit survives a reload; a
 * malformed import is refused with its errors and the scenario stays; an older version is
 * restored.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

const metrics = async (page: Page) => ({
  downtimeOutside: await page.getByTestId('downtime-outside').textContent(),
  fingerprint: await page.getByTestId('trace-fingerprint').textContent(),
});

describe('the scenario editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('edits a step in the form, keeps it over a reload, refuses a bad import and restores a version', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
      viewport: { width: 1400, height: 1000 },
    });
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    const before = await metrics(page);

    // A copy of the bundled scenario becomes the planner's own, stored in this browser.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
    await page.getByTestId('editor-name').waitFor();
    await expect.poll(() => page.url()).toMatch(/scenario=my(:|%3A)/);

    // A save point before the change, with a note.
    const versions = page.locator('cs-versions-panel');
    await versions.getByRole('textbox').first().fill('before the rebuild drill');
    await versions.getByRole('button', { name: 'Save version' }).click();
    await versions.getByText('before the rebuild drill').first().waitFor();

    // Shorten "Provision a new VM" (app server rebuild) in the form.
    await page.getByRole('button', { name: 'Recovery plans' }).click();
    const provision = page.getByRole('textbox', { name: 'Duration of Provision a new VM' });
    await provision.fill('5m');
    await provision.press('Enter');
    await provision.blur();
    // The YAML beside the form has the edit, on the same line, comments and all.
    const yaml = () =>
      page.locator('cs-yaml-editor').evaluate((el) => (el as HTMLElement & { text: string }).text);
    await expect.poll(yaml).toContain('duration: 5m, owner: platform-team');
    expect(await yaml()).toContain('# a Monday, local time in Frankfurt');
    await expect
      .poll(() => page.getByTestId('save-status').textContent())
      .toContain('All changes saved');
    // Beside the editor, the year's figures follow the edit against the run when it was opened.
    const outside = page
      .getByTestId('edit-effect')
      .locator('td[data-figure="Down outside agreed hours"]')
      .first();
    await expect.poll(() => outside.textContent()).toMatch(/▲ better, was/);
    await saveScreenshot(page, 'editor');

    // The timeline and metrics follow the edit: the app servers' outage (Wednesday 15:30, at the
    // end of agreed hours) ends sooner, so less of it falls outside agreed hours.
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    const after = await metrics(page);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.downtimeOutside).not.toBe(before.downtimeOutside);

    // A reload finds the edit.
    await page.reload();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Recovery plans' }).click();
    await expect
      .poll(() =>
        page.getByRole('textbox', { name: 'Duration of Provision a new VM' }).inputValue(),
      )
      .toBe('5m');

    // A malformed file is refused with its errors; the scenario is untouched.
    const dir = join(root, 'test-results', 'e2e');
    mkdirSync(dir, { recursive: true });
    const bad = join(dir, 'malformed.yaml');
    writeFileSync(bad, 'schema: continuity-scenario/2\nname: Broken\nhorizon: soon\nservices: [\n');
    await page.locator('cs-editor-view input[type=file]').setInputFiles(bad);
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('malformed.yaml');
    expect(await page.getByTestId('editor-name').textContent()).toBe('Bank money transfer');
    expect(
      await page.getByRole('textbox', { name: 'Duration of Provision a new VM' }).inputValue(),
    ).toBe('5m');

    // Restore the version saved before the change.
    await versions
      .getByRole('button', { name: /^Restore the version of/ })
      .last()
      .click();
    await versions
      .getByRole('group', { name: 'Confirm restore' })
      .getByRole('button', { name: 'Restore' })
      .click();
    await expect
      .poll(() =>
        page.getByRole('textbox', { name: 'Duration of Provision a new VM' }).inputValue(),
      )
      .toBe('30m-1h');
    await page.getByRole('button', { name: 'Timeline' }).click();
    await expect
      .poll(() => page.getByTestId('trace-fingerprint').textContent())
      .toBe(before.fingerprint);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});
