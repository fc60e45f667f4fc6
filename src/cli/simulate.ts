/**
 * npm run simulate -- <scenario.yaml> [--seed S] [--json [--trace]] [--without-injects] [--max-events N]
 * Runs one seeded simulation and prints the report (or JSON) on stdout; errors on stderr,
 * exit code 2 for an invalid scenario, bad arguments or a run over the event budget.
 * The run is the fast path's with its trace (identical to the XState actor path's run).
 * `--without-injects` leaves the scenario's scripted injects out, as a Monte Carlo study's
 * runs do by default, so run i of a study is `--seed S:run:i --without-injects`. JSON is
 * written in chunks as stdout drains, so a trace of any length is never one string.
 */
import { prettyJsonChunks } from '../analysis/json-chunks.ts';
import { studyScenario } from '../analysis/montecarlo/study-injects.ts';
import { runReport } from '../core/report.ts';
import { simulateFast } from '../simulator/fast/simulate-fast.ts';
import {
  DEFAULT_BUDGET_TEXT,
  maxEventsHelp,
  parseMaxEvents,
  withinBudget,
} from './budget-option.ts';
import { formatReport } from './format-report.ts';
import { parseCommandLine, runMain } from './cli-basics.ts';
import { readScenarioReusing } from './scenario-reuse.ts';
import { writeChunks } from './write-chunks.ts';

const USAGE = `Usage: npm run simulate -- <scenario.yaml|json> [--seed S] [--json] [--trace] [--without-injects] [--max-events N]

  --seed S            the seed of the run (default 1): same scenario and seed, same run
  --json              print the report as JSON
  --trace             with --json, include the full trace (events and intervals)
  --without-injects   leave the scenario's scripted injects out (random failures only), as
                      a Monte Carlo study does unless --with-injects: run i of a study with
                      master seed S is --seed S:run:i --without-injects
${maxEventsHelp(22, [
  `the event budget of the run (${DEFAULT_BUDGET_TEXT}): a run expected`,
  'to take more events is refused before it starts',
])}
  --help              show this help`;

runMain(async () => {
  const args = parseCommandLine(
    {
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      trace: { type: 'boolean', default: false },
      'without-injects': { type: 'boolean', default: false },
      'max-events': { type: 'string' },
    },
    USAGE,
  );
  if (!args) return;
  const { values } = args;
  const maxEvents = parseMaxEvents(values['max-events'], USAGE);
  // A text read before is taken from the build's store (no YAML, schemas or layout again).
  const read = await readScenarioReusing(args.file);
  const scenario = values['without-injects'] ? studyScenario(read, 'none') : read;
  // The fast path's trace is the actor path's, byte for byte (test/simulator/fast/differential.test.ts),
  // and starts in a fraction of the time: no XState actors to load and warm up for one run.
  const trace = await withinBudget(
    args.file,
    () => simulateFast(scenario, values.seed, { maxEvents, trace: true }).trace!,
  );
  const report = runReport(scenario, trace);
  if (values.json)
    await writeChunks(process.stdout, jsonLines(values.trace ? { ...report, trace } : report));
  else process.stdout.write(`${formatReport(report)}\n`);
});

/** The JSON text and its final line end, chunk by chunk as they are asked for. */
function* jsonLines(value: unknown): Generator<string> {
  yield* prettyJsonChunks(value);
  yield '\n';
}
