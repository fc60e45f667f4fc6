import type { Scenario } from '../../core/model.ts';
import { formatIssue, parseScenario } from '../../scenario/index.ts';
import { bundledScenarios, findBundledScenario } from '../bundled-scenarios.ts';

/** What the page shows for a requested scenario id. */
export type LoadState =
  | { readonly kind: 'loaded'; readonly scenario: Scenario; readonly warnings: readonly string[] }
  | { readonly kind: 'unknown'; readonly id: string; readonly available: readonly string[] }
  | { readonly kind: 'invalid'; readonly fileName: string; readonly errors: readonly string[] };

/** Finds a bundled scenario by id and parses it; problems become lines a person can act on. */
export function loadBundledScenario(id: string): LoadState {
  const file = findBundledScenario(id);
  if (!file) {
    return { kind: 'unknown', id, available: bundledScenarios.map((s) => s.id) };
  }
  const result = parseScenario(file.text, file.fileName);
  const warnings = result.warnings.map((issue) => formatIssue(issue, file.fileName));
  if (!result.ok) {
    const errors = result.errors.map((issue) => formatIssue(issue, file.fileName));
    return { kind: 'invalid', fileName: file.fileName, errors: [...errors, ...warnings] };
  }
  return { kind: 'loaded', scenario: result.scenario, warnings };
}
