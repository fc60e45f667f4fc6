/**
 * A finding's evidence in words a planner reads, instead of its keys: `RTO 2h · detection 5m ·
 * longest step Provision a new VM (43 %)`. The evidence itself stays numbers, for JSON; the
 * words and units come from the one map in `evidence-labels.ts`.
 */
import type { Scenario } from '../../core/model.ts';
import { formatDuration, MS_PER_MINUTE } from '../../core/time.ts';
import { proseWhen } from '../prose-time.ts';
import { EVIDENCE_LABELS, type EvidenceKind } from './evidence-labels.ts';
import type { Finding } from './types.ts';

const TEXT: Record<string, string> = {
  'in-series': 'needed in series, nothing stands in',
  'shared-dependency': 'what the service needs depends on it',
  'below-mbco': 'without it the service is below its MBCO',
  alone: 'losing it alone',
  together: 'only a combined loss',
  never: 'no loss in the BIA',
  stay: 'the standby stays active',
  return: 'it switches back to the repaired member',
};

const LABELS: Readonly<Record<string, readonly [string, EvidenceKind]>> = EVIDENCE_LABELS;

/** `camelCaseKey` as `camel case key`, for a key from elsewhere (an older file's JSON). */
const spaced = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const pct = (share: number) => `${Math.round(share * 100)} %`;

export function evidenceText(
  finding: Pick<Finding, 'evidence' | 'subject'>,
  scenario?: Pick<Scenario, 'components' | 'plans'>,
): { label: string; value: string }[] {
  const name = (id: string) => scenario?.components.find((c) => c.id === id)?.name ?? id;
  const stepName = (id: string) =>
    scenario?.plans.flatMap((p) => p.steps).find((s) => s.id === id)?.name ?? id;
  return Object.entries(finding.evidence).flatMap(([key, v]) => {
    if (v === null || v === undefined) return [];
    const [label, kind] = LABELS[key] ?? [spaced(key), 'text'];
    if (typeof v === 'boolean') return [{ label, value: v ? 'yes' : 'no' }];
    switch (kind) {
      case 'minutes':
        return [{ label, value: formatDuration(Number(v) * MS_PER_MINUTE) }];
      case 'tpm':
        return [{ label, value: `${Math.round(Number(v)).toLocaleString('en-US')} tpm` }];
      case 'share':
        return [{ label, value: pct(Number(v)) }];
      case 'headroom':
        // Below zero there is no headroom: the load is over the capacity by that share.
        return Number(v) < 0
          ? [{ label: 'over capacity by', value: pct(-Number(v)) }]
          : [{ label, value: pct(Number(v)) }];
      case 'count':
        return [{ label, value: Number(v).toLocaleString('en-US') }];
      case 'components':
        return [
          {
            label,
            value: String(v)
              .split(', ')
              .map((id) => name(id))
              .join(', '),
          },
        ];
      case 'step':
        return [{ label, value: stepName(String(v)) }];
      case 'time':
        return [{ label, value: proseWhen(String(v)) }];
      case 'text':
        return [{ label, value: TEXT[String(v)] ?? String(v) }];
    }
  });
}
