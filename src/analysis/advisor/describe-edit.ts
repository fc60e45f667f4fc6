/** A short, plain description of a scenario edit, for the variant banner and reports. */
import { formatDurationRange } from '../../scenario/duration-range-text.ts';
import type { ScenarioEdit } from './types.ts';

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
    case 'set-objective':
      return `${edit.objective.toUpperCase()} of ${edit.service} set to ${edit.value / 60_000} min`;
  }
}
