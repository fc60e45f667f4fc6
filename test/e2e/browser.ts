/**
 * Shared browser plumbing for e2e tests: Debian's Chromium through playwright-core, with every
 * console error or warning, uncaught exception and failed request collected per page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { inject } from 'vitest';
import { root } from './preview-server.ts';

export { launchBrowser } from './chromium.ts';

const screenshotDir = join(root, 'test-results', 'e2e');

export interface OpenedPage {
  readonly page: Page;
  /** Console errors and warnings, page errors, failed requests and HTTP errors, in order. */
  readonly problems: string[];
  readonly close: () => Promise<void>;
}

/** Opens `path` (relative to the preview server, e.g. `?scenario=x`) in a fresh context. */
export async function openPage(
  browser: Browser,
  path = '',
  options: BrowserContextOptions = {},
  /** A first visit: the guided tour may greet it. Otherwise the tour counts as done. */
  firstVisit = false,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 750 }, ...options });
  if (!firstVisit)
    await context.addInitScript(() => window.localStorage.setItem('cs-tour-done', 'e2e'));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') {
      const { url, lineNumber } = message.location();
      problems.push(`console.${type}: ${message.text()} (${url}:${lineNumber})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // A request the page itself left behind by navigating (a reload, a new address) is aborted by
  // Chromium; that is the navigation working, not a failure. Any other failed request is one.
  // The old document runs on until the new one commits, and what it asks for in that moment (an
  // idle prefetch's next chunks) is left behind too: a request belongs to the documents
  // committed when it starts, not to the navigations asked for.
  let navigations = 0;
  let committed = 0;
  const startedAt = new WeakMap<Request, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    else startedAt.set(request, committed);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) committed = navigations;
  });
  page.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText ?? '?';
    const started = startedAt.get(request);
    if (errorText === 'net::ERR_ABORTED' && started !== undefined && started < navigations) return;
    problems.push(`request failed: ${request.url()} (${errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(new URL(path, inject('baseURL')).href);
  return { page, problems, close: () => context.close() };
}

/** Saves a full-page screenshot to `test-results/e2e/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Waits until the app has no run in flight: runs are made in a worker, so a change (a seed,
 * an inject) shows its run a moment later.
 */
export async function runSettled(page: Page): Promise<void> {
  await page.locator('cs-app:not([simulating])').waitFor({ state: 'attached' });
  await page.getByTestId('scenario-loaded').waitFor();
  // the event log's rows out of view come in just after the first paint
  await page.locator('cs-event-log ol[aria-busy="true"]').waitFor({ state: 'detached' });
}
