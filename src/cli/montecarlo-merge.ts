/**
 * npm run montecarlo:merge -- <shard.json>... [--json] [--out FILE]
 * Merges the aggregates written by `npm run montecarlo -- --shard K/N --out FILE` exactly, as if
 * one machine had run all their runs, and prints the same report (or JSON). Refuses, with exit
 * code 2, shards of different scenarios, master seeds or study sizes, and shards whose runs
 * overlap; warns on stderr when some of the planned runs are missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  MergeError,
  StudyAggregate,
  studyEstimates,
  type StudyJson,
} from '../analysis/montecarlo/index.ts';
import { formatMonteCarlo } from './format-montecarlo.ts';
import { CliError, parseCommandLine, runMain } from './read-scenario.ts';

const USAGE = `Usage: npm run montecarlo:merge -- <shard.json>... [--json] [--out FILE]

  --json       print the estimates as JSON
  --out FILE   also write the merged aggregate
  --help       show this help`;

function readShard(path: string): StudyAggregate {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return StudyAggregate.fromJSON(JSON.parse(text) as StudyJson);
  } catch (error) {
    throw new CliError(
      `${path}: not a Monte Carlo shard written by npm run montecarlo -- --out (${(error as Error).message})`,
    );
  }
}

/** Merges shard files in order; a MergeError names the two files. */
function mergeShards(paths: readonly string[]): StudyAggregate {
  const [first, ...rest] = paths;
  if (first === undefined) throw new CliError(`Give at least one shard file.\n\n${USAGE}`);
  const merged = readShard(first);
  rest.forEach((path, i) => {
    try {
      merged.merge(readShard(path));
    } catch (error) {
      if (!(error instanceof MergeError)) throw error;
      throw new CliError(
        `${path} cannot be merged with ${paths.slice(0, i + 1).join(', ')}: ${error.message}.`,
      );
    }
  });
  return merged;
}

runMain(() => {
  const args = parseCommandLine(
    { json: { type: 'boolean', default: false }, out: { type: 'string' } },
    USAGE,
    'many',
  );
  if (!args) return;
  const { values } = args;
  const merged = mergeShards(args.files);
  const estimates = studyEstimates(merged);
  if (estimates.runs < estimates.plannedRuns)
    process.stderr.write(
      `warning: ${estimates.runs} of ${estimates.plannedRuns} planned runs; missing runs ${estimates.missing}\n`,
    );
  if (values.out !== undefined) writeFileSync(values.out, `${JSON.stringify(merged)}\n`);
  process.stdout.write(
    values.json ? `${JSON.stringify(estimates, null, 2)}\n` : `${formatMonteCarlo(estimates)}\n`,
  );
});
