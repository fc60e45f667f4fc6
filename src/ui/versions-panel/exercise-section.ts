/** When the scenario was last exercised, marking a new exercise, and what changed since. */
import { html, nothing, type TemplateResult } from 'lit';
import { exactTime } from '../library-panel/when.ts';
import type { Exercised, SavePoint } from '../storage/index.ts';
import '../term/define.ts';

/** The save point that was current at an exercise: the newest made at or before it. */
export const versionAt = (versions: readonly SavePoint[], at: number): SavePoint | undefined =>
  versions.find((v) => v.at <= at);

export interface ExerciseState {
  readonly exercised: Exercised | null;
  readonly note: string;
  /** Whether there is a stored scenario to mark. */
  readonly enabled: boolean;
  /** The changes since the exercise, or nothing when there is no version to compare with. */
  readonly since: TemplateResult | null;
}

export interface ExerciseActions {
  noteInput(value: string): void;
  mark(): void;
}

function since(x: Exercised, s: ExerciseState): TemplateResult {
  if (s.since)
    return html`<h4>Changes since the last exercise</h4>
      ${s.since}`;
  return html`<h4>Changes since the last exercise</h4>
    <p class="muted">
      No version was saved at or before that exercise (${exactTime(x.at)}), so there is nothing to
      compare with.
    </p>`;
}

export function exerciseSection(s: ExerciseState, on: ExerciseActions): TemplateResult {
  const x = s.exercised;
  return html`<section class="exercise" aria-labelledby="exercise-title">
    <h3 id="exercise-title"><cs-term key="exercise">Exercises</cs-term></h3>
    ${
      x
        ? html`<p>
            Last exercised
            <time datetime=${new Date(x.at).toISOString()}>${exactTime(x.at)}</time>${
              x.note ? ` — ${x.note}` : ''
            }
          </p>`
        : html`<p class="muted">Not marked as exercised yet.</p>`
    }
    <form
      class="row"
      @submit=${(e: Event) => {
        e.preventDefault();
        on.mark();
      }}
    >
      <label
        >Exercise
        <input
          placeholder="March tabletop"
          .value=${s.note}
          ?disabled=${!s.enabled}
          @input=${(e: Event) => on.noteInput((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" ?disabled=${!s.enabled}>Mark as exercised</button>
    </form>
    ${x ? since(x, s) : nothing}
  </section>`;
}
