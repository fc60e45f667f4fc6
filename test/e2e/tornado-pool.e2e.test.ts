/**
 * The tornado in the browser: all its studies go to the Monte Carlo pool of Web Workers at
 * once, and the rows the page draws are runTornado's in Node, in one thread, for the same
 * scenario, runs and seed: the same order, the same values to the last bit. A second tornado
 * runs on the same warm workers and gives the same rows again.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTornado } from '../../src/analysis/sensitivity/index.ts';
import { noEffect } from '../../src/charts/montecarlo/tornado-rows.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { MonteCarloSession } from '../../src/ui/montecarlo-view/session.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';

const bank = (() => {
  const r = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
  if (!r.ok) throw new Error('the bank scenario does not parse');
  return r.scenario;
})();

const RUNS = 100;
const SEED = 'tornado-e2e';

/** The rows of the page's tornado result, as JSON. */
const pageRows = (view: Locator): Promise<string> =>
  view.evaluate((el) =>
    JSON.stringify(
      (el as HTMLElement & { session: MonteCarloSession }).session.results.tornado?.rows,
    ),
  );

describe('the tornado on the Monte Carlo pool', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws the rows runTornado gives in Node, on warm workers, twice', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&tab=montecarlo',
      { viewport: { width: 1400, height: 1000 } },
    );
    await page.getByRole('button', { name: 'Sensitivity' }).click();
    const view = page.locator('cs-mc-sensitivity');
    const form = view.locator('form').filter({ hasText: 'Run tornado' });
    await form.locator('input[name=runs]').fill(String(RUNS));
    await form.locator('input[name=seed]').fill(SEED);
    await page.getByRole('button', { name: 'Run tornado' }).click();
    const basis = page.getByTestId('mc-tornado-basis');
    await basis.waitFor({ timeout: 180_000 });
    expect(await basis.textContent()).toMatch(
      new RegExp(`${RUNS} runs per study · master seed ${SEED} · [\\d.]+ s on \\d+ workers?`),
    );

    const node = runTornado(bank, 'transfers', 'availability', { runs: RUNS, masterSeed: SEED });
    expect(node).toHaveLength(37);
    expect(await pageRows(view)).toBe(JSON.stringify(node));
    // The chart draws them in that order, and says which inputs move nothing.
    const drawn = page.getByTestId('mc-tornado').locator('g.cs-row');
    expect(await drawn.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')))).toEqual(
      node.map((r) => r.id),
    );
    // (The chart's rows: inputs as shown, outputs as values.)
    const chartRow = (r: (typeof node)[number]) => ({
      id: r.id,
      label: r.label,
      lowInput: String(r.lowInput),
      highInput: String(r.highInput),
      low: r.lowOutput.value,
      high: r.highOutput.value,
    });
    const none = node.filter((r) => noEffect(chartRow(r), r.baseline.value)).map((r) => r.id);
    expect(none.length).toBeGreaterThan(0);
    expect(none.length).toBeLessThan(node.length);
    expect(
      await drawn.evaluateAll((gs) =>
        gs.filter((g) => g.getAttribute('data-effect') === 'none').map((g) => g.dataset.id),
      ),
    ).toEqual(none);
    await saveScreenshot(page, 'tornado-pool');

    // Again, on the workers the first tornado started: the same rows.
    type Tab = HTMLElement & { session: MonteCarloSession } & { first?: unknown };
    await view.evaluate((el) => ((el as Tab).first = (el as Tab).session.results.tornado));
    await page.getByRole('button', { name: 'Run tornado' }).click();
    const again = () =>
      view.evaluate((el) => {
        const { session, first } = el as Tab;
        return session.results.tornado !== first && !session.running;
      });
    await expect.poll(again, { timeout: 180_000 }).toBe(true);
    expect(await pageRows(view)).toBe(JSON.stringify(node));
    expect(problems).toEqual([]);
    await close();
  });
});
