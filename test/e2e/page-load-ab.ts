/**
 * Page load to the bank's painted timeline, two builds compared under the same machine load: each
 * is served by its own preview server and their cold and warm loads alternate (A, B, A, B, ...),
 * so a busy moment of the machine falls on both. `npx tsx test/e2e/page-load-ab.ts DIR_A DIR_B
 * [runs]` (build folders, e.g. a build of main and the e2e build). It asserts nothing.
 */
import { launchBrowser } from './chromium.ts';
import { describeLoad, pageLoadFigures, type LoadFigures } from './page-load-bench.ts';
import { freePort, startPreview } from './preview-server.ts';

const [dirA, dirB, runsText] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: page-load-ab.ts DIR_A DIR_B [runs]');
const runs = Number(runsText ?? 7);
const servers = [
  await startPreview(await freePort(), dirA),
  await startPreview(await freePort(), dirB),
];
const browser = await launchBrowser();
try {
  const figures: LoadFigures[][] = [[], []];
  for (let i = 0; i < runs; i++)
    for (const [k, server] of servers.entries())
      figures[k]!.push(
        await pageLoadFigures(browser, `${server.url}?scenario=bank-money-transfer`, 1),
      );
  for (const [k, dir] of [dirA, dirB].entries()) {
    const all = figures[k]!;
    const merged: LoadFigures = {
      cold: all.flatMap((f) => f.cold),
      warm: all.flatMap((f) => f.warm),
      domContentLoaded: all.flatMap((f) => f.domContentLoaded),
      marks: Object.fromEntries(
        Object.keys(all[0]?.marks ?? {}).map((name) => [
          name,
          all.flatMap((f) => f.marks[name] ?? []),
        ]),
      ),
      waterfall: all.at(-1)?.waterfall ?? [],
    };
    console.log(`${k === 0 ? 'A' : 'B'}: ${dir}`);
    for (const line of describeLoad(merged)) console.log(line);
  }
  // Each B load beside the A load just before it: the median of the differences is less moved by
  // the machine's load than the difference of the medians.
  for (const kind of ['cold', 'warm'] as const) {
    const diffs = figures[1]!.map((b, i) => b[kind][0]! - figures[0]![i]![kind][0]!);
    const sorted = [...diffs].sort((x, y) => x - y);
    console.log(
      `B - A, ${kind}, paired: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms (${diffs.map((d) => d.toFixed(0)).join(', ')})`,
    );
  }
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
}
