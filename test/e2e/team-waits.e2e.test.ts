/**
 * Waiting for a team, where people see it: the timeline's plan row draws the wait apart from the
 * work, and the event log says how long the step waited and for whom. The bank's database fails
 * at 02:00 on a Tuesday: the one DBA (office hours 08:00-18:00) is called out (30 min to 1 h).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, runSettled, saveScreenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const link =
  '?scenario=bank-money-transfer&seed=1&inject=fail:db-1@2026-01-06T02:00&view=2026-01-06T01:30..2026-01-06T06:30&t=2026-01-06T02:30';

describe('waiting for a team on the timeline and in the event log', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    for (const width of [1024, 1440])
      it(`draws the DBA's call-out apart from the work at ${width} px, ${colorScheme}`, async () => {
        const { page, problems, close } = await openPage(browser, link, {
          viewport: { width, height: 900 },
          colorScheme,
        });
        await runSettled(page);
        const waits = page.locator('rect.cs-step-wait');
        await waits.first().waitFor({ state: 'attached' });
        expect(await waits.count()).toBeGreaterThan(0);
        const labels = await page.locator('text.cs-step-wait-label').allTextContents();
        // the label's own text follows its tooltip (an SVG <title> inside it)
        expect(labels.some((l) => /(^|\d)waiting( for Database administrators)?$/.test(l))).toBe(
          true,
        );
        const log = (await page.locator('cs-event-log .entry .text').allInnerTexts()).join('\n');
        expect(log).toMatch(
          /Assess the failure waited \d+ min for Database administrators: called out at 02:05, at work 0[23]:\d\d/,
        );
        await saveScreenshot(page, `team-waits-${width}-${colorScheme}`);
        expect(problems).toEqual([]);
        await close();
      });
});
