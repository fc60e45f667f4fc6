/** A step's wait for its team in words, for the Gantt's titles and accessible names. */
import { humanDuration } from '../analysis/event-log.ts';
import type { StepWait } from './gantt-schedule.ts';

/**
 * `waited 45 min for Database administrators: called out at 02:00, at work 02:45`,
 * or `waited 3 h for Database administrators (all its people busy)`.
 */
export function waitText(w: StepWait): string {
  const total = humanDuration(w.to - w.from);
  const call =
    w.callOutTo !== null && w.calledAt && w.arrivesAt
      ? `: called out at ${w.calledAt}, at work ${w.arrivesAt}`
      : '';
  const person =
    w.callOutTo !== null && w.to > w.callOutTo
      ? `, then ${humanDuration(w.to - w.callOutTo)} for a free person`
      : w.callOutTo === null
        ? ' (all its people busy)'
        : '';
  return `waited ${total} for ${w.team}${call}${person}`;
}
