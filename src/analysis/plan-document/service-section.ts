/**
 * One service's part of the continuity plan: agreed hours and holidays, objectives, the
 * business impact over time (the BIA's figures at the worst moment, most-likely durations,
 * exactly as the BIA view's table shows them), single points of failure, the dependency
 * diagram and how the plan is invoked.
 */
import { formatLocal, localDay } from '../../core/civil.ts';
import { involvedComponents } from '../../core/involved.ts';
import { mbcoWords } from '../../core/mbco.ts';
import type { Scenario, Service } from '../../core/model.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import type { BiaResult, Spof } from '../bia/types.ts';
import { rtoVerdictText } from '../bia/verdict-text.ts';
import { dependencyDiagram } from './diagram.ts';
import { minutesText, weekText, windowsText } from './text.ts';
import type { ImpactRow, ServiceSection } from './types.ts';

/** Rows of business impact in the document; the BIA view has them all. */
export const IMPACT_ROWS = 20;

/** The business impact over time of `service`: the BIA's disruptions by cost, worst moment, most likely. */
export function impactRows(bia: BiaResult, service: string): ImpactRow[] {
  return bia.disruptions.flatMap((d) => {
    const f = d.impacts.find((i) => i.service === service && i.placement === 'worst')?.bounds
      .likely;
    if (!f) return [];
    return [
      {
        disruption: d.id,
        label: d.label,
        timeToRestoreMinutes: f.timeToRestoreMinutes,
        downMinutes: f.downMinutes,
        rto: rtoVerdictText(f, minutesText),
        mtpdBreached: f.mtpdBreached,
        cost: f.cost,
        h1: f.costAfter.h1,
        h4: f.costAfter.h4,
        h24: f.costAfter.h24,
        h72: f.costAfter.h72,
      },
    ];
  });
}

/** A single point of failure in words, as the BIA view says it. */
export function spofText(s: Spof, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  return s.reason === 'in-series'
    ? `${name(s.component)}: the service needs it and nothing stands in for it`
    : s.reason === 'shared-dependency'
      ? `${name(s.component)}: it takes down ${s.takesDown.map(name).join(', ')} with it`
      : `${name(s.component)}: without it the service is below its MBCO at the peak (${s.capacityLeft ?? 0} tpm for ${Math.round(s.peakDemand)} tpm asked)`;
}

export function serviceSection(
  scenario: Scenario,
  service: Service,
  bia: BiaResult,
): ServiceSection {
  const names = new Map(scenario.components.map((c) => [c.id, c.name]));
  const teamNames = new Map((scenario.teams ?? []).map((t) => [t.id, t.name]));
  const first = localDay(scenario.startEpoch).date;
  const last = localDay(scenario.startEpoch + scenario.horizon - 1).date;
  const involved = new Set(involvedComponents(scenario, service));
  const plans = new Set(
    scenario.components.filter((c) => involved.has(c.id) && c.recovery).map((c) => c.recovery!),
  );
  const rows = impactRows(bia, service.id);
  const o = service.objectives;
  const inv = service.invocation ?? null;
  const placement = bia.placements.find((p) => p.service === service.id);
  return {
    id: service.id,
    name: service.name,
    priority: service.priority ?? null,
    agreedHours: weekText(service.calendar.weekly),
    holidays: service.calendar.exceptions
      .filter((e) => e.date >= first && e.date <= last)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({ date: e.date, hours: windowsText(e.windows), note: e.note ?? '' })),
    objectives: {
      availability: o.availability,
      rtoMinutes: o.rto / MS_PER_MINUTE,
      rpoMinutes: o.rpo / MS_PER_MINUTE,
      mtpdMinutes: o.mtpd / MS_PER_MINUTE,
      mbco: mbcoWords(o.mbco),
    },
    currency: service.impact.currency,
    peak: placement?.worst.at ?? formatLocal(scenario.startEpoch),
    impact: rows.slice(0, IMPACT_ROWS),
    disruptionsAnalysed: rows.length,
    spofs: bia.spofs
      .filter((s) => s.service === service.id)
      .map((s) => ({ ...s, text: spofText(s, names) })),
    diagram: dependencyDiagram(scenario, service),
    invocation: inv
      ? {
          criteria: inv.criteria,
          decidedBy:
            inv.decidedBy === null ? null : (teamNames.get(inv.decidedBy) ?? inv.decidedBy),
          assessmentMinutes: inv.assessment === null ? null : inv.assessment / MS_PER_MINUTE,
        }
      : null,
    plans: scenario.plans.filter((p) => plans.has(p.id)).map((p) => p.id),
  };
}
