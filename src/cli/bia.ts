/**
 * npm run bia -- <scenario.yaml> [--json|--csv] [--triples] [--heatmap]
 * Business impact analysis and advice: the readable report by default, JSON ({ bia, findings },
 * with each service's heatmap on request) or CSV (the BIA table) on request. Errors on stderr, exit code 2 for an invalid scenario or
 * bad arguments; progress on stderr only when stderr is a terminal.
 */
import { advise } from '../analysis/advisor/index.ts';
import { biaToCsv, runBia } from '../analysis/bia/index.ts';
import { formatBia } from './format-bia.ts';
import { CliError, parseCommandLine, readScenario, runMain } from './read-scenario.ts';

const USAGE = `Usage: npm run bia -- <scenario.yaml|json> [--json|--csv] [--triples] [--heatmap] [--top N]

  --json     print { bia, findings } as JSON
  --csv      print the BIA table as CSV (one row per disruption, service, placement, bound)
  --triples  also analyse triples of failures that defeat redundancy
  --heatmap  with --json, also each service's heatmap: its costliest disruptions placed at
             every hour of the worst day, each cell with its replay injects
  --top N    disruptions in the readable report (default 15)
  --help     show this help`;

runMain(() => {
  const args = parseCommandLine(
    {
      json: { type: 'boolean', default: false },
      csv: { type: 'boolean', default: false },
      triples: { type: 'boolean', default: false },
      heatmap: { type: 'boolean', default: false },
      top: { type: 'string', default: '15' },
    },
    USAGE,
  );
  if (!args) return;
  const { values } = args;
  if (values.json && values.csv) throw new CliError(`Choose one of --json and --csv.\n\n${USAGE}`);
  if (values.heatmap && !values.json) throw new CliError(`--heatmap goes with --json.\n\n${USAGE}`);
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1)
    throw new CliError(`--top takes a whole number above 0.\n\n${USAGE}`);
  const scenario = readScenario(args.file);
  const tty = process.stderr.isTTY === true;
  let shown = -1;
  const bia = runBia(scenario, {
    triples: values.triples,
    ...(values.heatmap ? { heatmap: { rows: 12 } } : {}),
    ...(tty
      ? {
          onProgress: (done: number, total: number) => {
            const pct = Math.floor((done / total) * 100);
            if (pct === shown) return;
            shown = pct;
            process.stderr.write(`\rAnalysing ${done}/${total} (${pct} %)`);
            if (done === total) process.stderr.write('\r\x1b[K');
          },
        }
      : {}),
  });
  const findings = advise(scenario, bia);
  if (values.json) process.stdout.write(`${JSON.stringify({ bia, findings }, null, 2)}\n`);
  else if (values.csv) process.stdout.write(biaToCsv(bia));
  else {
    const currency = scenario.services[0]?.impact.currency ?? '';
    process.stdout.write(`${formatBia(bia, findings, currency, top, scenario)}\n`);
  }
});
