/**
 * Where the page's main thread spends one stretch of a cold load to the bank's painted timeline:
 * a Chromium trace with V8's sampling profiler, the samples between two user-timing marks
 * (default: the first run's answer, `cs-early-run`, to `cs-timeline-painted`) summed by function
 * (mapped to the sources) and by script, with the trace's layout, style and paint time beside.
 * `--by-package`: the samples summed by library (node_modules/<name>) or source folder instead.
 * `npx tsx test/e2e/page-load-window.ts [FROM_MARK] [TO_MARK] [--no-build] [--by-package]`. It asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launchBrowser } from './chromium.ts';
import { buildApp, freePort, outDir, startPreview } from './preview-server.ts';

interface Frame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}
interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: {
    readonly data?: {
      readonly startTime?: number;
      readonly cpuProfile?: {
        readonly nodes?: readonly { id: number; callFrame: Frame; parent?: number }[];
        readonly samples?: readonly number[];
      };
      readonly timeDeltas?: readonly number[];
    };
  };
}

const byPackage = process.argv.includes('--by-package');
/** `fn ~d3-path/dist/x.mjs:3` -> `~d3-path`; `fn work/x/src/charts/a.ts:3` -> `src/charts`. */
const packageOf = (placed: string): string => {
  const where = placed.slice(placed.lastIndexOf(' ') + 1);
  const lib = /^~((?:@[^/]+\/)?[^/]+)/.exec(where);
  if (lib) return `~${lib[1]}`;
  const src = /(src\/[^/]+)\//.exec(where);
  return src ? src[1]! : where.replace(/:\d+$/, '');
};
const [from = 'cs-early-run', to = 'cs-timeline-painted'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
if (!process.argv.includes('--no-build') && process.env.CS_NO_BUILD !== '1') buildApp();
const server = await startPreview(await freePort());
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(() => window.localStorage.setItem('cs-tour-done', 'bench'));
  // CS_STYLE=css: a style sheet added to the page (an experiment: what does a part's layout cost?
  // e.g. CS_STYLE='cs-event-log { display: none }')
  const extra = process.env.CS_STYLE;
  if (extra)
    await context.addInitScript((css: string) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      });
    }, extra);
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'],
  });
  await page.goto(`${server.url}?scenario=bank-money-transfer`);
  while (!(await page.evaluate(`performance.getEntriesByName(${JSON.stringify(to)}).length > 0`)))
    await page.waitForTimeout(5);
  await page.waitForTimeout(100);
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  ).traceEvents;
  const markTs = (name: string): number => {
    const e = events.find((x) => x.name === name && x.cat.includes('user_timing'));
    if (!e) throw new Error(`no ${name} mark in the trace`);
    return e.ts;
  };
  const start = markTs(from);
  const end = markTs(to);
  const mainTid = events.find((x) => x.name === from && x.cat.includes('user_timing'))!.tid;

  // V8's profile of each thread: its nodes and samples come in chunks, each sample a time delta.
  const nodes = new Map<string, Map<number, Frame>>();
  const clock = new Map<string, number>();
  const samples: { key: string; node: number; ts: number }[] = [];
  // The main thread's profile: its Profile event is on that thread, its chunks may not be.
  const mainProfiles = new Set(
    events.filter((e) => e.name === 'Profile' && e.tid === mainTid).map((e) => `${e.pid}:${e.id}`),
  );
  for (const e of events) {
    const data = e.args?.data;
    if (e.name === 'Profile' && data?.startTime !== undefined)
      clock.set(`${e.pid}:${e.id}`, data.startTime);
    if (e.name !== 'ProfileChunk' || !data?.cpuProfile || !mainProfiles.has(`${e.pid}:${e.id}`))
      continue;
    const key = `${e.pid}:${e.id}`;
    const byId = nodes.get(key) ?? new Map<number, Frame>();
    nodes.set(key, byId);
    for (const n of data.cpuProfile.nodes ?? []) byId.set(n.id, n.callFrame);
    let t = clock.get(key) ?? 0;
    (data.cpuProfile.samples ?? []).forEach((node, i) => {
      t += data.timeDeltas?.[i] ?? 0;
      samples.push({ key, node, ts: t });
    });
    clock.set(key, t);
  }
  const maps = new Map<string, SourceMapConsumer | null>();
  const place = (f: Frame): string => {
    const file = (f.url ?? '').replace(/^.*\/assets\//, '');
    if (!maps.has(file)) {
      try {
        maps.set(
          file,
          new SourceMapConsumer(readFileSync(join(outDir, 'assets', `${file}.map`), 'utf8')),
        );
      } catch {
        maps.set(file, null);
      }
    }
    const at = file
      ? maps
          .get(file)
          ?.originalPositionFor({ line: (f.lineNumber ?? 0) + 1, column: f.columnNumber ?? 0 })
      : undefined;
    return at?.source
      ? `${at.name ?? f.functionName} ${at.source.replace(/^.*node_modules\//, '~').replace(/^(\.\.\/)+/, '')}:${at.line}`
      : `${f.functionName || '(anonymous)'} ${file || '(native)'}`;
  };
  const self = new Map<string, number>();
  const sorted = samples.sort((a, b) => a.ts - b.ts);
  for (let i = 0; i < sorted.length - 1; i++) {
    const s = sorted[i]!;
    if (s.ts < start || s.ts > end) continue;
    const frame = nodes.get(s.key)?.get(s.node);
    if (!frame) continue;
    const k = byPackage ? packageOf(place(frame)) : place(frame);
    self.set(k, (self.get(k) ?? 0) + (sorted[i + 1]!.ts - s.ts) / 1000);
  }
  const rendering = new Map<string, number>();
  for (const e of events)
    if (
      e.ph === 'X' &&
      e.tid === mainTid &&
      e.ts >= start &&
      e.ts <= end &&
      [
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'PrePaint',
        'Layerize',
        'MajorGC',
        'MinorGC',
        'V8.GC_SCAVENGER',
        'ParseAuthorStyleSheet',
      ].includes(e.name)
    )
      rendering.set(e.name, (rendering.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  console.log(`${from} -> ${to}: ${((end - start) / 1000).toFixed(0)} ms on the main thread`);
  console.log('rendering:', [...rendering].map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', '));
  for (const [k, v] of [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.CS_TOP ?? 45)))
    console.log(`  ${v.toFixed(1).padStart(6)} ms ${k}`);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
