/**
 * Issue 15, items 2 and 3, on the bank at 1440x900 and 1024x768. Jumping to an outage (from the
 * outage list, the event log, the business impact analysis, a Monte Carlo bar) frames it: the
 * outage with its recovery window, RTO mark and MTPD mark fills most of the timeline, and
 * "Whole horizon" goes back. The guided tour's callouts never cover what they point at, and its
 * RTO and MTPD steps show a framed outage.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOUR_STEPS } from '../../src/ui/tour/tour-steps.ts';
import { launchBrowser, openPage, runSettled, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

/** Where a viewport or element screenshot goes (saveScreenshot takes the whole page). */
const shot = (name: string) => join(root, 'test-results', 'e2e', `${name}.png`);
const timeline = (page: Page) => page.locator('cs-timeline-view.timeline');

/** The sizes of the issue; the smaller one in the dark theme, so that both themes are seen. */
const SIZES = [
  { width: 1440, height: 900, theme: 'light' },
  { width: 1024, height: 768, theme: 'dark' },
] as const;
const viewport = ({ width, height, theme }: (typeof SIZES)[number]) => ({
  viewport: { width, height },
  colorScheme: theme,
});

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** How the timeline shows the outage around the playhead (the framed one), in px. */
interface Framing {
  /** The plot area's width (the chart less its margins for the labels). */
  readonly plot: number;
  /** The recovery window (outage start to RTO deadline). */
  readonly rtoWindow: number;
  /** From the outage's start to its restore or MTPD mark, whichever is later. */
  readonly span: number;
  /** Whether the RTO deadline and the MTPD lines are drawn. */
  readonly rtoShown: boolean;
  readonly mtpdShown: boolean;
}

/** Measures the outage the playhead is in (or starts) on the timeline's SVG. */
async function framing(page: Page): Promise<Framing | { missed: unknown } | null> {
  return timeline(page).evaluate((view) => {
    const root = view.shadowRoot!;
    const svg = root.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    const playhead = root.querySelector<HTMLElement>('.playhead');
    if (!playhead) return null;
    const at = playhead.getBoundingClientRect().left + 1 - box.left;
    const groups = [...svg.querySelectorAll<SVGGElement>('g.cs-outage')];
    const measured = groups.map((g) => {
      const window = g.querySelector('.cs-rto-window')!.getBoundingClientRect();
      const bar = g.querySelector('.cs-outage-bar')!.getBoundingClientRect();
      const mtpd = g.querySelector('.cs-mtpd')!;
      const rto = g.querySelector('.cs-rto-deadline')!;
      const mtpdX = Number(mtpd.getAttribute('x1'));
      const start = window.left - box.left;
      return {
        start,
        rtoWindow: window.width,
        span: Math.max(bar.right - box.left, mtpdX) - start,
        rtoShown: rto.getAttribute('display') !== 'none',
        mtpdShown: mtpd.getAttribute('display') !== 'none',
      };
    });
    const hit = measured.find((m) => m.start - 2 <= at && at <= m.start + m.span + 2);
    if (!hit) return { missed: { at, measured } };
    // the plot's margins: charts/timeline-layout.ts TIMELINE_LAYOUT.margin (left 128, right 16)
    return { plot: box.width - 144, ...hit };
  });
}

