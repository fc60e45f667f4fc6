/**
 * Where the page's main thread spends the bank's tornado (1,000 runs per study, warm pool): a
 * CPU profile of the page (Chrome DevTools Protocol) around one tornado, summed by function
 * (self time), beside the tornado's time. The workers' time is the rest: the pool's time on 2
 * workers. `npx tsx test/e2e/tornado-profile.ts [DIR]` (a build folder; default the e2e build,
 * built first unless CS_NO_BUILD=1). It asserts nothing.
 */
import { timeTornado } from './tornado-bench.ts';
import { withWarmTornadoPage } from './tornado-warm-page.ts';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

await withWarmTornadoPage(process.argv[2], async (page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const f = await timeTornado(page, 1000, 'profiled');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + profile.timeDeltas[i]!));
  const self = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = (time.get(node.id) ?? 0) / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    if (functionName !== '(idle)' && functionName !== '(program)') busy += ms;
  }
  console.log(
    `tornado ${(f.clickToChartMs / 1000).toFixed(2)} s click to chart (pool ${(f.poolMs / 1000).toFixed(2)} s on ${f.workers} workers); main thread busy ${busy.toFixed(0)} ms`,
  );
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
});
