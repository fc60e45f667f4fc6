/** A short, plain description of a scenario edit, for the variant banner and reports. */
import { formatDurationRange } from '../../scenario/duration-range-text.ts';
import { isAlways } from './apply-edit.ts';
import type { ScenarioEdit } from './types.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hhmm = (ms: number) => {
  const m = Math.round(ms / 60_000);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** `24x7`, or `Mon 08:00-18:00, ...` (closed days left out). */
export function weeklyText(weekly: readonly (readonly { from: number; to: number }[])[]): string {
  if (isAlways(weekly)) return '24x7';
  return weekly
    .flatMap((d, i) =>
      d.length ? [`${DAYS[i]} ${d.map((w) => `${hhmm(w.from)}-${hhmm(w.to)}`).join(', ')}`] : [],
    )
    .join('; ');
}

/** A short description of a change, for the variant banner. */
export function describeEdit(edit: ScenarioEdit): string {
  switch (edit.kind) {
    case 'set-capacity':
      return `${edit.component} capacity ${edit.capacity} tpm`;
    case 'set-mtbf':
      return `${edit.component} fails every ${Math.round(edit.mtbf / 360_000) / 10} h on average`;
    case 'add-redundant-member':
      return `a standby for ${edit.component}`;
    case 'set-step-duration':
      return `step ${edit.step} of ${edit.plan} takes ${formatDurationRange(edit.duration)}`;
    case 'set-step-owner':
      return `step ${edit.step} of ${edit.plan} owned by ${edit.owner}`;
    case 'set-backup-interval':
      return `${edit.component} backed up every ${edit.every / 60_000} min`;
    case 'set-detection':
      return `${edit.component} detected within ${edit.detection / 60_000} min`;
    case 'split-dependency':
      return `${edit.component} off ${edit.dependency}`;
    case 'set-team-size':
      return `team ${edit.team} of ${edit.size} ${edit.size === 1 ? 'person' : 'people'}`;
    case 'set-team-call-out':
      return `team ${edit.team} called out within ${formatDurationRange(edit.callOut)}`;
    case 'set-team-hours':
      return `team ${edit.team} at work ${weeklyText(edit.weekly)}`;
    case 'set-objective':
      return `${edit.objective.toUpperCase()} of ${edit.service} set to ${edit.value / 60_000} min`;
  }
}
