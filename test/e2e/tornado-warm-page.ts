/**
 * The set-up the tornado tools share (tornado-profile.ts, tornado-trace.ts): a build served (the
 * folder given, or the e2e build, built first unless CS_NO_BUILD=1), the sensitivity tab open and
 * the pool warmed by one tornado of 300 runs per study; `use` measures on that page, and the
 * browser and server are closed after.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { buildApp, freePort, outDir, startPreview } from './preview-server.ts';
import { openSensitivity, timeTornado } from './tornado-bench.ts';

export async function withWarmTornadoPage(
  folder: string | undefined,
  use: (page: Page, browser: Browser) => Promise<void>,
): Promise<void> {
  if (!folder && process.env.CS_NO_BUILD !== '1') buildApp();
  const server = await startPreview(await freePort(), folder ?? outDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await openSensitivity(page, server.url);
    await timeTornado(page, 300, 'warm-up');
    await use(page, browser);
  } finally {
    await browser.close();
    await server.stop();
  }
}
