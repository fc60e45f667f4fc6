/**
 * `--max-events N`: the event budget of each run a command makes (src/core/event-budget.ts),
 * and the refusal a person reads when a run is over it (exit code 2, like other bad input).
 */
import { DEFAULT_MAX_EVENTS, EventBudgetError, validMaxEvents } from '../core/event-budget.ts';
import { groupDigits } from '../core/event-budget-text.ts';
import { CliError } from './cli-basics.ts';

/** The flag's lines of a usage text whose descriptions start at `column`. */
export function maxEventsHelp(column: number, lines: readonly [string, string]): string {
  const pad = ' '.repeat(column);
  return `  ${'--max-events N'.padEnd(column - 2)}${lines[0]}\n${pad}${lines[1]}`;
}

export const DEFAULT_BUDGET_TEXT = `default ${groupDigits(DEFAULT_MAX_EVENTS)}`;

/** The budget from the flag's text (digits, with or without _ or , separators). */
export function parseMaxEvents(text: string | undefined, usage: string): number {
  if (text === undefined) return DEFAULT_MAX_EVENTS;
  const n = Number(text.replace(/[_,]/g, ''));
  if (!/^\d[\d_,]*$/.test(text) || !validMaxEvents(n))
    throw new CliError(
      `--max-events takes a whole number of events above 0 (e.g. --max-events 20000000), not "${text}".\n\n${usage}`,
    );
  return n;
}

/** Runs `run`; a run over the budget becomes a CliError naming the file and the flag to raise it. */
export async function withinBudget<T>(file: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof EventBudgetError)
      throw new CliError(
        `${file}: ${error.withRaise((n) => `Or pass --max-events ${n} to raise the budget.`)}`,
      );
    throw error;
  }
}
