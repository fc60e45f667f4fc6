/** Findings about the objectives themselves: an RTO longer than the MTPD, an RPO the backups cannot meet. */
import { minutes, ms, MS_PER_MINUTE } from '../../core/time.ts';
import { dur, nameOf, type AdvisorContext } from './context.ts';
import { cite, citationText, failureOf, simulatedRuns } from './simulated.ts';
import { suggest, type Finding } from './types.ts';

export function objectiveFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  for (const service of ctx.scenario.services) {
    const { rto, rpo, mtpd } = service.objectives;
    if (rto > mtpd)
      out.push({
        id: `rto-over-mtpd:${service.id}`,
        rule: 'rto-over-mtpd',
        severity: 'critical',
        title: `The RTO of ${service.id} (${dur(rto)}) is longer than its MTPD (${dur(mtpd)})`,
        explanation: `The MTPD is the longest disruption the business can survive; the RTO is when IT promises to have the service back. A recovery that meets a ${dur(rto)} RTO can still be fatal after ${dur(mtpd)}: the RTO must be shorter than the MTPD.`,
        evidence: { rtoMinutes: rto / MS_PER_MINUTE, mtpdMinutes: mtpd / MS_PER_MINUTE },
        subject: [service.id],
        suggestion: suggest(
          `Set the RTO to at most half the MTPD (${dur(mtpd / 2)}), and check the plans against it.`,
          [
            {
              kind: 'set-objective',
              service: service.id,
              objective: 'rto',
              value: ms(Math.max(minutes(1), Math.floor(mtpd / 2 / MS_PER_MINUTE) * MS_PER_MINUTE)),
            },
          ],
        ),
      });
    for (const id of ctx.involved(service)) {
      const data = ctx.component(id)?.data;
      if (!data) continue;
      const backup = data.backupEvery ?? Infinity;
      const onFailure = Math.min(data.replicationLag ?? backup, backup);
      const onCorruption = backup;
      if (onCorruption <= rpo) continue;
      const failure = onFailure > rpo;
      // The BIA's run of the loss the finding is about (a failure, else a corruption).
      const run = simulatedRuns(ctx, service.id, (d) =>
        failure ? failureOf([id])(d) : d.kind === 'corruption' && d.components[0] === id,
      ).find((r) => (r.figures.dataLostMinutes ?? 0) * MS_PER_MINUTE > rpo);
      if (!run) continue;
      const simulated = cite(
        ctx,
        run,
        `up to ${dur((run.figures.dataLostMinutes ?? 0) * MS_PER_MINUTE)} of data lost over the backup cycle (${dur((run.figures.dataLostInRunMinutes ?? 0) * MS_PER_MINUTE)} at that moment)`,
      );
      const loss = (x: number) =>
        Number.isFinite(x) ? dur(x) : 'everything since the last full copy';
      out.push({
        id: `rpo-unmet:${service.id}:${id}`,
        rule: 'rpo-unmet',
        severity: failure ? 'critical' : 'warning',
        title: `${nameOf(ctx, id)} can lose more data than the ${dur(rpo)} RPO of ${service.id}`,
        explanation: failure
          ? `If ${nameOf(ctx, id)} fails just before its next backup, up to ${loss(onFailure)} of transactions are lost: more than the ${dur(rpo)} the business accepts, as ${citationText(simulated)}.`
          : `Replication protects against a plain failure (${loss(onFailure)} lost), but corruption is copied to the replica too, so the last good copy is the backup: up to ${loss(onCorruption)} of transactions lost, more than the ${dur(rpo)} RPO, as ${citationText(simulated)}.`,
        simulated,
        evidence: {
          rpoMinutes: rpo / MS_PER_MINUTE,
          backupEveryMinutes: Number.isFinite(backup) ? backup / MS_PER_MINUTE : null,
          replicationLagMinutes:
            data.replicationLag === null ? null : data.replicationLag / MS_PER_MINUTE,
          worstLossOnFailureMinutes: Number.isFinite(onFailure) ? onFailure / MS_PER_MINUTE : null,
          worstLossOnCorruptionMinutes: Number.isFinite(onCorruption)
            ? onCorruption / MS_PER_MINUTE
            : null,
        },
        subject: [id, service.id],
        suggestion: suggest(
          `Take backups (or snapshots) of ${nameOf(ctx, id)} every ${dur(rpo)} at least.`,
          [{ kind: 'set-backup-interval', component: id, every: rpo }],
        ),
      });
    }
  }
  return out;
}
