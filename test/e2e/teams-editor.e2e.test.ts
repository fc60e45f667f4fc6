/**
 * The Teams part of the Edit tab in Chromium: a planner adds a team with the keyboard, gives it
 * a call-out, makes a recovery step its own and sees the parser's warning about an owner that
 * names no team disappear and come back; undo brings every edit back. The part, with a contact,
 * and the services' and plans' new fields are then checked for clipped controls and axe
 * violations at 1024, 1440 and 1920 px, light and dark, with screenshots.
 */
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectAccessible } from './axe.ts';
import { launchBrowser, openPage, runSettled, saveScreenshot, type OpenedPage } from './browser.ts';
import { clippedControls } from './clipping.ts';
import { root } from './preview-server.ts';

/** A screenshot of one element, to look at closely: `test-results/e2e/<name>.png`. */
const shoot = (locator: Locator, name: string) =>
  locator.screenshot({ path: join(root, 'test-results', 'e2e', `${name}.png`) });

const yaml = (page: Page) =>
  page.locator('cs-yaml-editor').evaluate((el) => (el as HTMLElement & { text: string }).text);

/** The file's team `id` as plain data (the layout of the text is the document layer's). */
const teamInFile = async (page: Page, id: string): Promise<Record<string, unknown> | undefined> => {
  const data = parse(await yaml(page)) as { teams?: Record<string, unknown>[] };
  return data.teams?.find((t) => t['id'] === id);
};

const part = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Scenario parts' })
    .getByRole('button', { name, exact: true })
    .click();

/** The text of the issues that describe a control (its aria-describedby), or ''. */
const describedBy = (control: Locator) =>
  control.evaluate((el) => {
    const id = el.getAttribute('aria-describedby');
    if (!id) return '';
    return (el.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '';
  });

/** The note under an owner input (the team's name, or "Not a team"), or ''. */
const ownerNote = (owner: Locator) =>
  owner.evaluate((el) => el.closest('td')?.querySelector('.owner-note')?.textContent ?? '');

describe('the Teams part of the editor', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, '?scenario=bank-money-transfer', {
      viewport: { width: 1440, height: 1000 },
    });
    page = opened.page;
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
    await page.getByTestId('editor-name').waitFor();
  });
  afterAll(async () => {
    await opened.close();
    await browser.close();
  });

  it('adds a team, makes a step its own, sets its call-out, and undoes', async () => {
    await part(page, 'Teams');
    const teams = page.locator('cs-teams-section article.team');
    const before = await teams.count();

    // The keyboard alone: Add team, type the name, Tab to the id, type it, Tab away.
    await page.getByRole('button', { name: 'Add team' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => teams.count()).toBe(before + 1);
    const team = teams.last();
    const name = team.getByRole('textbox', { name: 'Name', exact: true });
    await expect
      .poll(() => name.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    await runSettled(page);
    await page.keyboard.type('Night DBAs');
    await page.keyboard.press('Tab');
    await expect.poll(() => yaml(page)).toMatch(/name: Night DBAs\b/);
    await runSettled(page);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('night-dba');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => teamInFile(page, 'night-dba'))
      .toMatchObject({ name: 'Night DBAs', size: 1, callOut: '30m-1h' });
    await expect.poll(() => team.locator('h3').textContent()).toBe('Night DBAs');

    // The call-out, as the steps' durations take it; a bad one shows the parser's message.
    const callOut = page.getByRole('textbox', { name: 'Call-out of Night DBAs', exact: true });
    // The run the edit started redraws the form: typing waits for it, as a person's does.
    await runSettled(page);
    await callOut.fill('45m');
    await callOut.press('Tab');
    await expect.poll(async () => (await teamInFile(page, 'night-dba'))?.['callOut']).toBe('45m');
    await runSettled(page);
    await callOut.fill('soon');
    await callOut.press('Tab');
    await expect.poll(() => callOut.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(callOut)).toContain('soon');
    await page.getByRole('button', { name: 'Undo: Call-out of team Night DBAs' }).click();
    await expect.poll(async () => (await teamInFile(page, 'night-dba'))?.['callOut']).toBe('45m');
    await expect.poll(() => callOut.getAttribute('aria-invalid')).toBe('false');
    expect(await callOut.inputValue()).toBe('45m');

    // A step whose owner names no team is warned about; owned by the team, it is not.
    await part(page, 'Recovery plans');
    const owner = page.getByRole('combobox', { name: 'Owner of Assess the failure' });
    await runSettled(page);
    await owner.fill('facilities');
    await owner.press('Enter');
    await owner.blur();
    await expect
      .poll(() => describedBy(owner))
      .toContain('owner "facilities" names no declared team');
    await runSettled(page);
    await owner.fill('night-dba');
    await owner.press('Enter');
    await owner.blur();
    await expect.poll(() => describedBy(owner)).toBe('');
    expect(await ownerNote(owner)).toBe('Night DBAs');
    expect(await yaml(page)).toContain(
      'name: Assess the failure, duration: 5m-15m, owner: night-dba }',
    );
    await saveScreenshot(page, 'teams-owner-1440');

    // Undo: the owner names no team again, and the warning is back.
    await page.getByRole('button', { name: 'Undo: Owner of Assess the failure' }).click();
    await expect.poll(() => owner.inputValue()).toBe('facilities');
    await expect
      .poll(() => describedBy(owner))
      .toContain('owner "facilities" names no declared team');
  });

  it('shows the part, the services and the plans unclipped and accessible at 1024, 1440 and 1920 px, light and dark', async () => {
    await part(page, 'Teams');
    const team = page.locator('cs-teams-section article.team').last();
    await team.getByRole('button', { name: 'Add contact' }).click();
    const role = team.getByRole('textbox', { name: /^Role of contact 1 of / });
    await expect
      .poll(() => role.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    await runSettled(page);
    await role.fill('On-call DBA');
    await role.press('Tab');
    await runSettled(page);
    await team
      .getByRole('textbox', { name: /^Phone or e-mail of contact 1/ })
      .fill('+49 69 5550 1234');
    await team.getByRole('textbox', { name: /^Phone or e-mail of contact 1/ }).press('Tab');
    await expect
      .poll(async () => (await teamInFile(page, 'night-dba'))?.['contacts'])
      .toEqual([{ role: 'On-call DBA', name: 'Name', reach: '+49 69 5550 1234' }]);
    await part(page, 'Recovery plans');
    // A plan without a review cycle gets one (the bank's plans may all have theirs).
    const addReview = page.getByRole('button', { name: /^Add a review cycle to / });
    if ((await addReview.count()) > 0) await addReview.first().click();
    await page
      .getByRole('group', { name: /^Review cycle of / })
      .first()
      .waitFor();

    const problems: string[] = [];
    for (const width of [1024, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const name of ['Teams', 'Services', 'Recovery plans']) {
          await part(page, name);
          for (const p of await clippedControls(page))
            problems.push(`${name} at ${width} px: ${p}`);
          if (width === 1440) await expectAccessible(page, `Edit tab, ${name} (${scheme})`);
          const file = {
            Teams: 'teams-part',
            Services: 'teams-services',
            'Recovery plans': 'teams-plans',
          }[name];
          if (width === 1920) continue;
          await saveScreenshot(page, `${file}-${width}-${scheme}`);
          const close = {
            Teams: page.locator('cs-teams-section article.team').nth(1),
            Services: page.locator('cs-services-section fieldset.continuity').first(),
            'Recovery plans': page.locator('cs-plans-section article.plan').last(),
          }[name];
          if (close) await shoot(close, `${file}-close-${width}-${scheme}`);
        }
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(problems).toEqual([]);
  });
});
