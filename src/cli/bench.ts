/**
 * npm run bench: how fast one simulated year runs through the XState actor path, for the
 * bundled bank scenario and for a generated 50-component scenario; the BIA; parsing the fuzz
 * tests' 10,000 scenarios, and large files (up to 200,000 keys and the 5 MB limit); the fast path against the actor path; the fast path against a bare loop on the reference model
 * (bench-reference.ts); Monte Carlo studies in one thread and on worker threads (bench-montecarlo.ts); and the command line's start-up
 * (bench-startup.ts); and 1,000,000 bank runs through the montecarlo command, time and memory (bench-million.ts). Prints figures; it asserts nothing (the targets are read off
 * the output).
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import type { Scenario } from '../core/model.ts';
import { syntheticScenario } from '../core/synthetic.ts';
import { days } from '../core/time.ts';
import { parseScenario } from '../scenario/index.ts';
import { benchBankStudy } from './bench-bank-study.ts';
import { benchParse } from './bench-parse.ts';
import { benchCommandLine } from './bench-startup.ts';
import { benchReference } from './bench-reference-section.ts';
import { editedBankText, FUZZ_RUNS, mutatedBank, type FuzzInput } from './fuzz-inputs.ts';
import { runBia } from '../analysis/bia/index.ts';
import { integer as f } from '../analysis/figure-text.ts';
import { simulate, simulateWithStats } from '../simulator/simulate.ts';
import { compileScenario } from '../simulator/fast/compiled.ts';
import { runCompiled, simulateFast } from '../simulator/fast/simulate-fast.ts';
import { benchMonteCarlo } from './bench-montecarlo.ts';
import { benchMillion } from './bench-million.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '60' }, warmup: { type: 'string', default: '15' } },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);

function oneYear(s: Scenario): Scenario {
  return { ...s, horizon: days(365) };
}

function bankScenario(): Scenario {
  const r = parseScenario(
    readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'),
    'bank-money-transfer.yaml',
  );
  if (!r.ok) throw new Error('the bank scenario does not parse');
  return oneYear(r.scenario);
}

function bench(label: string, s: Scenario): void {
  for (let i = 0; i < warmup; i++) simulate(s, `warmup-${i}`);
  const times: number[] = [];
  let events = 0;
  let traceEvents = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const trace = simulate(s, `bench-${i}`);
    times.push(performance.now() - t0);
    traceEvents += trace.events.length;
  }
  for (let i = 0; i < 5; i++) events += simulateWithStats(s, `bench-${i}`).engineEvents;
  const perRunEvents = events / 5;
  times.sort((a, b) => a - b);
  const q = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  const median = q(0.5);
  console.log(
    [
      `${label}`,
      `  one simulated year: median ${median.toFixed(1)} ms, min ${q(0).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms (${runs} runs after ${warmup} warm-up)`,
      `  engine events per year: ${Math.round(perRunEvents).toLocaleString('en-US')}, trace events per year: ${Math.round(traceEvents / runs).toLocaleString('en-US')}`,
      `  throughput: ${Math.round((perRunEvents / median) * 1000).toLocaleString('en-US')} engine events/s`,
    ].join('\n'),
  );
}

console.log(
  `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})\n`,
);
bench('Bank money transfer (5 components), XState actor path', bankScenario());
bench(
  'Generated scenario, 50 components, XState actor path (target: <= 30 ms per year)',
  oneYear(syntheticScenario({ components: 50 })),
);

/** The business impact analysis of a generated 200-component scenario, singles and pairs (target: under 5 s). */
function benchBia(): void {
  const scenario = syntheticScenario({ components: 200 });
  runBia(syntheticScenario({ components: 20 })); // warm-up
  const times: number[] = [];
  let result = runBia(scenario);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    result = runBia(scenario);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    [
      'Business impact analysis, generated 200-component scenario, singles and pairs (target: < 5 s)',
      `  median ${(times[1]! / 1000).toFixed(2)} s, best ${(times[0]! / 1000).toFixed(2)} s (3 runs): ${result.disruptions.length} disruptions, ${result.runs.toLocaleString('en-US')} simulations`,
    ].join('\n'),
  );
}
benchBia();

/**
 * Parsing the inputs of the fuzz tests (test/scenario/fuzz-*.test.ts), the very same ones:
 * the tests check only what the loader answers; how long it takes is measured here. Target:
 * every parse well under 1 s (a malformed file must not hang the editor).
 */
