/** Checks and lays out a scenario file's text for a command-line tool; exits 2 with its errors. */
import { basename } from 'node:path';
import type { Scenario } from '../core/model.ts';
import './holiday-source.ts';
import './derived-store.ts';
import { formatIssue, parseScenario } from '../scenario/index.ts';
import { CliError } from './cli-basics.ts';
import { buildScenarioStore } from './scenario-store.ts';

/** The scenario of a file's text (exit 2 with its errors); `keep` stores it for the next run. */
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
