/**
 * npm run plan -- <scenario.yaml> [--service ID] [--date YYYY-MM-DD] [--out FILE]
 * The continuity plan as Markdown: purpose and scope, objectives, business impact, dependencies,
 * invocation, call tree, recovery procedures with their simulated fit, review cycle. The
 * exercise and version history live in the browser's library: the document says they are not
 * available here. Errors on stderr, exit code 2 for an invalid scenario, an unknown service or
 * bad arguments.
 */
import { runBia } from '../analysis/bia/index.ts';
import { buildPlanDocument, planDocumentMarkdown } from '../analysis/plan-document/index.ts';
import { parseLocal } from '../core/civil.ts';
import { checkOutFile, writeOutFile } from './out-file.ts';
import { CliError, parseCommandLine, readScenario, runMain } from './read-scenario.ts';

const USAGE = `Usage: npm run plan -- <scenario.yaml|json> [--service ID] [--date YYYY-MM-DD] [--out FILE]

  --service ID  the plan of one service (default: every service)
  --date DATE   the document's date, which review cycles are judged on (default: today)
  --out FILE    write the Markdown to FILE instead of printing it
  --help        show this help`;

/** Today's local date on this machine, `YYYY-MM-DD`: the document's date when none is given. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

runMain(() => {
  const args = parseCommandLine(
    { service: { type: 'string' }, date: { type: 'string' }, out: { type: 'string' } },
    USAGE,
  );
  if (!args) return;
  const { values } = args;
  const date = values.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parseLocal(date)))
    throw new CliError(
      `--date takes a date as YYYY-MM-DD, e.g. --date 2026-12-07; got "${date}".\n\n${USAGE}`,
    );
  if (values.out !== undefined) checkOutFile(values.out);
  const scenario = readScenario(args.file);
  const service = values.service ?? null;
  if (service !== null && !scenario.services.some((s) => s.id === service))
    throw new CliError(
      `${args.file}: there is no service "${service}"; its services are: ${scenario.services.map((s) => s.id).join(', ')}. Give one of them to --service, or leave --service out for every service.`,
    );
  const bia = runBia(scenario);
  const markdown = planDocumentMarkdown(buildPlanDocument({ scenario, bia, date, service }));
  if (values.out === undefined) process.stdout.write(markdown);
  else {
    const failed = writeOutFile(values.out, markdown);
    if (failed) throw failed;
    process.stderr.write(`The continuity plan is in ${values.out}.\n`);
  }
});
