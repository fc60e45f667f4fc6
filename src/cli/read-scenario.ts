/** Reads and validates a scenario file for a command-line tool; exits 2 with readable errors. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Scenario } from '../core/model.ts';
import { formatIssue, parseScenario } from '../scenario/index.ts';

export const EXIT_INVALID = 2;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = EXIT_INVALID) {
    super(message);
    this.exitCode = exitCode;
  }
}

export function readScenario(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `${path}: no such file. The bundled scenarios are in scenarios/, e.g. scenarios/bank-money-transfer.yaml`
        : `${path}: cannot read the file (${code ?? String(error)})`,
    );
  }
  const name = basename(path);
  const result = parseScenario(text, name);
  for (const w of result.warnings) process.stderr.write(`${formatIssue(w, name)}\n`);
  if (!result.ok) {
    const count = result.errors.length;
    throw new CliError(
      `${result.errors.map((e) => formatIssue(e, name)).join('\n')}\n${path}: ${count} error${count === 1 ? '' : 's'}; the scenario was not run.`,
    );
  }
  return result.scenario;
}

/** Runs a CLI main function: a CliError prints its message (no stack) and sets the exit code. */
export function runMain(main: () => void): void {
  try {
    main();
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(
        `internal error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  }
}
