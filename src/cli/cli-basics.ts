/**
 * What every command-line tool shares: its errors (CliError, exit 2), its main function, its
 * command line and a scenario file's text. Light on purpose: no schema or YAML reader, so a tool
 * can load those only when it must read a scenario afresh (read-scenario.ts).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { EventBudgetError } from '../core/event-budget.ts';
import { decodeScenarioBytes } from '../scenario/decode-text.ts';
import { formatIssue } from '../scenario/issues.ts';

export const EXIT_INVALID = 2;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = EXIT_INVALID) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * The text of a scenario file, decoded from its bytes: UTF-8, or UTF-16 recognised by its
 * byte order mark or zero bytes; any other encoding is refused (exit 2) with the place of the
 * first byte that is not UTF-8.
 */
export function readScenarioText(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `${path}: no such file. The bundled scenarios are in scenarios/, e.g. scenarios/bank-money-transfer.yaml`
        : `${path}: cannot read the file (${code ?? String(error)})`,
    );
  }
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok)
    throw new CliError(
      `${formatIssue(decoded.error, basename(path))}\n${path}: the scenario was not run.`,
    );
  return decoded.text;
}

/**
 * Runs a CLI main function: a CliError prints its message (no stack) and sets the exit code;
 * so does a run refused by the event budget (exit 2, bad input).
 */
export function runMain(main: () => void | Promise<void>): void {
  const fail = (error: unknown): void => {
    const known = error instanceof CliError || error instanceof EventBudgetError;
    const text = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${known ? text : `internal error: ${text}`}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : known ? EXIT_INVALID : 1;
  };
  try {
    const done = main();
    if (done instanceof Promise) done.catch(fail);
  } catch (error) {
    fail(error);
  }
}

type OptionSpec =
  | { type: 'boolean'; default: boolean }
  | { type: 'string'; default: string }
  | { type: 'string'; default?: undefined };
type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K] extends { default: string }
      ? string
      : string | undefined;
};

/**
 * Reads the command line of a tool that takes one file (or, with `files: 'many'`, one or
 * more): the options, `--help` printing the usage (null is returned then), and errors that
 * end in the usage.
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  options: O,
  usage: string,
  files: 'one' | 'many' = 'one',
): { values: OptionValues<O>; file: string; files: string[] } | null {
  let parsed;
  try {
    parsed = parseArgs({
      options: { ...options, help: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`);
  }
  const values = parsed.values as unknown as OptionValues<O> & { help: boolean };
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return null;
  }
  const given = parsed.positionals;
  if (files === 'one' && given.length !== 1)
    throw new CliError(`Give exactly one scenario file.\n\n${usage}`);
  if (given.length === 0) throw new CliError(`Give at least one file.\n\n${usage}`);
  return { values, file: given[0]!, files: given };
}
