/**
 * npm run simulate -- <scenario.yaml> [--seed S] [--json]
 * Runs one seeded simulation and prints the report (or JSON) on stdout; errors on stderr,
 * exit code 2 for an invalid scenario or bad arguments.
 */
import { runReport } from '../core/report.ts';
import { simulate } from '../simulator/simulate.ts';
import { formatReport } from './format-report.ts';
import { parseCommandLine, readScenario, runMain } from './read-scenario.ts';

const USAGE = `Usage: npm run simulate -- <scenario.yaml|json> [--seed S] [--json] [--trace]

  --seed S   the seed of the run (default 1): same scenario and seed, same run
  --json     print the report as JSON
  --trace    with --json, include the full trace (events and intervals)
  --help     show this help`;

runMain(() => {
  const args = parseCommandLine(
    {
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      trace: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!args) return;
  const { values } = args;
  const scenario = readScenario(args.file);
  const trace = simulate(scenario, values.seed);
  const report = runReport(scenario, trace);
  if (values.json)
    process.stdout.write(
      `${JSON.stringify(values.trace ? { ...report, trace } : report, null, 2)}\n`,
    );
  else process.stdout.write(`${formatReport(report)}\n`);
});
