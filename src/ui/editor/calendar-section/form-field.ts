/**
 * The form editor's fields: read a value at a path of the file's data (defensively: the data
 * may be malformed while someone types), show it in a labelled input with the issues found at
 * that path next to it, and turn what was typed back into the value the file holds.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { typed } from '../typed-value.ts';
import { formatPath, type ScenarioIssue } from '../../../scenario/issues.ts';
import type { DocEdit, DocPath } from '../doc-edit.ts';
import { csEvent } from '../../events.ts';

/** The value at `path` of plain data, or undefined when any step is missing or not a container. */
export function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node) !== (typeof key === 'number')) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A list at `path`, or an empty one when it is missing or not a list. */
export const listAt = (data: unknown, path: DocPath): readonly unknown[] => {
  const v = valueAt(data, path);
  return Array.isArray(v) ? v : [];
};

/** A scalar as text ('' for anything else). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** `['services', 0, 'objectives', 'rto']` -> `services[0].objectives.rto` (as issues name it). */
export const pathText = (path: DocPath): string => formatPath(path);

/** Issues at exactly `path`, or (within) at it and anything under it. */
export function issuesAt(
  issues: readonly ScenarioIssue[],
  path: DocPath,
  within = false,
): ScenarioIssue[] {
  const at = pathText(path);
  return issues.filter(
    (i) =>
      i.path === at || (within && (i.path.startsWith(`${at}.`) || i.path.startsWith(`${at}[`))),
  );
}

/** An element id for the field at `path`: `f-services-0-objectives-rto`. */
export const fieldId = (path: DocPath): string =>
  `f-${path.map((p) => String(p).replace(/[^\w-]/g, '_')).join('-')}`;

/** Fires one `cs-doc-edit` with the given edits (nothing when there are none). */
export function fireEdits(host: EventTarget, edits: readonly DocEdit[], label: string): void {
  if (edits.length > 0) host.dispatchEvent(csEvent('cs-doc-edit', { edits, label }));
}

/** `share-or-rate`: a percentage (`50`, `50%`) or a rate (`600 tpm`), as the MBCO takes. */
export type FieldKind =
  'text' | 'number' | 'duration' | 'percent' | 'share-or-rate' | 'date' | 'datetime' | 'time';

const INPUT_TYPE: Record<FieldKind, string> = {
  text: 'text',
  number: 'number',
  duration: 'text',
  percent: 'number',
  'share-or-rate': 'text',
  date: 'date',
  datetime: 'datetime-local',
  time: 'time',
};

/** What the input shows for the file's value. */
export function displayValue(kind: FieldKind, value: unknown): string {
  if (kind === 'percent') {
    const m = typeof value === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null;
    return m?.[1] ?? (typeof value === 'number' ? String(value) : '');
  }
  if (kind === 'number') return typeof value === 'number' ? String(value) : '';
  return textOf(value);
}

/** The file value for what was typed: numbers as numbers, shares as `99.5%`, '' as undefined. */
export function fileValue(kind: FieldKind, input: string): unknown {
  const text = input.trim();
  if (text === '') return undefined;
  if (kind === 'number') return Number.isFinite(Number(text)) ? Number(text) : text;
  if (kind === 'percent' || kind === 'share-or-rate')
    return /^-?\d+(\.\d+)?$/.test(text) ? `${Number(text)}%` : text;
  return text;
}

/** The issues next to a field: what is wrong and how to fix it. */
export function issueList(id: string, issues: readonly ScenarioIssue[]) {
  if (issues.length === 0) return nothing;
  return html`<ul class="issues" id=${`${id}-issues`}>
    ${issues.map(
      (i) =>
        html`<li class=${i.severity}>
          <span class="message">${i.message}</span>${
            i.hint ? html` <span class="hint">${i.hint}</span>` : nothing
          }
        </li>`,
    )}
  </ul>`;
}

export interface FieldSpec {
  readonly path: DocPath;
  readonly label: string;
  readonly kind: FieldKind;
  /** The file's data (the field reads its value at `path`). */
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
  /** Called with the new file value when it differs from the current one. */
  readonly commit: (value: unknown) => void;
  readonly placeholder?: string;
  /** Text after the input (a unit: `%`, `tpm`). */
  readonly suffix?: string;
  /** Show the label to screen readers only (in tables). */
  readonly hideLabel?: boolean;
  readonly disabled?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  /** The id of a `<datalist>` of suggestions. */
  readonly list?: string;
  /** Width class: `narrow` (numbers, durations), `wide` (names), default medium. */
  readonly size?: 'narrow' | 'wide';
}

/** A labelled input for one value of the file, committing on `change`, with its issues. */
export function field(spec: FieldSpec): TemplateResult {
  const id = fieldId(spec.path);
  const raw = valueAt(spec.data, spec.path);
  const found = issuesAt(spec.issues, spec.path);
  const invalid = found.some((i) => i.severity === 'error');
  const onChange = (e: Event) => {
    const next = fileValue(spec.kind, (e.target as HTMLInputElement).value);
    if (!sameValue(next, raw)) spec.commit(next);
  };
  return html`<div class="field ${spec.size ?? ''}">
    <label for=${id} class=${spec.hideLabel ? 'visually-hidden' : ''}>${spec.label}</label>
    <span class="control">
      <input
        id=${id}
        type=${INPUT_TYPE[spec.kind]}
        .value=${typed(displayValue(spec.kind, raw))}
        placeholder=${spec.placeholder ?? ''}
        list=${spec.list ?? nothing}
        ?disabled=${spec.disabled ?? false}
        min=${spec.min ?? nothing}
        max=${spec.max ?? nothing}
        step=${spec.step ?? (spec.kind === 'number' || spec.kind === 'percent' ? 'any' : nothing)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${found.length ? `${id}-issues` : nothing}
        @change=${onChange}
      />${spec.suffix ? html`<span class="suffix">${spec.suffix}</span>` : nothing}
    </span>
    ${issueList(id, found)}
  </div>`;
}

/** Whether a typed value equals the file's (so that re-typing it makes no edit). */
export function sameValue(next: unknown, raw: unknown): boolean {
  if (next === raw) return true;
  if (typeof next === 'number' && typeof raw === 'string') return String(next) === raw.trim();
  return typeof next === 'string' && typeof raw === 'string' && next === raw.trim();
}
