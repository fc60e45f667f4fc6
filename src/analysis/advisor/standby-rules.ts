/**
 * Findings about standby (active/passive) groups: a switch-over slower than the RTO means
 * every loss of the active member in agreed hours breaches it, however fast the repair.
 */
import type { StandbyGroup } from '../../core/model.ts';
import { durationBounds } from '../../core/sampling.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import { memberLabel, standbyGroupsOf } from '../../core/topology.ts';
import { dur, list, nameOf, type AdvisorContext } from './context.ts';
import { suggest, type Finding } from './types.ts';

const names = (ctx: AdvisorContext, group: StandbyGroup, member: 0 | 1): string =>
  list(
    memberLabel(group.of[member])
      .split('+')
      .map((id) => nameOf(ctx, id)),
  );

export function switchoverFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  for (const service of ctx.scenario.services) {
    const rto = service.objectives.rto;
    const seen = new Set<string>();
    for (const group of standbyGroupsOf(service.requires)) {
      if (seen.has(group.id)) continue;
      seen.add(group.id);
      const { low, likely, high } = durationBounds(group.switchover);
      if (high <= rto) continue;
      const active = names(ctx, group, 0);
      const standby = names(ctx, group, 1);
      out.push({
        id: `switchover-exceeds-rto:${service.id}:${group.id}`,
        rule: 'switchover-exceeds-rto',
        severity: likely > rto ? 'critical' : 'warning',
        title: `The switch-over from ${active} to ${standby} takes longer than the ${dur(rto)} RTO of ${service.id}${likely > rto ? '' : ' at its slow end'}`,
        explanation: `While ${standby} takes over, ${service.id} gets nothing from this pair: the switch-over takes ${dur(low)} to ${dur(high)}, so every loss of the active member in agreed hours keeps the service down past the ${dur(rto)} the business agreed, however fast the failed member is repaired.`,
        evidence: {
          rtoMinutes: rto / MS_PER_MINUTE,
          switchoverLowMinutes: low / MS_PER_MINUTE,
          switchoverLikelyMinutes: likely / MS_PER_MINUTE,
          switchoverHighMinutes: high / MS_PER_MINUTE,
          failback: group.failback,
        },
        subject: [
          ...memberLabel(group.of[0]).split('+'),
          ...memberLabel(group.of[1]).split('+'),
          service.id,
        ],
        suggestion: suggest(
          `Shorten the switch-over below ${dur(rto)}: automate the failover (a hot standby or a cluster), or run both members active-active ({ atLeast: 1, of: [...] }) if each can carry the load.`,
        ),
      });
    }
  }
  return out;
}
