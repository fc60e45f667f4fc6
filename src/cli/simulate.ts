/**
 * npm run simulate -- <scenario.yaml> [--seed S] [--json] [--without-injects]
 * Runs one seeded simulation and prints the report (or JSON) on stdout; errors on stderr,
 * exit code 2 for an invalid scenario or bad arguments. `--without-injects` leaves the
 * scenario's scripted injects out, as a Monte Carlo study's runs do by default, so run i of a
 * study is `--seed S:run:i --without-injects`.
 */
import { studyScenario } from '../analysis/montecarlo/study-injects.ts';
import { runReport } from '../core/report.ts';
import { simulate } from '../simulator/simulate.ts';
import { formatReport } from './format-report.ts';
import { parseCommandLine, readScenario, runMain } from './read-scenario.ts';

const USAGE = `Usage: npm run simulate -- <scenario.yaml|json> [--seed S] [--json] [--trace] [--without-injects]

  --seed S            the seed of the run (default 1): same scenario and seed, same run
  --json              print the report as JSON
  --trace             with --json, include the full trace (events and intervals)
  --without-injects   leave the scenario's scripted injects out (random failures only), as
                      a Monte Carlo study does unless --with-injects: run i of a study with
                      master seed S is --seed S:run:i --without-injects
  --help              show this help`;

runMain(() => {
  const args = parseCommandLine(
    {
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      trace: { type: 'boolean', default: false },
      'without-injects': { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!args) return;
  const { values } = args;
  const read = readScenario(args.file);
  const scenario = values['without-injects'] ? studyScenario(read, 'none') : read;
  const trace = simulate(scenario, values.seed);
  const report = runReport(scenario, trace);
  if (values.json)
    process.stdout.write(
      `${JSON.stringify(values.trace ? { ...report, trace } : report, null, 2)}\n`,
    );
  else process.stdout.write(`${formatReport(report)}\n`);
});
