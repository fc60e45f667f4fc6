/**
 * One difference between two versions of a scenario, as the version history and the diff view
 * show it (diff.ts works them out; exercise-diff.ts and team-diff.ts add their areas' changes).
 */

/** The areas of a scenario, in the order their changes are listed. */
export const AREAS = [
  'scenario',
  'calendar',
  'service',
  'objective',
  'topology',
  'demand',
  'component',
  'team',
  'plan',
  'step',
  'inject',
  'exercise',
] as const;
export type ChangeArea = (typeof AREAS)[number];

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  area: ChangeArea;
  /** What changed, e.g. `Promote the replica (db-failover)`. */
  subject: string;
  /** The field as named in the file, e.g. `duration`, `agreedHours.mon-fri`. */
  field?: string;
  before?: string;
  after?: string;
  /** The change as a sentence. */
  text: string;
}
