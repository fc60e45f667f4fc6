/**
 * A plan's realised critical path in words, for the BIA view, the CLI and the findings:
 * `call-out of Database administrators (45 min) → Rebuild the database (3 h)`, and its dominant
 * part, `Rebuild the database (80 %)` or `call-out of Database administrators (57 %)`.
 */
import type { Scenario } from '../../core/model.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import { humanDuration } from '../event-log.ts';
import type { PathPart, RecoveryFigures } from './types.ts';

export interface PartNames {
  readonly step: (id: string) => string;
  readonly team: (id: string) => string;
}

/** Names of the plan's steps and of the scenario's teams, by id (the id when unknown). */
export function partNames(scenario: Pick<Scenario, 'plans' | 'teams'>, plan: string): PartNames {
  const steps = new Map(
    scenario.plans.find((p) => p.id === plan)?.steps.map((s) => [s.id, s.name]),
  );
  const teams = new Map((scenario.teams ?? []).map((t) => [t.id, t.name]));
  return { step: (id) => steps.get(id) ?? id, team: (id) => teams.get(id) ?? id };
}

/** `call-out of Database administrators`, `waiting for Database administrators`, or the step's name. */
export function partText(part: Pick<PathPart, 'kind' | 'step' | 'team'>, names: PartNames): string {
  if (part.kind === 'call-out') return `call-out of ${names.team(part.team ?? '')}`;
  if (part.kind === 'waiting') return `waiting for ${names.team(part.team ?? '')}`;
  return names.step(part.step);
}

/** Every part of the path with its minutes, first to last. */
export const pathText = (r: RecoveryFigures, names: PartNames): string =>
  r.path
    .map((p) => `${partText(p, names)} (${humanDuration(p.minutes * MS_PER_MINUTE)})`)
    .join(' → ');

/** The dominant part and its share: `call-out of Database administrators (57 %)`; `—` for none. */
export const dominantText = (r: RecoveryFigures, names: PartNames): string =>
  r.dominant ? `${partText(r.dominant, names)} (${Math.round(r.dominant.share * 100)} %)` : '—';
