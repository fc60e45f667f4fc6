/**
 * The bank's tornado (1,000 runs per study, warm pool), two builds compared under the same machine
 * load: each build is served by its own preview server, each has a page with a warm pool (a
 * 300-run tornado first), and their tornadoes alternate (A, B, A, B, ...), so a busy moment of the
 * machine falls on both. Beside the times it prints the page main thread's busy time during each
 * tornado (Chrome's TaskDuration and ScriptDuration metrics: the page's own CPU). `npx tsx test/e2e/tornado-ab.ts DIR_A DIR_B [rounds]` (build folders, e.g.
 * a build of main and the e2e build). Prints each run and the medians; it asserts nothing.
 */
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { descendantsCpuMs } from './process-cpu.ts';
import { freePort, startPreview } from './preview-server.ts';
import { openSensitivity, timeTornado, type Figures } from './tornado-bench.ts';

const [dirA, dirB, roundsText] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: tornado-ab.ts DIR_A DIR_B [rounds]');
const rounds = Number(roundsText ?? 5);
const dirs = [dirA, dirB];
const servers = [
  await startPreview(await freePort(), dirA),
  await startPreview(await freePort(), dirB),
];
const browser = await launchBrowser();
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
try {
  const pages: { page: Awaited<ReturnType<typeof browser.newPage>>; cdp: CDPSession }[] = [];
  for (const server of servers) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await openSensitivity(page, server.url);
    await timeTornado(page, 300, 'warm-up');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    pages.push({ page, cdp });
  }
  /** The page main thread's busy and script time so far, in ms. */
  const busy = async (cdp: CDPSession) => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  const figures: Figures[][] = [[], []];
  const mains: { task: number; script: number }[][] = [[], []];
  /** CPU of the whole browser (page, workers, GPU...) during each tornado, ms (/proc). */
  const cpus: number[][] = [[], []];
  for (let i = 0; i < rounds; i++)
    for (const [k, { page, cdp }] of pages.entries()) {
      const before = await busy(cdp);
      const cpuBefore = descendantsCpuMs();
      const f = await timeTornado(page, 1000, `ab-${i}`);
      const cpuAfter = descendantsCpuMs();
      const after = await busy(cdp);
      const cpu = cpuBefore === null || cpuAfter === null ? NaN : cpuAfter - cpuBefore;
      cpus[k]!.push(cpu);
      const main = { task: after.task - before.task, script: after.script - before.script };
      figures[k]!.push(f);
      mains[k]!.push(main);
      const s = (ms: number): string => (ms / 1000).toFixed(2);
      console.log(
        `${'AB'[k]} round ${i}: ${s(f.clickToChartMs)} s click to chart (pool ${s(f.poolMs)} s); browser CPU ${s(cpu)} s; page main thread busy ${main.task.toFixed(0)} ms (script ${main.script.toFixed(0)} ms)`,
      );
    }
  for (const [k, dir] of dirs.entries()) {
    const all = figures[k]!;
    const m = (xs: number[]): string => (median(xs) / 1000).toFixed(2);
    console.log(
      `${'AB'[k]}: ${dir}: median ${m(all.map((f) => f.clickToChartMs))} s click to chart (pool ${m(all.map((f) => f.poolMs))} s), best ${(Math.min(...all.map((f) => f.clickToChartMs)) / 1000).toFixed(2)} s; browser CPU median ${m(cpus[k]!)} s; page main thread busy median ${median(mains[k]!.map((x) => x.task)).toFixed(0)} ms (script ${median(mains[k]!.map((x) => x.script)).toFixed(0)} ms)`,
    );
  }
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
}
