/**
 * Where the bank's tornado spends its time on every thread of the page, the pool's Web Workers
 * included: a Chrome trace (V8's sampling profiler) around one tornado of 1,000 runs per study on
 * a warm pool, summed per thread and by function (self time). `npx tsx test/e2e/tornado-trace.ts
 * [DIR]` (a build folder; default the e2e build, built first unless CS_NO_BUILD=1). It asserts
 * nothing.
 */
import { timeTornado } from './tornado-bench.ts';
import { withWarmTornadoPage } from './tornado-warm-page.ts';

interface TraceEvent {
  readonly name: string;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly ph?: string;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event, in microseconds. */
  readonly tdur?: number;
  readonly args?: {
    readonly data?: {
      readonly cpuProfile?: {
        nodes?: { id: number; callFrame: { functionName: string; url?: string } }[];
        samples?: number[];
      };
      readonly timeDeltas?: number[];
    };
    readonly name?: string;
  };
}

await withWarmTornadoPage(process.argv[2], async (page, browser) => {
  await browser.startTracing(page, {
    categories: [
      'disabled-by-default-v8.cpu_profiler',
      '__metadata',
      'toplevel',
      'devtools.timeline',
    ],
  });
  const f = await timeTornado(page, 1000, 'traced');
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  const threadName = new Map<string, string>();
  for (const e of traceEvents)
    if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  // Each profile's chunks: nodes and samples accumulate, keyed by the profile's id.
  const profiles = new Map<
    string,
    { thread: string; names: Map<number, string>; self: Map<string, number> }
  >();
  for (const e of traceEvents) {
    if (e.name !== 'ProfileChunk' || !e.args?.data) continue;
    const key = `${e.pid}:${e.id}`;
    let p = profiles.get(key);
    if (!p)
      profiles.set(
        key,
        (p = {
          thread: threadName.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`,
          names: new Map(),
          self: new Map(),
        }),
      );
    const { cpuProfile, timeDeltas = [] } = e.args.data;
    for (const n of cpuProfile?.nodes ?? [])
      p.names.set(
        n.id,
        `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}`,
      );
    (cpuProfile?.samples ?? []).forEach((id, i) => {
      const name = p.names.get(id) ?? String(id);
      p.self.set(name, (p.self.get(name) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
    });
  }
  console.log(
    `tornado ${(f.clickToChartMs / 1000).toFixed(2)} s click to chart (pool ${(f.poolMs / 1000).toFixed(2)} s on ${f.workers} workers)`,
  );
  // Each thread's CPU time in its top-level tasks (thread time of complete events, not nested).
  const cpu = new Map<string, { wall: number; cpu: number }>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.tdur === undefined || e.name !== 'ThreadControllerImpl::RunTask')
      continue;
    const key = threadName.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    const c = cpu.get(`${key} ${e.pid}:${e.tid}`) ?? { wall: 0, cpu: 0 };
    c.wall += (e.dur ?? 0) / 1000;
    c.cpu += e.tdur / 1000;
    cpu.set(`${key} ${e.pid}:${e.tid}`, c);
  }
  for (const [thread, c] of cpu)
    if (c.cpu > 50)
      console.log(`${thread}: tasks ${c.wall.toFixed(0)} ms wall, ${c.cpu.toFixed(0)} ms CPU`);
  // The page main thread's work by kind (thread time of timeline events; nested ones overlap).
  const kinds = new Map<string, number>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.tdur === undefined || e.name === 'ThreadControllerImpl::RunTask')
      continue;
    if (threadName.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain') continue;
    kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.tdur / 1000);
  }
  console.log('\nCrRendererMain by kind (nested events overlap):');
  for (const [name, ms] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  for (const p of profiles.values()) {
    const all = [...p.self];
    const busy = all
      .filter(([n]) => !n.startsWith('(idle)') && !n.startsWith('(program)'))
      .reduce((s, [, ms]) => s + ms, 0);
    if (busy < 50) continue;
    console.log(`\n${p.thread}: busy ${busy.toFixed(0)} ms`);
    for (const [name, ms] of all.sort((a, b) => b[1] - a[1]).slice(0, 22))
      console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  }
});
