/** Data lost when a component that holds data fails, measured in time (for the RPO). */
import type { Component } from '../core/model.ts';
import type { ChangeCause } from '../core/trace.ts';

/** Time since the last backup at `t`: backups run every `every` from `offset` (and before the start). */
export function sinceLastBackup(t: number, every: number, offset: number): number {
  return (((t - offset) % every) + every) % every;
}

/**
 * Corruption spreads to replicas, so it loses everything since the last backup; any other
 * failure loses the replication lag (or, without a replica, everything since the last backup).
 * Null when the component holds no data. Without backups, everything since the start is lost.
 */
export function dataLossOnFailure(
  component: Component,
  t: number,
  cause: ChangeCause,
): number | null {
  const data = component.data;
  if (data === null) return null;
  const sinceBackup =
    data.backupEvery === null ? t : sinceLastBackup(t, data.backupEvery, data.backupOffset);
  if (cause === 'corruption' || data.replicationLag === null) return sinceBackup;
  return Math.min(data.replicationLag, sinceBackup);
}
