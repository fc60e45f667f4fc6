/**
 * The one map of a finding's evidence keys to the words a planner reads and the unit each
 * value is in. `Finding.evidence` only takes these keys (a rule that emits a new key does not
 * typecheck until the key has its label here), and test/analysis/advisor/evidence-labels.test.ts
 * checks every key the advisor emits on the bundled scenarios.
 */

/**
 * How a value reads: `minutes` as `2h30m`, `tpm` as `1,500 tpm`, `share` as `43 %`, `headroom`
 * as a share (or, below zero, what is over capacity), `time` as `Fri 30 Jan 11:00`, `components`
 * and `step` by name, `count` as a number, `text` with the words for its code (`together`).
 */
export type EvidenceKind =
  'text' | 'minutes' | 'tpm' | 'share' | 'headroom' | 'count' | 'components' | 'step' | 'time';

export const EVIDENCE_LABELS = {
  reason: ['why', 'text'],
  capacityLeft: ['capacity left without it', 'tpm'],
  fullCapacity: ['full capacity', 'tpm'],
  takesDown: ['takes down', 'components'],
  rtoMinutes: ['RTO', 'minutes'],
  mtpdMinutes: ['MTPD', 'minutes'],
  rpoMinutes: ['RPO', 'minutes'],
  detectionMinutes: ['detection', 'minutes'],
  likelyMinutes: ['detection and plan, most likely', 'minutes'],
  highMinutes: ['detection and plan, at the slow end', 'minutes'],
  dominantStep: ['longest step', 'step'],
  dominantShare: ['its share of the plan', 'share'],
  outageRole: ['what takes the service down', 'text'],
  worstSimulatedOutageMinutes: ['longest outage in the BIA', 'minutes'],
  backupEveryMinutes: ['backups every', 'minutes'],
  replicationLagMinutes: ['replication lag', 'minutes'],
  worstLossOnFailureMinutes: ['lost on a failure, at worst', 'minutes'],
  worstLossOnCorruptionMinutes: ['lost on a corruption, at worst', 'minutes'],
  at: ['busiest moment', 'time'],
  busiest: ['busiest component', 'components'],
  peakLoadTpm: ['peak load', 'tpm'],
  capacityTpm: ['capacity', 'tpm'],
  headroom: ['headroom', 'headroom'],
  switchoverLowMinutes: ['switch-over, at the quick end', 'minutes'],
  switchoverLikelyMinutes: ['switch-over, most likely', 'minutes'],
  switchoverHighMinutes: ['switch-over, at the slow end', 'minutes'],
  failback: ['after the repair', 'text'],
  services: ['services', 'text'],
  lost: ['member lost', 'components'],
  loadNMinus1Tpm: ['load on the busiest member left', 'tpm'],
  assessmentMinutes: ['assessment and invocation', 'minutes'],
  shareOfRto: ['share of the RTO', 'share'],
  steps: ['steps', 'text'],
  ownedSteps: ['steps with an owner', 'count'],
  step: ['step', 'text'],
  prerequisite: ['waits for', 'text'],
  owner: ['owner', 'text'],
  overlapMinutes: ['overlap', 'minutes'],
  group: ['group', 'components'],
  atLeast: ['members needed', 'count'],
  sharing: ['members that need it', 'count'],
  dependency: ['dependency', 'components'],
  team: ['team', 'text'],
  teamSize: ['people in the team', 'count'],
  plans: ['plans at once', 'text'],
  waitedMinutes: ['waits for a free person', 'minutes'],
  callOutMinutes: ['call-out', 'minutes'],
  failedAt: ['failure at', 'time'],
  outageMinutes: ['outage', 'minutes'],
  fixedOutageMinutes: ['outage with the change', 'minutes'],
} as const satisfies Record<string, readonly [string, EvidenceKind]>;

export type EvidenceKey = keyof typeof EVIDENCE_LABELS;

/** A finding's evidence: numbers and codes under labelled keys. */
export type Evidence = Readonly<Partial<Record<EvidenceKey, number | string | boolean | null>>>;
