/**
 * Issue 15, items 7 to 9, on the bank in Chromium at 1440x900 and 1024x768: findings in plain
 * words (no evidence keys, no ISO times, no negative headroom), a state that says "overloaded"
 * rather than "capacity 100 %", chart labels that never overlap (axes, heatmap, the exercise
 * forecast), sweep ticks at round durations; Make a variant keeps a step's range a range; and
 * exported files point `$schema` to the schema next to them.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/scenario/units.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 1024, height: 768 };

/** Pairs of visible SVG texts (in every shadow root) that overlap, and texts cut by their svg. */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svgs: SVGSVGElement[] = [];
    const walk = (r: Document | ShadowRoot) => {
      for (const el of r.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el instanceof SVGSVGElement && !el.parentElement?.closest('svg')) svgs.push(el);
      }
    };
    walk(document);
    const out: string[] = [];
    for (const svg of svgs) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) continue;
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '' && t.getClientRects().length > 0)
        .map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }));
      const name = svg.getAttribute('class') ?? svg.getAttribute('aria-label') ?? 'svg';
      for (const { text, box } of boxes)
        if (box.left < frame.left - 1 || box.right > frame.right + 1)
          out.push(`${name}: "${text}" is cut`);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 2) out.push(`${name}: "${boxes[i]!.text}" on "${boxes[j]!.text}"`);
        }
    }
    return out;
  });
}

