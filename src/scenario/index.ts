/** The scenario file format: parse YAML/JSON into a resolved Scenario, with actionable issues. */
export { parseScenario, type LoadResult } from './parse.ts';
export type { ResolvedVariant } from './variant-apply.ts';
export { formatIssue, type ScenarioIssue } from './issues.ts';
export {
  ScenarioFileSchema,
  SCHEMA_VERSION,
  scenarioJsonSchema,
  scenarioJsonSchemaText,
  type ScenarioFile,
} from './schema.ts';
