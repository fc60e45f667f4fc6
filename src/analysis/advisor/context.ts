/** What every advisor rule reads, and small helpers for their wording. */
import type { Component, RecoveryPlan, Scenario, Service } from '../../core/model.ts';
import { formatDuration } from '../../core/time.ts';
import { involvedComponents } from '../../core/involved.ts';
import { StaticTopology } from '../bia/static-impact.ts';
import type { BiaResult } from '../bia/types.ts';

export interface AdvisorContext {
  readonly scenario: Scenario;
  readonly bia: BiaResult;
  readonly topology: StaticTopology;
  readonly component: (id: string) => Component | undefined;
  readonly plan: (id: string) => RecoveryPlan | undefined;
  /** The service's components and everything they depend on. */
  readonly involved: (service: Service) => readonly string[];
  /** Peak demand in agreed hours (the BIA's worst placement). */
  readonly peak: (service: Service) => number;
}

export function advisorContext(scenario: Scenario, bia: BiaResult): AdvisorContext {
  const components = new Map(scenario.components.map((c) => [c.id, c]));
  const plans = new Map(scenario.plans.map((p) => [p.id, p]));
  const involved = new Map(scenario.services.map((s) => [s.id, involvedComponents(scenario, s)]));
  return {
    scenario,
    bia,
    topology: new StaticTopology(scenario),
    component: (id) => components.get(id),
    plan: (id) => plans.get(id),
    involved: (s) => involved.get(s.id) ?? [],
    peak: (s) => bia.placements.find((p) => p.service === s.id)?.worst.demand ?? 0,
  };
}

/** `1h30m`, as people write durations in scenario files. */
export const dur = formatDuration;
export const nameOf = (ctx: AdvisorContext, id: string): string => ctx.component(id)?.name ?? id;
export const pct = (x: number): string => `${Math.round(x * 100)} %`;
export const tpm = (x: number): string =>
  Number.isFinite(x) ? `${Math.round(x).toLocaleString('en-US')} tpm` : 'unlimited';
/** `a`, `a and b`, `a, b and c`. */
export const list = (items: readonly string[]): string =>
  items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
