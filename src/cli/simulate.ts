/**
 * npm run simulate -- <scenario.yaml> [--seed S] [--json]
 * Runs one seeded simulation and prints the report (or JSON) on stdout; errors on stderr,
 * exit code 2 for an invalid scenario or bad arguments.
 */
import { parseArgs } from 'node:util';
import { runReport } from '../core/report.ts';
import { simulate } from '../simulator/simulate.ts';
import { formatReport } from './format-report.ts';
import { CliError, readScenario, runMain } from './read-scenario.ts';

const USAGE = `Usage: npm run simulate -- <scenario.yaml|json> [--seed S] [--json] [--trace]

  --seed S   the seed of the run (default 1): same scenario and seed, same run
  --json     print the report as JSON
  --trace    with --json, include the full trace (events and intervals)
  --help     show this help`;

runMain(() => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        seed: { type: 'string', default: '1' },
        json: { type: 'boolean', default: false },
        trace: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) throw new CliError(`Give exactly one scenario file.\n\n${USAGE}`);
  const scenario = readScenario(positionals[0]!);
  const trace = simulate(scenario, values.seed);
  const report = runReport(scenario, trace);
  if (values.json)
    process.stdout.write(
      `${JSON.stringify(values.trace ? { ...report, trace } : report, null, 2)}\n`,
    );
  else process.stdout.write(`${formatReport(report)}\n`);
});