/** The framed outage fills a good share of the timeline, marks and all. */
async function expectFramed(page: Page, where: string): Promise<Framing> {
  const range = page.locator('cs-timeline-view.timeline .toolbar span').first();
  let measured: Awaited<ReturnType<typeof framing>> = null;
  const framed = () => (measured && 'plot' in measured ? measured : null);
  // the run (a Monte Carlo run, a BIA replay) is made in a worker: the frame follows it
  for (let tries = 0; tries < 50 && (framed()?.rtoWindow ?? 0) <= 2; tries++) {
    if (tries) await page.waitForTimeout(200);
    measured = await framing(page);
  }
  const seen = `${where}: ${JSON.stringify(measured)}, showing ${await range.textContent()}`;
  const f = framed();
  expect(f, seen).not.toBeNull();
  const share = { rtoWindow: f!.rtoWindow / f!.plot, span: f!.span / f!.plot };
  expect(share.rtoWindow, `${seen}: the recovery window's share`).toBeGreaterThan(0.15);
  expect(share.span, `${seen}: the outage to its MTPD mark, share`).toBeGreaterThan(0.7);
  expect(share.span, `${seen}: the outage to its MTPD mark, share`).toBeLessThan(1);
  expect(f!.rtoShown && f!.mtpdShown, `${seen}: RTO and MTPD marks shown`).toBe(true);
  return f!;
}

/** The framed timeline's top is on screen, below the sticky playback bar, not scrolled away. */
async function expectTimelineInView(page: Page, where: string): Promise<void> {
  const place = () =>
    page.evaluate(() => {
      const app = document.querySelector('cs-app')!.shadowRoot!;
      const top = app.querySelector('cs-timeline-view.timeline')!.getBoundingClientRect().top;
      const bar = app.querySelector('.playback')!.getBoundingClientRect().bottom;
      return { top: Math.round(top), bar: Math.round(bar), height: window.innerHeight };
    });
  await expect
    .poll(
      async () => {
        const p = await place();
        return p.top >= p.bar - 1 && p.top <= p.height / 2;
      },
      { message: `${where}: the timeline's top on screen under the playback bar` },
    )
    .toBe(true);
}

/** Back to the whole year: the recovery window is a sliver again. */
async function expectWholeHorizon(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Whole horizon' }).click();
  await expect
    .poll(
      async () =>
        (await page.locator('cs-timeline-view.timeline .toolbar span').first().textContent()) ?? '',
    )
    .toMatch(/2026-01-05 00:00 .*to 2027-01-05 00:00/);
}

describe('jumping to an outage frames it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const size of SIZES) {
    it(`from the outage list and the event log, at ${size.width}x${size.height} (${size.theme})`, async () => {
      const { page, problems, close } = await openPage(
        browser,
        '?scenario=bank-money-transfer&seed=1',
        viewport(size),
      );
      await runSettled(page);

      // The outage list: "7 Jan 15:30", the app servers' outage of 1 h 27 min.
      await page
        .getByRole('region', { name: 'Service metrics' })
        .getByRole('button', { name: /7 Jan 15:30/ })
        .click();
      await expectFramed(page, 'outage list');
      await expectTimelineInView(page, 'outage list');
      await saveScreenshot(page, `framed-outage-${size.width}-${size.theme}`);
      await timeline(page).screenshot({
        path: shot(`framed-outage-timeline-${size.width}-${size.theme}`),
      });
      await expectWholeHorizon(page);

      // The event log: the entry where the service goes down on 7 January.
      await page
        .getByRole('list', { name: 'Events' })
        .getByRole('button', { name: /2026-01-07 15:30.*Money transfer is DOWN/ })
        .click();
      await expectFramed(page, 'event log');
      await expectTimelineInView(page, 'event log');
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('from the business impact analysis and a Monte Carlo bar', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&seed=1',
      viewport(SIZES[1]),
    );
    await runSettled(page);
    await page.getByRole('button', { name: 'Business impact analysis' }).click();
    const table = page.getByRole('table', { name: 'Business impact by disruption' });
    await table.waitFor({ timeout: 20_000 });
    const both = table.getByRole('row').filter({ hasText: 'App server 1 and App server 2 fail' });
    await both.getByRole('button', { name: 'Replay' }).click();
    await page.getByRole('status', { name: 'Replay' }).waitFor();
    await runSettled(page);
    await expectFramed(page, 'business impact analysis');
    await expectTimelineInView(page, 'business impact analysis');
    await saveScreenshot(page, 'framed-outage-bia-1024-dark');

    await page.getByRole('button', { name: 'Monte Carlo' }).click();
    const study = page.locator('cs-mc-study');
    await study.locator('input[name=runs]').fill('200');
    await study.locator('input[name=seed]').fill('frame');
    await page.getByRole('button', { name: 'Run study' }).click();
    await page.getByTestId('mc-basis').waitFor({ timeout: 60_000 });
    // The lowest availability's bar: its first run has an outage.
    await page.getByTestId('mc-availability').getByRole('button').first().click();
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    await runSettled(page);
    await expectFramed(page, 'Monte Carlo bar');
    await expectTimelineInView(page, 'Monte Carlo bar');
    await timeline(page).screenshot({ path: shot('framed-outage-montecarlo-timeline-1024-dark') });
    expect(problems).toEqual([]);
    await close();
  }, 90_000);
});