function benchFuzzParse(): void {
  const rows: [string, fc.Arbitrary<FuzzInput>, { numRuns: number; seed: number }][] = [
    ['mutated bank structures (YAML and JSON)', mutatedBank, FUZZ_RUNS.mutated],
    ['randomly edited bank text (YAML)', editedBankText, FUZZ_RUNS.edited],
  ];
  const lines = ['Parsing the fuzzed scenarios of the fuzz tests (target: each parse < 1 s)'];
  for (const [label, inputs, runs] of rows) {
    const sample = fc.sample(inputs, runs);
    for (const input of sample.slice(0, 100)) parseScenario(input.text, input.fileName);
    const times: number[] = [];
    let rejected = 0;
    for (const input of sample) {
      const t0 = performance.now();
      const result = parseScenario(input.text, input.fileName);
      times.push(performance.now() - t0);
      if (!result.ok) rejected++;
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const q = (p: number): number =>
      times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    lines.push(
      `  ${label}: ${times.length.toLocaleString('en-US')} parses (${rejected.toLocaleString('en-US')} rejected), mean ${mean.toFixed(2)} ms, median ${q(0.5).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms, worst ${times[times.length - 1]!.toFixed(1)} ms ${times[times.length - 1]! < 1000 ? '(met)' : '(MISSED)'}`,
    );
  }
  console.log(lines.join('\n'));
}
benchFuzzParse();
benchParse();

/**
 * The fast path (simulator/fast), derived from the same machines: runs/s and engine events/s
 * against the actor path on the bank and on the generated 50-component year, and the ratio;
 * both for a single run (`simulateFast` compiles the scenario each time) and as Monte Carlo
 * runs it (compiled once, then run after run).
 * Targets: at least 10x the actor path; ideally <= 0.4 ms per 50-component year.
 */
function benchFastPath(): void {
  const rows: [string, Scenario][] = [
    ['Bank money transfer, one year', bankScenario()],
    ['Generated scenario, 50 components, one year', oneYear(syntheticScenario({ components: 50 }))],
  ];
  for (const [label, s] of rows) {
    /** Runs/s and engine events/s over at least `minMs`, and the median ms of one run. */
    const measure = (run: (seed: string) => number, minMs: number, minRuns: number) => {
      for (let i = 0; i < warmup; i++) run(`warmup-${i}`);
      const times: number[] = [];
      let events = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < minMs || times.length < minRuns) {
        const t = performance.now();
        events += run(`fast-bench-${times.length}`);
        times.push(performance.now() - t);
      }
      const seconds = (performance.now() - t0) / 1000;
      times.sort((a, b) => a - b);
      const median = times[times.length >> 1]!;
      return { runsPerSecond: times.length / seconds, eventsPerSecond: events / seconds, median };
    };
    const actor = measure((seed) => simulateWithStats(s, seed).engineEvents, 1500, 0);
    const fast = measure((seed) => simulateFast(s, seed).engineEvents, 1500, 200);
    const compiled = compileScenario(s);
    const once = measure((seed) => runCompiled(compiled, seed, false).engineEvents, 1500, 200);
    console.log(
      [
        `${label}: fast path (no trace) vs XState actor path`,
        `  actor:                ${f(actor.runsPerSecond)} runs/s, ${f(actor.eventsPerSecond)} engine events/s, median ${actor.median.toFixed(2)} ms per run`,
        `  fast:                 ${f(fast.runsPerSecond)} runs/s, ${f(fast.eventsPerSecond)} engine events/s, median ${fast.median.toFixed(3)} ms per run`,
        `  fast, compiled once:  ${f(once.runsPerSecond)} runs/s, ${f(once.eventsPerSecond)} engine events/s, median ${once.median.toFixed(3)} ms per run (as Monte Carlo runs it)`,
        `  ratio: ${(actor.median / fast.median).toFixed(1)}x by median, ${(actor.median / once.median).toFixed(1)}x compiled once (target >= 10x)`,
      ].join('\n'),
    );
  }
}
benchFastPath();
benchBankStudy(bankScenario());
benchReference();

// A promise chain, not a top-level await: the bench is built as CommonJS (build-cli.mjs).
void benchMonteCarlo().then(benchCommandLine).then(benchMillion);
