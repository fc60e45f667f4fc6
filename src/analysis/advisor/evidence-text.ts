/**
 * A finding's evidence in words a planner reads, instead of its keys: `RTO 2h · detection 5m ·
 * longest step Provision a new VM (43 %)`. The evidence itself stays numbers, for JSON.
 */
import type { Scenario } from '../../core/model.ts';
import { formatDuration, MS_PER_MINUTE } from '../../core/time.ts';
import type { Finding } from './types.ts';

type Kind = 'text' | 'minutes' | 'tpm' | 'share' | 'count' | 'components' | 'step' | 'time';

const WORDS: Record<string, readonly [string, Kind]> = {
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
  headroom: ['headroom', 'share'],
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
};

const TEXT: Record<string, string> = {
  'in-series': 'needed in series, nothing stands in',
  'shared-dependency': 'what the service needs depends on it',
  'below-mbco': 'without it the service is below its MBCO',
  alone: 'losing it alone',
  together: 'only a combined loss',
  never: 'no loss in the BIA',
};

/** `camelCaseKey` as `camel case key`, for keys without words of their own. */
const spaced = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

export function evidenceText(
  finding: Pick<Finding, 'evidence' | 'subject'>,
  scenario?: Pick<Scenario, 'components' | 'plans'>,
): { label: string; value: string }[] {
  const name = (id: string) => scenario?.components.find((c) => c.id === id)?.name ?? id;
  const stepName = (id: string) =>
    scenario?.plans.flatMap((p) => p.steps).find((s) => s.id === id)?.name ?? id;
  return Object.entries(finding.evidence).flatMap(([key, v]) => {
    if (v === null) return [];
    const [label, kind] = WORDS[key] ?? [spaced(key), 'text'];
    const value = (() => {
      if (typeof v === 'boolean') return v ? 'yes' : 'no';
      switch (kind) {
        case 'minutes':
          return formatDuration(Number(v) * MS_PER_MINUTE);
        case 'tpm':
          return `${Math.round(Number(v)).toLocaleString('en-US')} tpm`;
        case 'share':
          return `${Math.round(Number(v) * 100)} %`;
        case 'components':
          return String(v)
            .split(', ')
            .map((id) => name(id))
            .join(', ');
        case 'step':
          return stepName(String(v));
        case 'time':
          return String(v).replace('T', ' ');
        default:
          return TEXT[String(v)] ?? String(v);
      }
    })();
    return [{ label, value }];
  });
}