/** The viewport rectangles of the tour's callout and of the current step's target. */
async function tourRects(
  page: Page,
  target: string,
): Promise<{ callout: Rect; target: Rect | null }> {
  return page.locator('cs-app').evaluate((app, selector) => {
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const root = app.shadowRoot!;
    const callout = root.querySelector('cs-tour')!.shadowRoot!.querySelector('.callout')!;
    // `a >>> b`: b inside a's shadow root (as the tour resolves its targets)
    let scope: ParentNode | null = root;
    let found: Element | null = null;
    for (const part of selector.split('>>>')) {
      found = scope?.querySelector(part.trim()) ?? null;
      scope = found?.shadowRoot ?? null;
    }
    return {
      callout: plain(callout.getBoundingClientRect()),
      target: found && plain(found.getBoundingClientRect()),
    };
  }, target);
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

describe('the guided tour', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const size of SIZES) {
    it(`never covers a step's target with its callout, at ${size.width}x${size.height} (${size.theme})`, async () => {
      const { page, problems, close } = await openPage(
        browser,
        '?scenario=bank-money-transfer',
        viewport(size),
        true,
      );
      await page.getByRole('dialog', { name: /Welcome/ }).waitFor();
      await runSettled(page);
      for (const [i, step] of TOUR_STEPS.entries()) {
        const dialog = page.getByRole('dialog', { name: step.title });
        await dialog.waitFor();
        // the target drawn (the business impact analysis takes a moment), the callout settled
        let rects = await tourRects(page, step.target);
        let same = 0;
        await expect
          .poll(
            async () => {
              const previous = JSON.stringify(rects);
              rects = await tourRects(page, step.target);
              same = rects.target !== null && JSON.stringify(rects) === previous ? same + 1 : 0;
              return same >= 3;
            },
            { timeout: 20_000, interval: 150 },
          )
          .toBe(true);
        const { callout } = rects;
        const target = rects.target!;
        const where = `step ${i + 1} (${step.id}) at ${size.width}x${size.height}`;
        expect(overlap(callout, target), `${where}: callout over its target`).toBe(0);
        expect(callout.left, where).toBeGreaterThanOrEqual(0);
        expect(callout.top, where).toBeGreaterThanOrEqual(0);
        expect(callout.right, where).toBeLessThanOrEqual(size.width);
        expect(callout.bottom, where).toBeLessThanOrEqual(size.height);
        if (step.id === 'rto' || step.id === 'mtpd') await expectFramed(page, where);
        if (i === 5 || i === 7 || step.id === 'rto')
          await page.screenshot({ path: shot(`tour-step-${i + 1}-${size.width}-${size.theme}`) });
        if (i < TOUR_STEPS.length - 1) await dialog.getByRole('button', { name: 'Next' }).click();
      }
      await page
        .getByRole('dialog', { name: /Now rehearse/ })
        .getByRole('button', { name: 'Finish' })
        .click();
      expect(problems).toEqual([]);
      await close();
    }, 60_000);
  }
});
