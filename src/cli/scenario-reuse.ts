/**
 * A scenario text read and checked before, taken from the build's store (scenario-store.ts)
 * without the schemas or the YAML reader: a tool loads those only on a miss (read-scenario.ts).
 */
import { basename } from 'node:path';
import type { Scenario } from '../core/model.ts';
import './holiday-source.ts';
import './derived-store.ts';
import { formatIssue } from '../scenario/issues.ts';
import { buildScenarioStore } from './scenario-store.ts';

/** The scenario of `text` as read before under the file's name (its warnings printed again), or null. */
export function keptScenario(path: string, text: string): Scenario | null {
  const name = basename(path);
  const kept = buildScenarioStore()?.get(name, text);
  if (!kept) return null;
  for (const w of kept.warnings) process.stderr.write(`${formatIssue(w, name)}\n`);
  return kept.scenario;
}
