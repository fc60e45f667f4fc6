/**
 * A step's duration in the steps table: one text input for `10m` (fixed) or `5m-15m`
 * (uniform), or three for a triangular `{ min, likely, max }`, with a button to switch
 * between the two forms. Each input commits on `change`.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { typed } from '../typed-value.ts';
import type { PathSegment, ScenarioIssue } from '../../../scenario/issues.ts';
import { fieldIssues, issueNote } from './field-issues.ts';
import { committed, record, text } from './form-data.ts';

/** What the field shows: a step's duration, or any other duration range (a team's call-out). */
export interface DurationOwner {
  /** As written: `10m`, `5m-15m`, `{ min, likely, max }` or anything typed. */
  readonly duration: unknown;
  /** Whose duration, for labels: "Duration of Promote the replica". */
  readonly title: string;
}

export interface DurationHandlers {
  readonly set: (value: string) => void;
  readonly setEnd: (key: 'min' | 'likely' | 'max', value: string) => void;
  readonly toggle: () => void;
}

const ENDS = [
  { key: 'min', label: 'Shortest duration' },
  { key: 'likely', label: 'Most likely duration' },
  { key: 'max', label: 'Longest duration' },
] as const;

/** Wide enough for what is written, within reason. */
const size = (value: string, min: number): number => Math.min(24, Math.max(min, value.length + 1));

export function durationField(
  step: DurationOwner,
  path: readonly PathSegment[],
  issues: readonly ScenarioIssue[],
  on: DurationHandlers,
  what = 'Duration',
) {
  const whatLower = what.toLowerCase();
  const whose = what === 'Duration' ? step.title : `${whatLower} of ${step.title}`;
  const all = fieldIssues(issues, path);
  const triangle = record(step.duration);
  if (!triangle) {
    const value = text(step.duration);
    return html`<div class="duration">
        <input
          class="duration-input"
          aria-label="${what} of ${step.title}"
          placeholder=${what === 'Duration' ? '15m or 5m-15m' : '30m or 30m-1h'}
          size=${size(value, 7)}
          spellcheck="false"
          .value=${typed(value)}
          aria-invalid=${all.invalid}
          aria-describedby=${ifDefined(all.describedBy)}
          @change=${(e: Event) => on.set(committed(e))}
        />
        <button
          type="button"
          class="icon toggle"
          aria-label="Use min / likely / max for ${whose}"
          title="Shortest / most likely / longest (triangular)"
          @click=${on.toggle}
        >
          ▵
        </button>
      </div>
      ${issueNote(all)}`;
  }
  return html`<div class="duration triangle">
      ${ENDS.map(({ key, label }, i) => {
        const end = fieldIssues(issues, [...path, key]);
        const value = text(triangle[key]);
        return html`${i > 0 ? html`<span aria-hidden="true">/</span>` : nothing}<input
            class="duration-${key}"
            aria-label="${label.replace('duration', whatLower)} of ${step.title}"
            title=${label}
            size=${size(value, 4)}
            spellcheck="false"
            .value=${typed(value)}
            aria-invalid=${end.list.length ? end.invalid : all.invalid}
            aria-describedby=${ifDefined(all.describedBy)}
            @change=${(e: Event) => on.setEnd(key, committed(e))}
          />`;
      })}
      <button
        type="button"
        class="icon toggle"
        aria-label="Use a range for ${whose}"
        title="A range: shortest-longest (uniform)"
        @click=${on.toggle}
      >
        ↔
      </button>
    </div>
    ${issueNote(all)}`;
}
