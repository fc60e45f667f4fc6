/** Monte Carlo studies: seeded runs streamed into exact, mergeable per-service aggregates. */
export { SCALES, ServiceAggregate, type ServiceAggregateJson } from './aggregate.ts';
export {
  meanInterval,
  quantileInterval,
  wilsonInterval,
  type Estimate,
  type QuantileEstimate,
} from './confidence.ts';
export {
  chartBars,
  complementBars,
  distribution,
  type Bar,
  type Distribution,
} from './distribution.ts';
export {
  serviceEstimates,
  studyEstimates,
  type MeasureSummary,
  type ServiceEstimates,
  type StudyEstimates,
} from './estimates.ts';
export { runStudy, type StudyOptions } from './run-study.ts';
export {
  chunkRange,
  formatRange,
  runSeed,
  shardRange,
  unionRanges,
  type RunRange,
} from './seeds.ts';
export {
  DEFAULT_INJECTS,
  INJECTS_MODES,
  describeInjects,
  isInjectsMode,
  studyScenario,
  type InjectsMode,
} from './study-injects.ts';
export { ShardError, readStudyFile, studyDigest, studyFileText } from './study-file.ts';
export type { StudyFileJson } from './study-schema.ts';
export { mergeStudyFiles, missingRuns, type MergedFiles, type NamedFile } from './merge-files.ts';
export {
  FORMAT,
  FORMAT_WITHOUT_DIGEST,
  MergeError,
  StudyAggregate,
  describeRanges,
  type StudyHeader,
  type StudyJson,
} from './study-aggregate.ts';
export {
  compareStudies,
  meanDelta,
  proportionDelta,
  MEANS,
  PROPORTIONS,
  type MetricDelta,
  type MetricName,
  type ObjectiveName,
  type ServiceComparison,
  type StudyComparison,
} from './compare.ts';
