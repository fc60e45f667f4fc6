/** A variant that removes components drops what its exercise did to them; the narrative stays. */
import type { ExerciseFileOutput } from './exercise-format.ts';

const keeps =
  (removed: ReadonlySet<string>) =>
  (effect: { action: string }): boolean =>
    !('component' in effect) ||
    typeof effect.component !== 'string' ||
    !removed.has(effect.component);

export function pruneExercise(
  exercise: ExerciseFileOutput,
  removed: ReadonlySet<string>,
): ExerciseFileOutput {
  const kept = keeps(removed);
  return {
    ...exercise,
    manualInvocation: exercise.manualInvocation.filter((id) => !removed.has(id)),
    injects: exercise.injects.map(({ effect, ...inject }) =>
      effect === undefined || kept(effect) ? { ...inject, ...(effect && { effect }) } : inject,
    ),
    decisions: exercise.decisions.map((d) => ({
      ...d,
      options: d.options.map((o) => ({ ...o, actions: o.actions.filter(kept) })),
    })),
  };
}
