/**
 * Same scenario + same seed = the same run, in Node and in the browser: the page's trace
 * fingerprint equals the one Node computes from the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { launchBrowser, openPage } from './browser.ts';
import { root } from './preview-server.ts';

function nodeFingerprint(id: string, seed: string): string {
  const file = `${id}.yaml`;
  const result = parseScenario(readFileSync(join(root, 'scenarios', file), 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not parse`);
  return fingerprint(simulate(result.scenario, seed));
}

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
    expect(shown).toBe(nodeFingerprint(id, seed));
    expect(await page.getByRole('region', { name: 'Service metrics' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});
