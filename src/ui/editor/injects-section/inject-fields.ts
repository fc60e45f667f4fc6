/**
 * The fields an inject's action needs, as controls committing on `change`: the component
 * (a select of the file's components), the capacity left and how long (degrade), the service,
 * demand factor and duration (surge). Each shows its issues under it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { typed } from '../typed-value.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { parsePercent } from '../../../scenario/units.ts';
import type { DocEditDetail } from '../doc-edit.ts';
import { fieldIssues, issueNote, type FieldIssues } from '../plans-section/field-issues.ts';
import { committed, items, text, type Rec } from '../plans-section/form-data.ts';
import { setField } from './inject-edits.ts';

export interface InjectFieldsHost {
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
  readonly edit: (detail: DocEditDetail | null) => void;
}

export const INJECT_KEYS = ['component', 'capacity', 'for', 'service', 'factor', 'duration'];

const size = (value: string, min: number): number => Math.min(16, Math.max(min, value.length + 1));

/** `<select>` of the ids in the file's list `list`, plus the current value if it is not one. */
function choose(
  host: InjectFieldsHost,
  listKey: 'components' | 'services',
  current: string,
  any: string | null,
) {
  const options = items(host.data, listKey).map(({ item }) => ({
    id: text(item['id']),
    name: text(item['name']) || text(item['id']),
  }));
  const known = options.some((o) => o.id === current) || (any !== null && current === '');
  return html`${any === null ? nothing : html`<option value="" ?selected=${current === ''}>${any}</option>`}
  ${known ? nothing : html`<option value=${current} selected>${current || '(choose)'} (unknown)</option>`}
  ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === current}>${o.name}</option>`)}`;
}

export function injectFields(host: InjectFieldsHost, index: number, item: Rec, name: string) {
  const action = text(item['action']);
  const issues = (key: string) => fieldIssues(host.issues, ['injects', index, key]);
  const set = (key: string, label: string, value: string | number) =>
    host.edit(setField(index, item, key, value, label));
  const field = (label: string, f: FieldIssues, control: TemplateResult, unit = '') =>
    html`<div class="field"><label>${label} ${control}${unit}</label>${issueNote(f)}</div>`;

  const component = () => {
    const f = issues('component');
    return field(
      'Component',
      f,
      html`<select
        aria-label="Component of ${name}"
        data-value=${text(item['component'])}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @change=${(e: Event) => set('component', 'Component', committed(e))}
      >
        ${choose(host, 'components', text(item['component']), null)}
      </select>`,
    );
  };
  const textInput = (key: string, label: string, placeholder: string) => {
    const f = issues(key);
    const value = text(item[key]);
    return field(
      label,
      f,
      html`<input
        class="${key}-input"
        aria-label="${label} of ${name}"
        placeholder=${placeholder}
        size=${size(value || placeholder, 5)}
        spellcheck="false"
        .value=${typed(value)}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @change=${(e: Event) => set(key, label, committed(e))}
      />`,
    );
  };
  const numberInput = (
    key: string,
    label: string,
    shown: string,
    write: (n: number) => unknown,
    unit = '',
  ) => {
    const f = issues(key);
    return field(
      label,
      f,
      html`<input
        class="${key}-input number"
        type="number"
        min="0"
        step="any"
        aria-label="${label} of ${name}"
        .value=${typed(shown)}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @change=${(e: Event) => {
          const v = committed(e);
          if (v !== '' && Number.isFinite(Number(v)))
            host.edit(setField(index, item, key, write(Number(v)) as string | number, label));
        }}
      />`,
      unit,
    );
  };

  switch (action) {
    case 'fail':
    case 'restore':
    case 'corrupt':
    case 'invoke':
      return component();
    case 'degrade': {
      const share = parsePercent(item['capacity']);
      const shown = share.ok ? String(Math.round(share.value * 100_000) / 1000) : '';
      return html`${component()}
      ${numberInput('capacity', 'Capacity left', shown, (n) => `${n}%`, ' %')}
      ${textInput('for', 'For', 'until recovered')}`;
    }
    case 'surge': {
      const f = issues('service');
      return html`${field(
        'Service',
        f,
        html`<select
          aria-label="Service of ${name}"
          data-value=${text(item['service'])}
          aria-invalid=${f.invalid}
          aria-describedby=${ifDefined(f.describedBy)}
          @change=${(e: Event) => set('service', 'Service', committed(e))}
        >
          ${choose(host, 'services', text(item['service']), 'All services')}
        </select>`,
      )}
      ${numberInput('factor', 'Demand factor', text(item['factor']), (n) => n)}
      ${textInput('duration', 'Duration', '1h')}`;
    }
    default:
      return nothing;
  }
}
