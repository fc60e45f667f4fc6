/**
 * A light first load, in Chromium: the page opens on the timeline with the timeline's code only;
 * the editor (CodeMirror), the BIA, Monte Carlo, the exercise and the continuity plan are fetched
 * when their tab is opened or, once the timeline is painted, when the browser is idle. Holiday
 * data is fetched only for a scenario that names holidays, and only its countries. Every tab
 * works opened first and after the others, with no problem on the page and no breach of its
 * Content-Security-Policy. The first paint and a tab opened later are photographed at 1024 and
 * 1440 px, light and dark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';

/** The requests a page makes, by file name, with the time each began (ms since navigation). */
async function fetched(page: Page): Promise<{ name: string; start: number }[]> {
  return page.evaluate(`performance.getEntriesByType('resource').map((e) => ({
    name: e.name.replace(/^.*\\//, ''),
    start: e.startTime,
  }))`);
}

const markAt = (page: Page, name: string): Promise<number | null> =>
  page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? null`);

/** The views fetched on demand, by the name of their chunk. */
const VIEWS = [
  'view-bia-view',
  'view-montecarlo-view',
  // the Monte Carlo session (its studies, sensitivity and fast simulator), not in the first load
  'view-montecarlo-session',
  'view-editor',
  'view-exercise-view',
  'view-plan-view',
];
const isView = (name: string): boolean =>
  name.startsWith('view-') || name.startsWith('codemirror-');

/** Each tab, and something only its own view draws. */
const TABS: readonly { label: string; tab: string; shows: (page: Page) => Promise<void> }[] = [
  {
    label: 'Business impact analysis',
    tab: 'bia',
    shows: (page) =>
      page.getByRole('heading', { name: 'Business impact analysis', exact: true }).waitFor(),
  },
  {
    label: 'Monte Carlo',
    tab: 'montecarlo',
    shows: (page) => page.getByRole('navigation', { name: 'Monte Carlo' }).waitFor(),
  },
  {
    label: 'Edit',
    tab: 'edit',
    shows: (page) => page.getByRole('heading', { name: 'My scenarios' }).waitFor(),
  },
  {
    label: 'Exercise',
    tab: 'exercise',
    shows: (page) => page.getByRole('region', { name: 'Exercise clock', exact: true }).waitFor(),
  },
  {
    label: 'Continuity plan',
    tab: 'plan',
    shows: (page) => page.locator('#plan-title').waitFor(),
  },
];

/** Records every breach of the Content-Security-Policy (an eval, an inline script). */
const WATCH_CSP = `window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('a light first load', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("fetches no tab's view before its tab is opened or the idle prefetch starts, then all of them", async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer');
    await page.getByTestId('scenario-loaded').waitFor();
    await expect.poll(() => markAt(page, 'cs-prefetch-views')).not.toBeNull();
    const prefetch = (await markAt(page, 'cs-prefetch-views')) ?? 0;
    const painted = (await markAt(page, 'cs-timeline-painted')) ?? Infinity;
    // the idle prefetch waits for the timeline to be painted
    expect(prefetch).toBeGreaterThanOrEqual(painted);
    const early = (await fetched(page)).filter((r) => isView(r.name) && r.start < prefetch);
    expect(early).toEqual([]);
    // then every view is fetched, the editor's CodeMirror too, with no tab opened
    await expect
      .poll(async () => {
        const names = (await fetched(page)).map((r) => r.name);
        return [...VIEWS, 'codemirror-'].filter((v) => !names.some((n) => n.startsWith(v)));
      })
      .toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('fetches a tab opened first at once, before any prefetch', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=hospital-records&tab=bia');
    await page.getByRole('heading', { name: 'Business impact analysis', exact: true }).waitFor();
    const prefetch = await markAt(page, 'cs-prefetch-views');
    const bia = (await fetched(page)).find((r) => r.name.startsWith('view-bia-view'));
    expect(bia).toBeDefined();
    if (prefetch !== null) expect(bia!.start).toBeLessThan(prefetch);
    expect(problems).toEqual([]);
    await close();
  });

  it('fetches holiday data only for a scenario that names holidays, and only its countries', async () => {
    const hospital = await openPage(browser, '?scenario=hospital-records');
    await hospital.page.getByTestId('scenario-loaded').waitFor();
    await expect.poll(() => markAt(hospital.page, 'cs-prefetch-views')).not.toBeNull();
    const none = (await fetched(hospital.page)).map((r) => r.name);
    expect(none.filter((n) => n.startsWith('holiday-engine') || /^[A-Z]{2}-/.test(n))).toEqual([]);
    await hospital.close();

    // The bank names DE-HE: the parser and Germany's data, nothing else (fetched once the
    // timeline is painted: the page takes the bank as the build read it).
    const bank = await openPage(browser, '?scenario=bank-money-transfer');
    await bank.page.getByTestId('scenario-loaded').waitFor();
    await expect
      .poll(async () => {
        const names = (await fetched(bank.page)).map((r) => r.name);
        return (
          names.some((n) => n.startsWith('DE-')) &&
          names.some((n) => n.startsWith('holiday-engine'))
        );
      })
      .toBe(true);
    const names = (await fetched(bank.page)).map((r) => r.name);
    expect(names.filter((n) => /^[A-Z]{2}-/.test(n)).map((n) => n.slice(0, 2))).toEqual(['DE']);
    expect(names.some((n) => n.startsWith('holiday-engine'))).toBe(true);
    expect(bank.problems).toEqual([]);
    await bank.close();
  });

  it("fetches a country's holidays when a set naming it is typed in the editor, and checks the text again", async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=hospital-records', {
      viewport: { width: 1024, height: 800 },
    });
    await page.getByTestId('scenario-loaded').waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
    await page.getByTestId('editor-name').waitFor();
    await page.getByRole('button', { name: 'Scenario & hours' }).click();
    const field = page.getByRole('textbox', { name: 'Holiday sets' });
    await field.fill('FR');
    await field.press('Enter');
    // France's data was not fetched with the page: it is now, and the year view shows its days
    const list = page.getByRole('list', { name: 'Holidays and exceptions in 2026' });
    await expect
      .poll(() => list.textContent())
      .toContain('Tuesday 14 July 2026: public holiday, closed: Bastille Day (FR)');
    // France's chunk (and Germany's: the Edit tab reads the bundled bank for its name)
    const names = (await fetched(page)).map((r) => r.name);
    const countries = names.filter((n) => /^[A-Z]{2}-/.test(n)).map((n) => n.slice(0, 2));
    expect(countries).toContain('FR');
    expect(countries.filter((c) => c !== 'FR' && c !== 'DE')).toEqual([]);
    // and the scenario is valid again: the run beside the editor uses it
    await page.getByTestId('editor-valid').waitFor();
    expect(await page.getByTestId('editor-errors').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  for (const first of TABS)
    it(`opens the ${first.label} tab first, then every other tab and back, CSP clean`, async () => {
      const { page, problems, close } = await openPage(
        browser,
        `?scenario=bank-money-transfer&tab=${first.tab}`,
      );
      await page.evaluate(WATCH_CSP);
      await first.shows(page);
      for (const next of [...TABS.filter((t) => t !== first), first]) {
        await page.getByRole('button', { name: next.label, exact: true }).click();
        await next.shows(page);
      }
      await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      await page.getByRole('region', { name: 'Service metrics' }).waitFor();
      expect(await page.evaluate('window.__csp')).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });

  for (const width of [1024, 1440])
    for (const colorScheme of ['light', 'dark'] as const)
      it(`shows the first paint and a tab opened later at ${width} px (${colorScheme})`, async () => {
        const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
          viewport: { width, height: 900 },
          colorScheme,
        });
        await page.getByRole('region', { name: 'Service metrics' }).waitFor();
        await expect.poll(() => markAt(page, 'cs-timeline-painted')).not.toBeNull();
        await saveScreenshot(page, `light-load-first-paint-${width}-${colorScheme}`);
        await page.getByRole('button', { name: 'Monte Carlo', exact: true }).click();
        await page.getByRole('navigation', { name: 'Monte Carlo' }).waitFor();
        await saveScreenshot(page, `light-load-montecarlo-${width}-${colorScheme}`);
        expect(problems).toEqual([]);
        await close();
      });
});
