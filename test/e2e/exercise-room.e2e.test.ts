/**
 * The exercise in the room (issue 15): the participant window and projector mode fit a
 * 1200x800 projector with every option visible and the default marked; after invocation they
 * show the recovery status and the expected restore time as the team would know it, and no
 * spoiler; "Fit the time slot" sets the pace and shows when the exercise will end on the
 * room's clock; the after-action report counts downtime in and outside agreed hours as the
 * metrics do, writes times to the minute and prints its timeline chart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLocal } from '../../src/core/civil.ts';
import { computeMetrics } from '../../src/core/metrics.ts';
import { recoveryStatus } from '../../src/exercise/recovery-status.ts';
import type { AfterActionReport } from '../../src/exercise/report.ts';
import { simulateExercise } from '../../src/exercise/simulate-exercise.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { minutesText } from '../../src/ui/format.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

const PROJECTOR = { width: 1200, height: 800 };

function bankScenario() {
  const parsed = parseScenario(
    readFileSync(join(root, 'scenarios/bank-money-transfer.yaml'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the bank scenario does not parse');
  return parsed.scenario;
}

/** Every option of the decision lies inside the 1200x800 viewport, with the page unscrolled. */
async function expectOptionsInView(page: Page, options: Locator): Promise<void> {
  const count = await options.count();
  expect(count).toBe(6);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (let i = 0; i < count; i++) {
    const box = await options.nth(i).boundingBox();
    expect(box, `option ${i + 1} is laid out`).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `option ${i + 1} inside 1200 px`).toBeLessThanOrEqual(1200);
    expect(box!.y + box!.height, `option ${i + 1} inside 800 px`).toBeLessThanOrEqual(800);
  }
  // the default, and only it, is marked
  const marked = options.filter({ hasText: /default/i });
  expect(await marked.count()).toBe(1);
  expect(await marked.innerText()).toContain('Wait for the vendor to investigate');
}

/** A screenshot of the viewport only (what the projector shows), to test-results/e2e/<name>.png. */
async function viewportShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(root, 'test-results', 'e2e', `${name}.png`) });
}

/** The name of what has the keyboard focus, looking into shadow roots. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Whether the keyboard focus is inside `box` (through shadow roots), or out of the page (on the
 * browser's own controls, as Tab past a modal dialog's last control goes): on no control behind.
 */
function focusIn(box: Locator): Promise<boolean> {
  return box.evaluate((container) => {
    let el: Element | null = document.activeElement;
    if (el === null || el === document.body) return true;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    for (let node: Node | null = el; node;) {
      if (node === container) return true;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return false;
  });
}

/**
 * The text a page shows, read through its shadow roots (the app draws into them, so the body's
 * own innerText is empty).
 */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          parts.push((el.shadowRoot as unknown as HTMLElement).textContent ?? '');
          walk(el.shadowRoot);
        }
      }
    };
    parts.push(document.body.innerText);
    walk(document);
    return parts.join('\n').replace(/\s+/g, ' ');
  });
}

async function exportedReport(page: Page): Promise<AfterActionReport> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  return JSON.parse(readFileSync(await file.path(), 'utf8')) as AfterActionReport;
}

