/**
 * What the BIA simulated, as the advisor reads it to check its claims: the runs of one
 * disruption for one service (worst moment before the opening of agreed hours, most-likely
 * step durations before the high and low ends), and the citation a finding carries when a
 * run shows what it claims (an outage, a breach, an overload): the BIA row and its replay.
 */
import type { Inject } from '../../core/model.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import type { Bound, DisruptionResult, ImpactFigures, PlacementKind } from '../bia/types.ts';
import { rtoVerdictText } from '../bia/verdict-text.ts';
import { dur, type AdvisorContext } from './context.ts';
import type { Citation } from './types.ts';
import { proseWhen } from '../prose-time.ts';

export interface SimulatedRun {
  readonly disruption: DisruptionResult;
  readonly service: string;
  readonly placement: PlacementKind;
  readonly at: string;
  readonly bound: Bound;
  readonly figures: ImpactFigures;
  readonly injects: readonly Inject[];
}

const PLACEMENT_ORDER: readonly PlacementKind[] = ['worst', 'opening'];
const BOUND_ORDER: readonly Bound[] = ['likely', 'high', 'low'];

/**
 * Every run of the disruptions that `pick` chooses, for one service, most telling first: the
 * most-likely step durations before the ends of their ranges, the worst moment before the
 * opening of agreed hours, the costliest disruption first.
 */
export function simulatedRuns(
  ctx: AdvisorContext,
  service: string,
  pick: (d: DisruptionResult) => boolean,
): SimulatedRun[] {
  const out: SimulatedRun[] = [];
  for (const bound of BOUND_ORDER)
    for (const placement of PLACEMENT_ORDER)
      for (const d of ctx.bia.disruptions) {
        if (!pick(d)) continue;
        const impact = d.impacts.find((i) => i.service === service && i.placement === placement);
        const figures = impact?.bounds[bound];
        if (impact && figures)
          out.push({
            disruption: d,
            service,
            placement,
            at: impact.at,
            bound,
            figures,
            injects: impact.injects,
          });
      }
  return out;
}

/** The disruption made of exactly these components (`fail:a+b`), for `simulatedRuns`. */
export const failureOf =
  (ids: readonly string[]) =>
  (d: DisruptionResult): boolean =>
    (d.kind === 'single' || d.kind === 'pair' || d.kind === 'triple') &&
    d.components.length === ids.length &&
    ids.every((id) => d.components.includes(id));

/**
 * The run took the service down when it was needed, beyond what it would have been anyway
 * (both placements lie in agreed hours; a service already down then shows nothing).
 */
export const showsOutage = (f: ImpactFigures): boolean => f.downMinutes > 0;

/** The run left the service worse: more downtime, or as much and more of it degraded, or a cost. */
export const showsHarm = (f: ImpactFigures): boolean =>
  showsOutage(f) ||
  f.cost > 0 ||
  (f.downMinutes === 0 && (f.degradedMinutes > 0 || f.unservedTransactions > 0));

const BOUND_WORDS: Record<Bound, string> = {
  low: 'shortest',
  likely: 'most-likely',
  high: 'longest',
};

/** What a run showed, in words: `down 1h50m (1h50m in agreed hours), RTO met, EUR 139,333`. */
export function showsText(ctx: AdvisorContext, f: ImpactFigures, service: string): string {
  const currency = ctx.scenario.services.find((s) => s.id === service)?.impact.currency ?? '';
  const cost = `${currency} ${Math.round(f.cost).toLocaleString('en-US')}`.trim();
  const m = (x: number) => dur(x * MS_PER_MINUTE);
  if (f.outageMinutes !== null && f.outageMinutes > 0) {
    const rto = rtoVerdictText(f, m);
    return `down ${m(f.outageMinutes)} (${m(f.downMinutes)} in agreed hours), ${rto.startsWith('plan') ? rto : `RTO ${rto}`}, ${cost}`;
  }
  if (f.worstState === 'down' && f.downMinutes > 0)
    return `down ${m(f.downMinutes)} in agreed hours, ${cost}`;
  if (f.degradedMinutes > 0 || f.unservedTransactions > 0)
    return `degraded${f.degradedMinutes > 0 ? ` ${m(f.degradedMinutes)} in agreed hours` : ''}, ${Math.round(f.unservedTransactions).toLocaleString('en-US')} more transactions unserved, ${cost}`;
  return `no effect on the service (${cost})`;
}

export function cite(ctx: AdvisorContext, run: SimulatedRun, shows?: string): Citation {
  const place = ctx.bia.placements.find((p) => p.service === run.service);
  return {
    disruption: run.disruption.id,
    label: run.disruption.label,
    service: run.service,
    placement: run.placement,
    at: run.at,
    t: place?.[run.placement].t ?? run.injects[0]?.at ?? 0,
    bound: run.bound,
    shows: shows ?? showsText(ctx, run.figures, run.service),
    injects: run.injects,
  };
}

/**
 * `the BIA's run of "App server 1 fails" at 2026-01-30 11:00 (most-likely step durations)
 * shows: degraded, ...`; for the undisrupted run, `the BIA's undisrupted run shows at ...`.
 */
export function citationText(c: Citation): string {
  const when = proseWhen(c.at);
  return c.disruption === null
    ? `the BIA's undisrupted run shows at ${when}: ${c.shows}`
    : `the BIA's run of "${c.label}" at ${when} (${BOUND_WORDS[c.bound]} step durations) shows: ${c.shows}`;
}
