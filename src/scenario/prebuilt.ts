/** A bundled scenario as the build read it (src/build/prebuilt-scenarios.ts): the reader's result. */
import type { Scenario } from '../core/model.ts';
import type { ScenarioIssue } from './issues.ts';
import type { ResolvedVariant } from './variant-apply.ts';

export interface PrebuiltScenario {
  readonly scenario: Scenario;
  readonly variants: readonly ResolvedVariant[];
  readonly warnings: readonly ScenarioIssue[];
}
