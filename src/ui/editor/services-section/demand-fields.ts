/**
 * A service's demand: transactions per minute, the hourly curve (drawn and dragged by the
 * element, see demand-chart.ts), the weekday factors and the surges.
 */
import { html, nothing } from 'lit';
import { typed } from '../typed-value.ts';
import { compactDayMap, readDayMap } from '../calendar-section/day-map.ts';
import { field, fieldId, issueList, issuesAt, valueAt } from '../calendar-section/form-field.ts';
import { DAY_LABELS } from '../calendar-section/week-grid.ts';
import { servicePath, setter, type ServiceContext } from './service-context.ts';
import { surgesTable } from './surges-table.ts';

export function demandFields(ctx: ServiceContext) {
  const path = servicePath(ctx, 'demand');
  const tpm = servicePath(ctx, 'demand', 'tpm');
  const hourly = servicePath(ctx, 'demand', 'hourly');
  return html`<fieldset>
    <legend>Demand</legend>
    ${issueList(fieldId(path), issuesAt(ctx.issues, path))}
    <div class="fields">
      ${field({ data: ctx.data, issues: ctx.issues, path: tpm, kind: 'number', label: 'Transactions per minute at factor 1', min: 0, suffix: 'tpm', placeholder: '1000', commit: setter(ctx, tpm, 'Transactions per minute') })}
    </div>
    <figure class="curve">
      <figcaption>
        Hourly factors: drag a bar, or focus it and use the arrow keys (Shift for bigger steps).
      </figcaption>
      <svg data-demand-of=${ctx.index}></svg>
    </figure>
    ${issueList(fieldId(hourly), issuesAt(ctx.issues, hourly, true))} ${weekdayFactors(ctx)}
    ${surgesTable(ctx)}
  </fieldset>`;
}

/** Seven factors, Monday first; a blank day is not listed (factor 1). */
function weekdayFactors(ctx: ServiceContext) {
  const path = servicePath(ctx, 'demand', 'weekdays');
  const raw = valueAt(ctx.data, path);
  const slots = readDayMap(raw);
  const found = issuesAt(ctx.issues, path, true);
  const invalid = found.some((i) => i.severity === 'error');
  const id = fieldId(path);
  const commit = (day: number, input: string) => {
    const text = input.trim();
    const value = text === '' ? undefined : Number(text);
    if (value === slots[day] || (value !== undefined && !Number.isFinite(value))) return;
    const next = slots.map((v, d) => (d === day ? value : v));
    const map = compactDayMap(next);
    setter(ctx, path, 'Weekday factors')(Object.keys(map).length ? map : undefined);
  };
  return html`<div class="weekdays" role="group" aria-labelledby=${`${id}-label`}>
      <span id=${`${id}-label`} class="group-label">Weekday factors</span>
      ${slots.map((v, day) => {
        const label = DAY_LABELS[day] ?? '';
        return html`<label class="day">
          <span>${label.slice(0, 3)}</span>
          <input
            type="number"
            min="0"
            step="0.05"
            aria-label=${`Demand factor on ${label}`}
            placeholder="1"
            .value=${typed(typeof v === 'number' ? String(v) : '')}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${found.length ? `${id}-issues` : nothing}
            @change=${(e: Event) => commit(day, (e.target as HTMLInputElement).value)}
          />
        </label>`;
      })}
      <span class="muted">blank = 1</span>
    </div>
    ${issueList(id, found)}`;
}
