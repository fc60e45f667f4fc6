/**
 * Same scenario + same seed = the same run, in Node and in the browser: the page's trace
 * fingerprint equals the one Node computes from the same file. The files with a time zone
 * (test/fixtures/london-*.yaml: the nights the clocks go forward and back, with injects across
 * the change) are opened as a person opens a file, and show the zone's changes as Node reads
 * them.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.ts';
import type { Scenario } from '../../src/core/model.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { launchBrowser, openPage, runSettled } from './browser.ts';
import { root } from './preview-server.ts';

function parsed(path: string): Scenario {
  const file = basename(path);
  const result = parseScenario(readFileSync(join(root, path), 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not parse`);
  return result.scenario;
}

const nodeFingerprint = (path: string, seed: string): string =>
  fingerprint(simulate(parsed(path), seed));

describe('a run in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each([
    ['bank-money-transfer', '1'],
    ['bank-money-transfer', 'class-2026'],
    ['ecommerce-checkout', '7'],
    ['hospital-records', '99'],
  ])('of %s with seed %s has the same trace as in Node', async (id, seed) => {
    const { page, problems, close } = await openPage(browser, `?scenario=${id}&seed=${seed}`);
    const shown = await page.getByTestId('trace-fingerprint').textContent();
    expect(shown).toBe(nodeFingerprint(`scenarios/${id}.yaml`, seed));
    expect(await page.getByRole('region', { name: 'Service metrics' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it.each([
    ['london-clocks-forward.yaml', '1', 'clocks +1 h (GMT→BST) on Sun 29 Mar 2026 at 01:00 GMT'],
    [
      'london-clocks-forward.yaml',
      'spring-2026',
      'clocks +1 h (GMT→BST) on Sun 29 Mar 2026 at 01:00 GMT',
    ],
    ['london-clocks-back.yaml', '1', 'clocks −1 h (BST→GMT) on Sun 25 Oct 2026 at 02:00 BST'],
  ])(
    'of %s (Europe/London) with seed %s has the same trace as in Node',
    async (file, seed, change) => {
      const scenario = parsed(`test/fixtures/${file}`);
      const { page, problems, close } = await openPage(browser, `?seed=${seed}`);
      await page.getByTestId('scenario-loaded').waitFor();
      await page.locator('cs-scenario-header input[type=file]').setInputFiles({
        name: file,
        mimeType: 'text/yaml',
        buffer: readFileSync(join(root, 'test/fixtures', file)),
      });
      await page.getByRole('heading', { name: scenario.name }).waitFor();
      await runSettled(page);
      expect(await page.getByTestId('trace-fingerprint').textContent()).toBe(
        nodeFingerprint(`test/fixtures/${file}`, seed),
      );
      const zone = await page.getByTestId('time-zone').textContent();
      expect(zone?.replace(/\s+/g, ' ').trim()).toBe(`Local times in Europe/London: ${change}.`);
      expect(problems).toEqual([]);
      await close();
    },
  );
});
