/**
 * Only the tornado section of `npm run bench` (ui-bench.ts, tornado-bench.ts): builds the app,
 * serves it and prints the bank's tornado on the page's Monte Carlo pool, 300 runs per study on
 * fresh workers, then 1,000 runs per study twice on the warm pool.
 * `npx tsx test/e2e/tornado-only.ts` (CS_NO_BUILD=1: serve the last build). It asserts nothing.
 */
import { launchBrowser } from './chromium.ts';
import { buildApp, freePort, startPreview } from './preview-server.ts';
import { tornadoBench } from './tornado-bench.ts';

if (process.env.CS_NO_BUILD !== '1') buildApp();
const server = await startPreview(await freePort());
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  console.log((await tornadoBench(page, server.url)).join('\n'));
} finally {
  await browser.close();
  await server.stop();
}
