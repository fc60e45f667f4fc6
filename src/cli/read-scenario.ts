/** Reads and validates a scenario file for a command-line tool; exits 2 with readable errors. */
import { basename } from 'node:path';
import type { Scenario } from '../core/model.ts';
import { formatIssue, parseScenario } from '../scenario/index.ts';
import { CliError, readScenarioText } from './cli-basics.ts';
import { keptScenario } from './scenario-reuse.ts';
import { buildScenarioStore } from './scenario-store.ts';

export {
  CliError,
  EXIT_INVALID,
  parseCommandLine,
  readScenarioText,
  runMain,
} from './cli-basics.ts';

/**
 * Reads, checks and lays out a scenario file (exit 2 with its errors). With `reuse`, a text read
 * before under the same name is taken from the build's store (scenario-store.ts).
 */
export function readScenario(path: string, { reuse = false } = {}): Scenario {
  const text = readScenarioText(path);
  return (reuse ? keptScenario(path, text) : null) ?? checkScenario(path, text, reuse);
}

/** Checks and lays out a scenario file's text (exit 2 with its errors); `keep` stores it. */
export function checkScenario(path: string, text: string, keep: boolean): Scenario {
  const name = basename(path);
  const result = parseScenario(text, name);
  for (const w of result.warnings) process.stderr.write(`${formatIssue(w, name)}\n`);
  if (result.ok && keep) buildScenarioStore()?.set(name, text, result);
  if (!result.ok) {
    const count = result.errors.length;
    throw new CliError(
      `${result.errors.map((e) => formatIssue(e, name)).join('\n')}\n${path}: ${count} error${count === 1 ? '' : 's'}; the scenario was not run.`,
    );
  }
  return result.scenario;
}
