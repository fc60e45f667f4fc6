/**
 * The CPU a cold page load spends to the bank's painted timeline, two builds compared: the page's
 * main-thread CPU time (CDP Performance metrics' ThreadTime) and its renderer's (ProcessTime:
 * the page and its workers) when the painted mark is seen, each load in a fresh browser context,
 * A and B alternating. CPU time, unlike the time to paint, is little moved by other work on the
 * machine (its figures include the few ms of polling after the paint, the same for both builds).
 * `npx tsx test/e2e/page-load-cpu-ab.ts DIR_A DIR_B [runs]`. It asserts nothing.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { loadPage } from './page-load-page.ts';
import { freePort, startPreview } from './preview-server.ts';

interface CpuFigures {
  readonly painted: number;
  readonly thread: number;
  readonly process: number;
}

async function coldLoad(browser: Browser, serverUrl: string): Promise<CpuFigures> {
  const { context, page, url, paintedAt } = await loadPage(browser, serverUrl, false);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  const painted = await paintedAt();
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number =>
    (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const figures = { painted, thread: metric('ThreadTime'), process: metric('ProcessTime') };
  await context.close();
  return figures;
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const [dirA, dirB, runsText] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: page-load-cpu-ab.ts DIR_A DIR_B [runs]');
const runs = Number(runsText ?? 9);
const servers = [
  await startPreview(await freePort(), dirA),
  await startPreview(await freePort(), dirB),
];
const browser = await launchBrowser();
try {
  const figures: CpuFigures[][] = [[], []];
  for (let i = 0; i < runs; i++)
    for (const [k, server] of servers.entries())
      figures[k]!.push(await coldLoad(browser, server.url));
  for (const [k, dir] of [dirA, dirB].entries()) {
    const all = figures[k]!;
    const line = (key: keyof CpuFigures): string =>
      `${key} median ${median(all.map((f) => f[key])).toFixed(0)} ms (${all.map((f) => f[key].toFixed(0)).join(', ')})`;
    console.log(
      `${k === 0 ? 'A' : 'B'}: ${dir}\n  ${line('painted')}\n  ${line('thread')}\n  ${line('process')}`,
    );
  }
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
}
