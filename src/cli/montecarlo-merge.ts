/**
 * npm run montecarlo:merge -- <shard.json>... [--json] [--out FILE] [--allow-partial]
 * Merges the aggregates written by `npm run montecarlo -- --shard K/N --out FILE` exactly, as if
 * one machine had run all their runs, and prints the same report (or JSON). Each file is checked
 * on its own first (its content digest, its shape, and figures that agree with each other: see
 * src/analysis/montecarlo/study-file.ts). Refuses, with exit code 2 and the file named, a file
 * that fails any check, shards of different scenarios, master seeds, study sizes, settings or
 * services, shards whose runs overlap, and a merge that misses some of the planned runs unless
 * --allow-partial (which says which runs are missing, on stderr and in the report).
 */
import { readFileSync } from 'node:fs';
import {
  ShardError,
  mergeStudyFiles,
  studyEstimates,
  studyFileText,
  type NamedFile,
} from '../analysis/montecarlo/index.ts';
import { formatMonteCarlo } from './format-montecarlo.ts';
import { checkOutFile, writeOutFile } from './out-file.ts';
import { CliError, parseCommandLine, runMain } from './read-scenario.ts';

const USAGE = `Usage: npm run montecarlo:merge -- <shard.json>... [--json] [--out FILE] [--allow-partial]

  --json            print the estimates as JSON
  --out FILE        also write the merged aggregate
  --allow-partial   report on the runs there are when some planned runs are missing
                    (without it such a merge is refused, naming the missing runs)
  --help            show this help`;

function readShard(path: string): NamedFile {
  try {
    return { name: path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read the file (${code})`,
    );
  }
}

runMain(() => {
  const args = parseCommandLine(
    {
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      'allow-partial': { type: 'boolean', default: false },
    },
    USAGE,
    'many',
  );
  if (!args) return;
  const { values } = args;
  if (values.out !== undefined) checkOutFile(values.out);
  let merged;
  try {
    merged = mergeStudyFiles(args.files.map(readShard));
  } catch (error) {
    if (!(error instanceof ShardError)) throw error;
    throw new CliError(`${error.message}\nNothing was merged.`);
  }
  for (const w of merged.warnings) process.stderr.write(`warning: ${w}\n`);
  if (merged.missing !== null) {
    if (!values['allow-partial'])
      throw new CliError(
        `Refused: ${merged.missing}.\nMerge the shards of the missing runs too (npm run montecarlo -- FILE --runs N --seed S --shard K/N --out shard-K.json for each missing K), or pass --allow-partial to report on the runs there are.`,
      );
    process.stderr.write(`warning: partial study: ${merged.missing}\n`);
  }
  const failed =
    values.out === undefined ? null : writeOutFile(values.out, studyFileText(merged.study));
  const estimates = studyEstimates(merged.study);
  process.stdout.write(
    values.json ? `${JSON.stringify(estimates, null, 2)}\n` : `${formatMonteCarlo(estimates)}\n`,
  );
  if (failed) throw failed;
});
