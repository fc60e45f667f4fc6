/**
 * A form field's issues: those of the file's validation whose path is the field's own
 * (`plans[2].steps[1].duration`) or inside it (`...duration.min`, `...after[0]`), shown under
 * the field with their hint, and tied to it with `aria-invalid` and `aria-describedby`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPath, type PathSegment, type ScenarioIssue } from '../../../scenario/issues.ts';

export interface FieldIssues {
  readonly list: readonly ScenarioIssue[];
  /** The id of the element that shows them (for `aria-describedby`). */
  readonly id: string;
  /** `'true'` when one is an error, for `aria-invalid`. */
  readonly invalid: 'true' | 'false';
  /** The id to put in `aria-describedby`, or undefined when there is nothing to describe. */
  readonly describedBy: string | undefined;
}

const inside = (path: string, prefix: string): boolean =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** The issues at `path` or inside it. */
export function fieldIssues(
  issues: readonly ScenarioIssue[],
  path: readonly PathSegment[],
): FieldIssues {
  const at = formatPath(path);
  const list = issues.filter((i) => inside(i.path, at));
  const id = `issues-${at.replace(/[^\w-]+/g, '-')}`;
  return {
    list,
    id,
    invalid: list.some((i) => i.severity === 'error') ? 'true' : 'false',
    describedBy: list.length ? id : undefined,
  };
}

/** The issues inside `path` that none of the `fields` (paths inside it) shows. */
export function otherIssues(
  issues: readonly ScenarioIssue[],
  path: readonly PathSegment[],
  fields: readonly (readonly PathSegment[])[],
): FieldIssues {
  const shown = fields.map((f) => formatPath(f));
  const all = fieldIssues(issues, path);
  const list = all.list.filter((i) => !shown.some((s) => inside(i.path, s)));
  const id = `${all.id}-other`;
  return {
    list,
    id,
    invalid: list.some((i) => i.severity === 'error') ? 'true' : 'false',
    describedBy: list.length ? id : undefined,
  };
}

/** The issues under a field: each message with its hint; nothing when there are none. */
export function issueNote(field: FieldIssues): TemplateResult | typeof nothing {
  if (field.list.length === 0) return nothing;
  return html`<div class="issues" id=${field.id}>
    ${field.list.map(
      (i) =>
        html`<p class=${i.severity}>
          <span class="message">${i.message}</span>${
            i.hint ? html` <span class="hint">Hint: ${i.hint}</span>` : nothing
          }
        </p>`,
    )}
  </div>`;
}
