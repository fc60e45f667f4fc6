/**
 * The first run starts before the app has loaded: a page opened plainly on a bundled scenario (a
 * first visit) has its simulation worker run that scenario, as the build read it, while the app's
 * code is still arriving, and shows exactly the run Node makes of the file. An address with more
 * in it (a seed, a playhead) runs as the app asks, to the same run. Neither reads the bank's text
 * on the page before its first paint, and Germany's holidays come after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { launchBrowser, openPage, runSettled } from './browser.ts';
import { root } from './preview-server.ts';

/** The fingerprint of the run Node makes of a bundled scenario's file (the actor path). */
function nodeFingerprint(id: string, seed: string): string {
  const file = `${id}.yaml`;
  const result = parseScenario(readFileSync(join(root, 'scenarios', file), 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not parse`);
  return fingerprint(simulate(result.scenario, seed));
}

const mark = (page: Page, name: string): Promise<number | null> =>
  page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? null`);

/** The requests a page made, by file name, with when each began (ms since navigation). */
const fetched = (page: Page): Promise<{ name: string; start: number }[]> =>
  page.evaluate(`performance.getEntriesByType('resource').map((e) => ({
    name: e.name.replace(/^.*\\//, ''),
    start: e.startTime,
  }))`);

describe('the first run, started early', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each(['bank-money-transfer', 'hospital-records'])(
    'of %s opened plainly is begun before the page asks, and is the run Node makes',
    async (id) => {
      const { page, problems, close } = await openPage(browser, `?scenario=${id}`);
      await runSettled(page);
      expect(await page.getByTestId('trace-fingerprint').textContent()).toBe(
        nodeFingerprint(id, '1'),
      );
      expect(await mark(page, 'cs-early-run-taken')).not.toBeNull();
      expect(problems).toEqual([]);
      await close();
    },
  );

  it("has the worker's script fetched from the HTML, before the page entry starts the worker", async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer');
    await runSettled(page);
    // The page's request for it (the prefetch link: src/build/worker-prefetch.ts), then the
    // worker's own, which finds it in the HTTP cache: nothing more comes over the network.
    const requests: { initiator: string; start: number; transferred: number }[] =
      await page.evaluate(`performance
        .getEntriesByType('resource')
        .filter((e) => /simulate\\.worker-[\\w-]+\\.js$/.test(e.name))
        .map((e) => ({ initiator: e.initiatorType, start: e.startTime, transferred: e.transferSize }))`);
    expect(requests.map((e) => e.initiator)).toEqual(['link', 'other']);
    const [prefetch, worker] = requests;
    const started = await mark(page, 'cs-worker-started');
    expect(started).not.toBeNull();
    expect(prefetch!.start).toBeLessThan(started!);
    expect(prefetch!.transferred).toBeGreaterThan(10_000);
    expect(worker!.transferred).toBe(0);
    expect(await mark(page, 'cs-early-run-taken')).not.toBeNull();
    expect(problems).toEqual([]);
    await close();
  });

  it('is not taken for an address with more in it: that run is the one asked for', async () => {
    const { page, problems, close } = await openPage(
      browser,
      '?scenario=bank-money-transfer&seed=1',
    );
    await runSettled(page);
    expect(await page.getByTestId('trace-fingerprint').textContent()).toBe(
      nodeFingerprint('bank-money-transfer', '1'),
    );
    expect(await mark(page, 'cs-early-run-taken')).toBeNull();
    expect(problems).toEqual([]);
    await close();
  });

  it('is not what a new seed shows: the run of that seed is', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer');
    await runSettled(page);
    const seed = page.getByLabel('Seed', { exact: true });
    await seed.fill('7');
    await seed.press('Enter');
    await expect
      .poll(() => page.getByTestId('trace-fingerprint').textContent())
      .toBe(nodeFingerprint('bank-money-transfer', '7'));
    expect(problems).toEqual([]);
    await close();
  });

  it("paints the bank's timeline without its text read on the page: Germany's holidays come after", async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer');
    await runSettled(page);
    await expect.poll(() => mark(page, 'cs-timeline-painted')).not.toBeNull();
    const painted = (await mark(page, 'cs-timeline-painted'))!;
    const holidays = async () =>
      (await fetched(page)).filter(
        (r) => r.name.startsWith('holiday-engine') || r.name.startsWith('DE-'),
      );
    // the engine and Germany's data, each listed once its last byte has come
    await expect.poll(async () => (await holidays()).length).toBe(2);
    for (const r of await holidays()) expect(r.start, r.name).toBeGreaterThanOrEqual(painted);
    expect(problems).toEqual([]);
    await close();
  });
});