describe('the exercise in the room', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('fits every option of the decision on a 1200x800 projector, default marked, and shows the recovery as the team knows it after invocation', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=exercise',
      { viewport: PROJECTOR },
    );
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    const participants = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open the participant window' }).click();
    const team = await participants;
    await team.setViewportSize(PROJECTOR);
    await team.getByTestId('participant-clock').waitFor();

    await page.getByRole('combobox', { name: /^Pace/ }).selectOption('600');
    await page.locator('[data-decision="invocation"]').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const teamOptions = team.getByRole('group', { name: 'Options' }).getByRole('button');
    await teamOptions.first().waitFor();
    // before invocation: no recovery, so no restore time
    expect(await team.getByTestId('recovery-status').count()).toBe(0);
    await viewportShot(team, 'room-participant-1200x800');
    await expectOptionsInView(team, teamOptions);

    // Projector mode in the facilitator's window, at the same size.
    await page.getByRole('button', { name: 'Projector mode' }).click();
    const projector = page.getByRole('dialog', { name: 'Participant view' });
    await projector.waitFor();
    await viewportShot(page, 'room-projector-1200x800');
    await expectOptionsInView(
      page,
      projector.getByRole('group', { name: 'Options' }).getByRole('button'),
    );
    const scrolled = await projector.evaluate((el) => el.scrollHeight > el.clientHeight);
    expect(scrolled, 'the projector view needs no scrolling').toBe(false);
    // A modal view: Tab and Shift+Tab go round its controls (and the browser's), never to the
    // page hidden behind it.
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press(key);
        expect(await focusIn(projector), `${key} × ${i + 1} stays in the projector view`).toBe(
          true,
        );
      }
    }
    await page.keyboard.press('Escape');
    await projector.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Projector mode');

    // The team invokes the plan; the clock runs on for a while.
    await team.getByRole('button', { name: /Invoke the continuity plan now/ }).click();
    await page.getByText('(from the participant window)').waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    const status = team.getByTestId('recovery-status');
    await status.waitFor({ timeout: 20_000 });
    // past 11:50 the assessment (5-15 min from 11:34) is done: pause there
    await expect
      .poll(() => team.getByTestId('participant-clock').innerText(), { timeout: 30_000 })
      .toMatch(/^(11:5\d|1[2-9]:\d\d)/);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => team.getByRole('status').first().innerText()).toMatch(/Paused/);
    const shown = await status.innerText();
    expect(shown).toMatch(/[1-3] of 3 steps done/);
    await viewportShot(team, 'room-participant-recovery');
    await team.emulateMedia({ colorScheme: 'dark' });
    await viewportShot(team, 'room-participant-recovery-dark');
    await team.emulateMedia({ colorScheme: 'light' });

    // What the team is shown is what it could know at the clock: recomputed in Node from the
    // log, the expected restore time is the plan's estimate from the steps done so far.
    await page.getByRole('button', { name: 'Show the report so far' }).click();
    await page.getByTestId('after-action-report').waitFor({ timeout: 30_000 });
    const json = await exportedReport(page);
    const scenario = bankScenario();
    const run = simulateExercise(scenario, json.seed, json.log);
    const clock = json.log.at(-1)!.t; // paused: the last entry is the pause, at the clock
    expect(json.log.at(-1)!.kind).toBe('paused');
    const known = recoveryStatus(scenario, run.trace, run.span.offset, clock);
    expect(known.plans.length).toBe(2);
    expect(known.services[0]!.restore).not.toBeNull();
    const hhmm = (t: number) => formatLocal(scenario.startEpoch + t).slice(11, 16);
    const likely = hhmm(known.services[0]!.restore!.likely);
    expect(shown).toContain('Expected restore');
    expect(shown).toContain(likely);
    expect(shown).toMatch(/plan started \d\d:\d\d/);
    // the basis says the standby switch-over is in it (the bank's databases are a pair)
    expect(shown).toMatch(
      /Expected from the plans' step durations .* plus the standby\s+switch-over/,
    );
    // No spoiler: not the simulation's true restore time, nor anything still to come.
    const outage = json.services[0]!.outages[0]!;
    const trueRestore = outage.end.slice(11, 16);
    expect(likely).not.toBe(trueRestore);
    const everything = await shownText(team);
    // (what is read is what the team sees: the clock and the recovery, not an empty body)
    expect(everything).toContain(await team.getByTestId('participant-clock').innerText());
    expect(everything).toContain('Expected restore');
    expect(everything).not.toContain(trueRestore);
    expect(everything).not.toMatch(/regulator/i);
    expect(problems).toEqual([]);
    await close();
  }, 90_000);

  it('fits the exercise into a 45, 60 or 90 minute slot and says when it will end', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=exercise',
      { viewport: { width: 1440, height: 900 } },
    );
    const slot = page.getByRole('combobox', { name: /Fit the exercise into/ });
    const pace = page.getByRole('combobox', { name: /^Pace/ });
    const end = page.getByTestId('expected-end');
    // the bank's script is 6 h: 360 simulated minutes
    for (const [minutes, expected] of [
      [45, '8'],
      [60, '6'],
      [90, '4'],
    ] as const) {
      await slot.selectOption(String(minutes));
      await expect.poll(() => pace.inputValue()).toBe(expected);
      expect(await slot.inputValue()).toBe(String(minutes));
      const text = await end.innerText();
      const times = await page.evaluate((m) => {
        const hm = (t: number) =>
          new Date(t).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
        const now = Date.now();
        return [hm(now + m * 60_000), hm(now + m * 60_000 - 60_000), hm(now + m * 60_000 + 60_000)];
      }, minutes);
      expect(
        times.some((t) => text.includes(t)),
        `${text} names ${times[0]}`,
      ).toBe(true);
    }
    await saveScreenshot(page, 'room-fit-time-slot');
    await page.setViewportSize({ width: 1024, height: 768 });
    await viewportShot(page, 'room-fit-time-slot-1024');
    // Running, the end follows the clock: the rest of the script at the pace from now.
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    await expect.poll(() => end.innerText()).toMatch(/ends at about \d\d:\d\d/);
    expect(problems).toEqual([]);
    await close();
  }, 60_000);

  it('reports downtime in and outside agreed hours as the metrics count it, to the minute, with the timeline chart in print', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=exercise',
      { viewport: { width: 1440, height: 900 } },
    );
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    await page.getByRole('combobox', { name: /^Pace/ }).selectOption('600');
    // the time runs out on the decision (the default: wait); the script runs to its end
    await expect
      .poll(() => page.getByTestId('exercise-status').textContent(), { timeout: 60_000 })
      .toContain('Ended');
    const report = page.getByTestId('after-action-report');
    await report.waitFor({ timeout: 30_000 });
    const json = await exportedReport(page);

    const scenario = bankScenario();
    const run = simulateExercise(scenario, json.seed, json.log);
    const metrics = computeMetrics(run.span.scenario, run.trace)[0]!;
    const from = scenario.exercise!.start - run.span.offset;
    const to = from + scenario.exercise!.duration;
    const outages = metrics.outages.filter((o) => o.start >= from && o.start <= to);
    const inHours = outages.reduce((s, o) => s + o.minutesInAgreedHours, 0);
    const outside = outages.reduce((s, o) => s + o.durationMinutes - o.minutesInAgreedHours, 0);
    // the whole window's metrics agree: the exercise's outage is the only one in it
    expect(inHours).toBeCloseTo(metrics.downtimeInAgreedHoursMinutes, 6);
    expect(outside).toBeCloseTo(metrics.outsideAgreedHours.downtimeMinutes, 6);
    expect(inHours).toBeGreaterThan(0);
    expect(outside).toBeGreaterThan(0);
    expect(await page.getByTestId('downtime-agreed').innerText()).toContain(minutesText(inHours));
    expect(await page.getByTestId('downtime-outside').innerText()).toContain(minutesText(outside));

    // times to the minute, nowhere a second
    const text = await report.innerText();
    expect(text).not.toMatch(/\d\d:\d\d:\d\d/);
    const chart = report.getByRole('img', { name: /Timeline of Money transfer/ });
    expect(await chart.isVisible()).toBe(true);
    // the chart's labels round to the minute too ("RTO breached by 7h 16m", not "7h 15m 55s")
    const labels = await chart.locator('text').allTextContents();
    expect(labels.some((l) => /RTO breached by \d+h/.test(l))).toBe(true);
    expect(labels.filter((l) => /\d+m \d+s/.test(l))).toEqual([]);
    await saveScreenshot(page, 'room-report-screen');

    await page.emulateMedia({ media: 'print' });
    expect(await chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(100);
    expect(await report.innerText()).not.toMatch(/\d\d:\d\d:\d\d/);
    await saveScreenshot(page, 'room-report-print');
    // on an A4 page's width (794 px at 96 dpi), the chart shrinks to fit
    await page.setViewportSize({ width: 794, height: 1123 });
    const a4 = await chart.boundingBox();
    expect(a4!.x + a4!.width).toBeLessThanOrEqual(794);
    await saveScreenshot(page, 'room-report-print-a4');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(join(root, 'test-results', 'e2e', 'room-after-action-report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // the chart is drawn into the PDF: vector paths beyond the text alone
    expect(pdf.length).toBeGreaterThan(20_000);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});
