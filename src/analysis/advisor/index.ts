/**
 * The advisor: findings about continuity and recovery from a scenario and its BIA, each with
 * a severity, a plain-language explanation, the evidence in numbers and a suggested change
 * that, where it can be expressed as a `ScenarioEdit`, `applyEdit` turns into a variant.
 *
 *   advise(scenario, bia): Finding[]   critical first, then warnings, then info; stable order
 *   applyEdit(scenario, edit): Scenario
 *
 * Rules: single points of failure; redundancy sharing one dependency; plans slower than the
 * RTO (naming the dominant step); detection plus assessment or invocation over half the RTO;
 * steps with no owner, unknown prerequisites, one owner on parallel critical steps; an RTO
 * longer than the MTPD; an RPO the backups or replication cannot meet; capacity headroom at
 * the peak under 20 % and N-1 capacity below the peak; a standby group's switch-over slower
 * than the RTO; two plans needing a team's people at once (the later waits), and a night
 * call-out that makes a plan miss the RTO (each with a change simulated on the same failure).
 *
 * Findings are checked against the simulation: one that claims an outage, a breach or an
 * overload cites the BIA run that shows it (`simulated`: the row and its replay), and is left
 * out, or says less, when the BIA's runs show otherwise. No suggestion asks for capacity a
 * tier cannot receive (the other tiers in series cap its load, `load.ts`).
 */
import type { Scenario } from '../../core/model.ts';
import type { BiaResult } from '../bia/types.ts';
import { capacityFindings } from './capacity-rules.ts';
import { dependencyRunsShown, spofsShown } from './checked.ts';
import { advisorContext } from './context.ts';
import { objectiveFindings } from './objective-rules.ts';
import { ownerFindings } from './owner-rules.ts';
import { detectionShareFindings, planVersusRtoFindings } from './plan-rules.ts';
import { switchoverFindings } from './standby-rules.ts';
import { contentionFindings, nightCallOutFindings } from './team-rules.ts';
import { sharedDependencyFindings, spofFindings } from './structure-rules.ts';
import type { Finding, Severity } from './types.ts';

export { applyEdit } from './apply-edit.ts';
export type { Finding, ScenarioEdit, Severity } from './types.ts';

const ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function advise(scenario: Scenario, bia: BiaResult): Finding[] {
  const ctx = advisorContext(scenario, bia);
  const all = [
    ...spofsShown(ctx, spofFindings(ctx)),
    ...planVersusRtoFindings(ctx),
    ...switchoverFindings(ctx),
    ...objectiveFindings(ctx),
    ...capacityFindings(ctx),
    ...detectionShareFindings(ctx),
    ...ownerFindings(ctx),
    ...contentionFindings(ctx),
    ...nightCallOutFindings(ctx),
    ...dependencyRunsShown(ctx, sharedDependencyFindings(ctx)),
  ];
  return all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
