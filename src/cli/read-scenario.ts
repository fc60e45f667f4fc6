/** Reads and validates a scenario file for a command-line tool; exits 2 with readable errors. */
import type { Scenario } from '../core/model.ts';
import { readScenarioText } from './cli-basics.ts';
import { checkScenario } from './scenario-check.ts';

export {
  CliError,
  EXIT_INVALID,
  parseCommandLine,
  readScenarioText,
  runMain,
} from './cli-basics.ts';

/** Reads, checks and lays out a scenario file (exit 2 with its errors). */
export function readScenario(path: string): Scenario {
  return checkScenario(path, readScenarioText(path), false);
}
