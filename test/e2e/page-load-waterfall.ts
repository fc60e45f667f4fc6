/**
 * The critical path of one page load to the bank's painted timeline, read from a Chromium trace:
 * every request (page and workers: when asked, when its last byte came), the user-timing marks,
 * and each thread's tasks over a few milliseconds (script compile and evaluation, layout, the
 * worker's run), all in ms from navigation start. A cold load is a fresh browser context (empty
 * HTTP and code caches); `--warm` loads the page once first in the same context.
 * `npx tsx test/e2e/page-load-waterfall.ts [--warm] [--no-build] [--dir=BUILD]`. It asserts nothing.
 */
import { launchBrowser } from './chromium.ts';
import { loadPage } from './page-load-page.ts';
import { buildApp, freePort, startPreview } from './preview-server.ts';

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: {
    readonly data?: {
      readonly url?: string;
      readonly requestId?: string;
      readonly encodedDataLength?: number;
      readonly name?: string;
      readonly frame?: string;
      readonly functionName?: string;
    };
    readonly name?: string;
  };
}

const warm = process.argv.includes('--warm');
// `--dir=PATH`: another build's folder (a build of main, say), served as it is.
const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice('--dir='.length);
if (dir === undefined && !process.argv.includes('--no-build') && process.env.CS_NO_BUILD !== '1')
  buildApp();
const server = await startPreview(await freePort(), dir);
const browser = await launchBrowser();
try {
  const { context, page, url, paintedAt } = await loadPage(browser, server.url, warm);
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8.execute',
      'loading',
    ],
  });
  await page.goto(url);
  const painted = await paintedAt();
  await page.waitForTimeout(100);
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;

  // The painted mark's trace time and performance time give the origin (navigation start).
  const mark = events.find(
    (e) => e.name === 'cs-timeline-painted' && e.cat.includes('user_timing'),
  );
  if (!mark) throw new Error('no cs-timeline-painted mark in the trace');
  const origin = mark.ts / 1000 - painted;
  const ms = (ts: number): number => ts / 1000 - origin;
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.name === 'thread_name' && e.args?.name) threadNames.set(`${e.pid}:${e.tid}`, e.args.name);

  const lines: [number, string][] = [];
  const requests = new Map<string, { url: string; start: number; end?: number; bytes?: number }>();
  for (const e of events) {
    const d = e.args?.data;
    if (e.name === 'ResourceSendRequest' && d?.requestId && d.url)
      requests.set(d.requestId, { url: d.url, start: ms(e.ts) });
    if (e.name === 'ResourceFinish' && d?.requestId) {
      const r = requests.get(d.requestId);
      if (r) {
        r.end = ms(e.ts);
        r.bytes = d.encodedDataLength ?? 0;
      }
    }
  }
  // Only the page's (Chromium's own omnibox pages load meanwhile in a fresh context: left out).
  for (const r of [...requests.values()].filter((q) => q.url.startsWith(server.url)))
    lines.push([
      r.start,
      `net   ${r.url.replace(/^.*\//, '').padEnd(40)} ${r.start.toFixed(0).padStart(5)}-${(r.end ?? NaN).toFixed(0).padStart(5)} ms ${((r.bytes ?? 0) / 1024).toFixed(0).padStart(5)} kB`,
    ]);
  for (const e of events)
    if (
      e.cat.includes('user_timing') &&
      (e.ph === 'R' || e.ph === 'I' || e.ph === 'b') &&
      e.name.startsWith('cs-')
    )
      lines.push([ms(e.ts), `mark  ${e.name} ${ms(e.ts).toFixed(0)} ms`]);
  const tasks = new Set([
    'EvaluateScript',
    'v8.evaluateModule',
    'v8.compileModule',
    'v8.compile',
    'FunctionCall',
    'ParseHTML',
    'Layout',
    'UpdateLayoutTree',
    'Paint',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'RunMicrotasks',
    'v8.run',
  ]);
  for (const e of events) {
    if (e.ph !== 'X' || !tasks.has(e.name) || (e.dur ?? 0) < 4000) continue;
    const start = ms(e.ts);
    if (start < -50 || start > painted + 50) continue;
    const thread = (threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.tid}`).slice(0, 18);
    const what = e.args?.data?.url?.replace(/^.*\//, '') ?? e.args?.data?.functionName ?? '';
    lines.push([
      start,
      `task  ${thread.padEnd(18)} ${e.name.padEnd(18)} ${start.toFixed(0).padStart(5)}+${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms ${what}`,
    ]);
  }
  lines.sort((a, b) => a[0] - b[0]);
  console.log(`${warm ? 'warm' : 'cold'} load, painted at ${painted.toFixed(0)} ms`);
  for (const [, line] of lines) console.log(line);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
