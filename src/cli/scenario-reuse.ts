/**
 * A scenario text read and checked before, taken from the build's store (scenario-store.ts)
 * without the schemas or the YAML reader: a tool loads those (scenario-check.ts) only on a miss,
 * which saves ~40 ms of start-up (zod's schemas) on every repeat run.
 */
import { basename } from 'node:path';
import type { Scenario } from '../core/model.ts';
import './holiday-source.ts';
import './derived-store.ts';
import { formatIssue } from '../scenario/issues.ts';
import { readScenarioText } from './cli-basics.ts';
import { buildScenarioStore } from './scenario-store.ts';

/** The scenario of `text` as read before under the file's name (its warnings printed again), or null. */
export function keptScenario(path: string, text: string): Scenario | null {
  const name = basename(path);
  const kept = buildScenarioStore()?.get(name, text);
  if (!kept) return null;
  for (const w of kept.warnings) process.stderr.write(`${formatIssue(w, name)}\n`);
  return kept.scenario;
}

/** Reads a scenario file: from the store when its text was read before, else checked and stored. */
export async function readScenarioReusing(path: string): Promise<Scenario> {
  const text = readScenarioText(path);
  return (
    keptScenario(path, text) ??
    (await import('./scenario-check.ts')).checkScenario(path, text, true)
  );
}
