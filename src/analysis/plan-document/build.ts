/**
 * The continuity plan document of a scenario, for one service or all, as a structured value:
 * the services (objectives, business impact, single points of failure, dependencies,
 * invocation), the call tree, each recovery plan as a procedure with its simulated fit, and
 * the history the browser's library keeps (null on the command line). The date is passed in
 * (review cycles are judged on it); the BIA result is the one the BIA view or `npm run bia`
 * shows for the same scenario.
 */
import type { Scenario } from '../../core/model.ts';
import type { BiaResult } from '../bia/types.ts';
import { callTree } from './call-tree.ts';
import { planSection } from './plan-section.ts';
import { serviceSection } from './service-section.ts';
import type { PlanDocument, PlanHistory } from './types.ts';

export interface PlanDocumentInput {
  readonly scenario: Scenario;
  readonly bia: BiaResult;
  /** The document's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** One service's id; null or absent = every service. */
  readonly service?: string | null;
  /** What the browser's library keeps; null or absent = not available (the command line). */
  readonly history?: PlanHistory | null;
}

export class UnknownServiceError extends Error {
  constructor(
    readonly service: string,
    readonly known: readonly string[],
  ) {
    super(
      `There is no service "${service}" in the scenario; its services are: ${known.join(', ')}.`,
    );
  }
}

export function buildPlanDocument(input: PlanDocumentInput): PlanDocument {
  const { scenario, bia, date } = input;
  const scope = input.service ?? null;
  const services =
    scope === null ? scenario.services : scenario.services.filter((s) => s.id === scope);
  if (services.length === 0)
    throw new UnknownServiceError(
      scope!,
      scenario.services.map((s) => s.id),
    );
  const history = input.history ?? null;
  const sections = services.map((s) => serviceSection(scenario, s, bia));
  const planIds = new Set(sections.flatMap((s) => s.plans));
  const plans = scenario.plans.filter((p) => planIds.has(p.id));
  return {
    title: `Continuity plan: ${services.length === 1 && scope !== null ? services[0]!.name : scenario.name}`,
    scenario: scenario.name,
    description: scenario.description.trim(),
    date,
    scope,
    timeZone: scenario.timeZone?.name ?? null,
    services: sections,
    teams: callTree(scenario, services, plans),
    plans: plans.map((p) => planSection(scenario, p, services, bia, date, history)),
    history,
  };
}
