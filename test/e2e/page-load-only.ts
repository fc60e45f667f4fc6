/**
 * Only the page-load section of `npm run bench` (ui-bench.ts): builds the app, serves it and prints
 * page load to the bank's painted timeline, cold and warm cache, with the waterfall before it.
 * `npx tsx test/e2e/page-load-only.ts [runs]`. It asserts nothing.
 */
import { launchBrowser } from './chromium.ts';
import { describeLoad, pageLoadFigures } from './page-load-bench.ts';
import { buildApp, freePort, startPreview } from './preview-server.ts';

if (process.env.CS_NO_BUILD !== '1') buildApp();
const server = await startPreview(await freePort());
const browser = await launchBrowser();
try {
  const runs = Number(process.argv[2] ?? 7);
  const load = await pageLoadFigures(browser, `${server.url}?scenario=bank-money-transfer`, runs);
  for (const line of describeLoad(load)) console.log(line);
} finally {
  await browser.close();
  await server.stop();
}
