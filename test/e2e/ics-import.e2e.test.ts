/**
 * Importing an iCalendar file in Chromium: a planner editing a copy of the bank picks a
 * calendar of closures with the keyboard, checks the preview of the days it changes, applies
 * it, finds the exceptions in the YAML, and takes it all back with one Undo. A broken calendar
 * dropped on the import is refused with its line, and the scenario stays as it was.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

describe('Import .ics… in the editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('previews, applies and undoes a calendar of closures; refuses a broken one', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
      viewport: { width: 1024, height: 900 },
    });
    // Intercept file choosers from the start (turning it on races a quick key press).
    page.on('filechooser', () => undefined);
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
    await page.getByTestId('editor-name').waitFor();
    await page.getByRole('button', { name: 'Scenario & hours' }).click();
    const yaml = () =>
      page.locator('cs-yaml-editor').evaluate((el) => (el as HTMLElement & { text: string }).text);
    const before = await yaml();

    // The keyboard reaches Import .ics…; Enter opens the file chooser.
    const pick = page.getByRole('button', { name: 'Import .ics…' });
    await pick.focus();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(join(root, 'test/fixtures/ics/bank-closures.ics'));

    const preview = page.getByTestId('ics-preview');
    await preview.waitFor();
    expect(await preview.locator('.summary').textContent()).toBe(
      '4 days change, written as 4 exceptions. 2 dates already have your own exception: kept.',
    );
    const rows = preview
      .getByRole('table', { name: 'Days the import changes' })
      .locator('tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await rows.nth(3).locator('td').allInnerTexts()).toEqual([
      '2026-12-24',
      'Thu',
      '09:00-14:00', // Hesse's holidays close the bank from 14:00 on Christmas Eve
      'closed',
      'Christmas closure',
      'new exception',
    ]);
    // Nothing is written before Apply.
    expect(await yaml()).toBe(before);
    await saveScreenshot(page, 'ics-import-preview');

    await preview.getByRole('button', { name: 'Apply: 4 exceptions' }).click();
    await expect
      .poll(yaml)
      .toContain(
        '    - { date: 2026-12-24, closed: true, note: Christmas closure }\n    - { date: 2026-12-25, closed: true, note: Christmas Day }',
      );
    expect(await yaml()).toContain(
      '  exceptions:\n    - { date: 2026-01-07, hours: "09:00-14:00, 15:00-16:00", note: Maintenance window }',
    );
    await expect
      .poll(() => page.getByTestId('save-status').textContent())
      .toContain('All changes saved');
    // The form's exceptions table shows the new entries too.
    await expect
      .poll(() =>
        page.getByRole('textbox', { name: 'Note of the exception on 2026-12-24' }).inputValue(),
      )
      .toBe('Christmas closure');

    // One Undo takes the whole import back.
    const undo = page.getByRole('button', { name: /^Undo/ });
    expect(await undo.textContent()).toContain('Import bank-closures.ics');
    await undo.click();
    await expect.poll(yaml).toBe(before);

    // A broken calendar dropped on the import is refused at its line; nothing changes.
    const dropped = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      const text =
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20261345\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
      data.items.add(new File([text], 'broken.ics', { type: 'text/calendar' }));
      return data;
    });
    await page.locator('cs-ics-import .ics').dispatchEvent('drop', { dataTransfer: dropped });
    const refused = page.getByTestId('ics-errors');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      'broken.ics line 5: DTSTART "20261345" is not a date: there is no month 13.',
    );
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    expect(await yaml()).toBe(before);
    // Dropped anywhere else in the editor, a calendar is not read as a scenario: the editor
    // points to its import instead.
    await page
      .getByRole('region', { name: 'Scenario editor' })
      .dispatchEvent('drop', { dataTransfer: dropped });
    expect(await page.getByTestId('import-errors').textContent()).toContain(
      'broken.ics is an iCalendar file, not a scenario: use Import .ics… under Exceptions',
    );
    expect(await yaml()).toBe(before);
    expect(problems).toEqual([]);
    await close();
  });
});
