/**
 * Where the page's main thread spends a cold load to the bank's painted timeline: a V8 CPU
 * profile (CDP) from navigation to the painted mark, self time summed by function and by script,
 * the largest first. `npx tsx test/e2e/page-load-profile.ts [--warm] [--no-build]`. It asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launchBrowser } from './chromium.ts';
import { loadPage } from './page-load-page.ts';
import { buildApp, freePort, outDir, startPreview } from './preview-server.ts';

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const warm = process.argv.includes('--warm');
if (!process.argv.includes('--no-build') && process.env.CS_NO_BUILD !== '1') buildApp();
const server = await startPreview(await freePort());
const browser = await launchBrowser();
try {
  const { context, page, url, paintedAt: painted } = await loadPage(browser, server.url, warm);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // `--after=MARK`: profile from that mark on (polled, so from a few ms after it).
  const after = process.argv.find((a) => a.startsWith('--after='))?.slice('--after='.length);
  if (after === undefined) await cdp.send('Profiler.start');
  // `--from=MARK`: the whole load profiled, only the samples after that mark counted.
  const from = process.argv.find((a) => a.startsWith('--from='))?.slice('--from='.length);
  await page.goto(url);
  if (after !== undefined) {
    while (
      !(await page.evaluate(`performance.getEntriesByName(${JSON.stringify(after)}).length > 0`))
    )
      await page.waitForTimeout(2);
    await cdp.send('Profiler.start');
  }
  const at = await painted();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const maps = new Map<string, SourceMapConsumer | null>();
  const original = (url: string, line: number, column: number): string => {
    const file = url.replace(/^.*\/assets\//, '');
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
    const at = maps.get(file)?.originalPositionFor({ line: line + 1, column });
    return at?.source
      ? `${at.name ?? ''} ${at.source.replace(/^.*node_modules\//, '~').replace(/^(\.\.\/)+/, '')}:${at.line}`
      : '';
  };
  const fromMs =
    from === undefined
      ? -Infinity
      : await page.evaluate<number>(
          `performance.getEntriesByName(${JSON.stringify(from)})[0]?.startTime ?? NaN`,
        );
  // The profile's clock is the page's monotonic clock in µs: performance.now() is ms from the
  // page's time origin on it. The last sample is taken about now.
  const nowMs = await page.evaluate<number>('performance.now()');
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
  const startMs = nowMs - total;
  let clock = startMs;
  // `--to=MARK`: only the samples before that mark.
  const to = process.argv.find((a) => a.startsWith('--to='))?.slice('--to='.length);
  const toMs =
    to === undefined
      ? Infinity
      : await page.evaluate<number>(
          `performance.getEntriesByName(${JSON.stringify(to)})[0]?.startTime ?? NaN`,
        );
  const counted = profile.timeDeltas.map((d) => {
    clock += d / 1000;
    return clock >= fromMs && clock <= toMs;
  });
  if (from !== undefined) console.log(`counting from ${from} at ${fromMs.toFixed(0)} ms`);
  const self = new Map<string, number>();
  const byScript = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id);
    if (!node || !counted[i]) return;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const script = node.callFrame.url.replace(/^.*\//, '') || '(native)';
    const { url: u, lineNumber, columnNumber } = node.callFrame;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${original(u, lineNumber, columnNumber) || `${script}:${lineNumber}`}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    byScript.set(script, (byScript.get(script) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, n: number): string[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(6)} ms ${k}`);
  console.log(
    `${warm ? 'warm' : 'cold'} load, painted at ${at.toFixed(0)} ms; main thread self time by script:`,
  );
  for (const line of top(byScript, 15)) console.log(line);
  console.log('by function:');
  for (const line of top(self, 40)) console.log(line);
  // `--callers=TEXT`: for functions whose name or place holds TEXT, their callers' chains (3 up).
  const callers = process.argv.find((a) => a.startsWith('--callers='))?.slice('--callers='.length);
  if (callers !== undefined) {
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: ProfileNode): string =>
      `${n.callFrame.functionName || '(anonymous)'} ${original(n.callFrame.url, n.callFrame.lineNumber, n.callFrame.columnNumber)}`;
    const chains = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const node = byNode.get(id);
      if (!node || !label(node).includes(callers)) return;
      const chain: string[] = [];
      for (let p = parent.get(id), k = 0; p !== undefined && k < 4; p = parent.get(p), k++)
        chain.push(label(byNode.get(p)!));
      const key = chain.join(' < ');
      chains.set(key, (chains.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    console.log(`callers of ${callers}:`);
    for (const line of top(chains, 12)) console.log(line);
  }
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
