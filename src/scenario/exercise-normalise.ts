/** From a validated `exercise:` section to the model's `Exercise`: times since the scenario start. */
import type { Exercise } from '../core/model.ts';
import { ms, simTime } from '../core/time.ts';
import type { InjectTime } from './inject-format.ts';
import { simTimeOf, type FileClock } from './local-time.ts';
import type { ExerciseFileOutput } from './exercise-format.ts';
import { effectOf } from './inject-normalise.ts';

/** Assumes the section passed the schema and `checkExercise`. */
export function normaliseExercise(
  file: ExerciseFileOutput | undefined,
  clock: FileClock,
): Exercise | null {
  if (file === undefined) return null;
  const at = (t: InjectTime) => simTime(simTimeOf(t, clock));
  return {
    name: file.name,
    start: at(file.start),
    duration: ms(file.duration),
    pace: file.pace,
    manualInvocation: file.manualInvocation,
    injects: file.injects.map((i) => ({
      id: i.id,
      at: at(i.at),
      text: i.text.trim(),
      release: i.release,
      effect: i.effect === undefined ? null : effectOf(i.effect),
    })),
    decisions: file.decisions.map((d) => ({
      id: d.id,
      opens:
        d.after !== undefined
          ? { kind: 'after', inject: d.after }
          : { kind: 'at', at: at(d.at ?? file.start) },
      question: d.question.trim(),
      timeLimit: ms(d.timeLimit),
      options: d.options.map((o) => ({
        id: o.id,
        label: o.label,
        actions: o.actions.map(({ after, ...effect }) => ({
          after: ms(after ?? 0),
          effect: effectOf(effect),
        })),
      })),
      default: d.default,
    })),
  };
}