describe('words and values (issue 15, items 7-9)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('7: findings speak in sentences with local, minute-rounded times, not keys', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&seed=1&tab=bia',
      { viewport: WIDE },
    );
    const findings = page.locator('cs-bia-view article.finding');
    await findings.first().waitFor({ timeout: 30_000 });
    const texts = await findings.allInnerTexts();
    expect(texts.length).toBeGreaterThan(3);
    const all = texts.join('\n');
    // No ISO date-time, no evidence key in camelCase, no negative share.
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(all).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
    expect(all).not.toMatch(/-\d+ ?%/);
    // The month-end peak, said as people say it, and what the overload leaves short.
    expect(all).toContain('Fri 30 Jan 11:00');
    expect(all).toMatch(/over capacity by: 25 %/);
    expect(all).toMatch(
      /Without App server 1[\s\S]*capacity of 600 tpm for 1,500 tpm: 900 tpm short/,
    );
    // Nor anywhere else in the view's prose (the worst moment, the heatmap's day).
    expect(await page.locator('cs-bia-view').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await saveScreenshot(page, 'words-findings-1440');
    expect(problems).toEqual([]);
    await close();
  }, 90_000);

  it('7: an overloaded component reads "overloaded", not "capacity 100 %"', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&seed=1&t=2026-01-30T11:30',
      { viewport: WIDE },
    );
    await page.getByTestId('scenario-loaded').waitFor();
    const node = page.locator('cs-topology-view rect.cs-node[data-component="app-1"]');
    await expect.poll(() => node.getAttribute('data-state')).toBe('overloaded');
    expect(await node.locator('title').textContent()).toBe(
      'App server 1 (app-1): overloaded (demand above its capacity)',
    );
    const titles = await page.locator('cs-timeline-view title').allTextContents();
    expect(titles.filter((t) => /overloaded, capacity|degraded,? 100 %/.test(t))).toEqual([]);
    expect(
      titles.some((t) => /App server 1: overloaded \(demand above its capacity\)/.test(t)),
    ).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('7: no chart label runs into another, at 1024 and 1440 px (BIA heatmap, Monte Carlo charts, timeline)', async () => {
    for (const viewport of [NARROW, WIDE]) {
      const { page, problems, close } = await openPage(
        browser,
        '?scenario=bank-money-transfer&seed=1',
        { viewport },
      );
      await page.getByTestId('scenario-loaded').waitFor();
      await page.waitForTimeout(500);
      const found = await overlappingLabels(page);
      await page.getByRole('button', { name: 'Business impact analysis' }).click();
      await page
        .getByRole('table', { name: 'Business impact by disruption' })
        .waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500);
      found.push(...(await overlappingLabels(page)));
      await saveScreenshot(page, `words-bia-${viewport.width}`);
      await page.getByRole('button', { name: 'Monte Carlo' }).click();
      await page.locator('cs-mc-study input[name=runs]').fill('300');
      await page.getByRole('button', { name: 'Run study' }).click();
      await page.getByTestId('mc-basis').waitFor({ timeout: 90_000 });
      await page.waitForTimeout(500);
      found.push(...(await overlappingLabels(page)));
      await saveScreenshot(page, `words-montecarlo-${viewport.width}`);
      expect(found, `at ${viewport.width} px`).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    }
  }, 240_000);

  it('7: the sweep chart ticks at round durations', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=montecarlo',
      { viewport: WIDE },
    );
    await page.getByRole('button', { name: 'Sensitivity' }).click();
    const view = page.locator('cs-mc-sensitivity');
    await view.locator('select').first().selectOption('objective:transfers:rto');
    await view.locator('input[name=runs]').first().fill('40');
    await page.getByRole('button', { name: 'Run sweep' }).click();
    await page.getByTestId('mc-sweep-basis').waitFor({ timeout: 120_000 });
    const ticks = await page
      .getByTestId('mc-sweep')
      .locator('.cs-x-axis .tick text:not([display=none])')
      .allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    const minutes = ticks.map((t) => {
      const d = parseDuration(t);
      return d.ok ? d.value / 60_000 : NaN;
    });
    // 30 min, 1 h, 1 h 30 min ...: whole multiples of one round step, never 1h23m or 3h8m.
    const step = minutes[1]! - minutes[0]!;
    expect([15, 30, 60, 120]).toContain(step);
    for (const m of minutes) expect(m % step, `${ticks.join(', ')}`).toBe(0);
    await page.getByTestId('mc-sweep').screenshot({
      path: `${root}/test-results/e2e/words-sweep-1440.png`,
    });
    expect(await overlappingLabels(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  }, 180_000);

  it("7: the exercise forecast's inject markers never cover one another", async () => {
    for (const viewport of [NARROW, WIDE]) {
      const { page, problems, close } = await openPage(
        browser,
        '?scenario=bank-money-transfer&tab=exercise',
        { viewport },
      );
      await page.getByRole('button', { name: 'Start the exercise' }).click();
      const strip = page.locator('cs-exercise-view svg.forecast');
      await strip.locator('g.injects circle').first().waitFor();
      const circles = await strip.locator('g.injects circle').evaluateAll((cs) =>
        cs.map((c) => {
          const b = c.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2, r: b.width / 2 };
        }),
      );
      expect(circles.length).toBe(5);
      for (let i = 0; i < circles.length; i++)
        for (let j = i + 1; j < circles.length; j++) {
          const [a, b] = [circles[i]!, circles[j]!];
          expect(Math.hypot(a.x - b.x, a.y - b.y), `markers ${i + 1} and ${j + 1}`).toBeGreaterThan(
            a.r + b.r,
          );
        }
      expect(await overlappingLabels(page)).toEqual([]);
      await strip.screenshot({
        path: `${root}/test-results/e2e/words-forecast-${viewport.width}.png`,
      });
      expect(problems).toEqual([]);
      await close();
    }
  }, 90_000);

  it('8: Make a variant shows a step as "30m-1h", accepts "15m-30m" and keeps it a range', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=montecarlo',
      { viewport: WIDE },
    );
    await page.getByRole('button', { name: 'Compare variants' }).click();
    const compare = page.locator('cs-mc-compare');
    await compare
      .locator('select[name=parameter]')
      .selectOption('step-duration:app-rebuild:provision');
    expect(await compare.locator('input[name=value]').inputValue()).toBe('30m-1h');
    await compare.locator('input[name=value]').fill('15m-30m');
    await page.getByRole('button', { name: 'Add to my changes' }).click();
    const variant = page.getByRole('status', { name: 'Variant' });
    await variant.waitFor();
    expect(await variant.textContent()).toContain(
      'Duration of Provision a new VM (Rebuild an app server): 15m-30m',
    );
    // Opened again from its link, the change is still the range.
    await expect.poll(() => page.url()).toContain('edit=');
    await page.goto(page.url());
    await page.getByRole('status', { name: 'Variant' }).waitFor();
    expect(await page.getByRole('status', { name: 'Variant' }).textContent()).toContain(
      'step provision of app-rebuild takes 15m-30m',
    );
    expect(problems).toEqual([]);
    await close();
  }, 60_000);

  it('9: exports point $schema to ./scenario.schema.json, the schema downloads, old absolute references still open', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=edit',
      { viewport: WIDE },
    );
    const saved = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      return {
        name: download.suggestedFilename(),
        text: readFileSync(await download.path(), 'utf8'),
      };
    };
    // A file exported by an older version, with the absolute address it was served from.
    const bank = readFileSync(`${root}/scenarios/bank-money-transfer.yaml`, 'utf8').replace(
      /^# yaml-language-server: \$schema=\S+\n/,
      '',
    );
    const old = `# yaml-language-server: $schema=http://127.0.0.1:4173/scenario.schema.json\n${bank}`;
    await page.locator('cs-scenario-header input[type=file]').setInputFiles({
      name: 'colleague.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(old),
    });
    await expect.poll(() => page.url()).toContain('scenario=file:colleague.yaml');
    await page.getByRole('heading', { name: 'Bank money transfer', level: 1 }).waitFor();
    await page.getByTestId('scenario-loaded').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    // A file opened from disk may be editable at once; a bundled one is copied first.
    const copy = page.getByRole('button', { name: 'Edit a copy of this scenario' });
    const valid = page.getByTestId('editor-valid');
    await copy.or(valid).first().waitFor();
    if (await copy.isVisible()) await copy.click();
    await valid.waitFor();
    const yaml = await saved('Export YAML');
    expect(yaml.text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    expect(yaml.text).not.toMatch(/127\.0\.0\.1|https?:\/\//);
    const json = await saved('Export JSON');
    expect((JSON.parse(json.text) as { $schema?: string }).$schema).toBe('./scenario.schema.json');
    const schema = await saved('Download the schema');
    expect(schema.name).toBe('scenario.schema.json');
    expect(schema.text).toBe(readFileSync(`${root}/public/scenario.schema.json`, 'utf8'));
    expect(problems).toEqual([]);
    await close();
  }, 60_000);
});
