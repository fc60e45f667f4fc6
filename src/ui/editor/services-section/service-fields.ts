/** A service's objectives (availability, RTO, RPO, MTPD, MBCO) and business impact. */
import { html } from 'lit';
import { field, fieldId, issueList, issuesAt } from '../calendar-section/form-field.ts';
import { servicePath, setter, type ServiceContext } from './service-context.ts';
import '../../term/define.ts';

export function objectivesFields(ctx: ServiceContext) {
  const at = (key: string) => servicePath(ctx, 'objectives', key);
  const common = { data: ctx.data, issues: ctx.issues, size: 'narrow' } as const;
  const duration = (key: string, label: string, what: string, placeholder: string) =>
    field({
      ...common,
      path: at(key),
      kind: 'duration',
      label,
      placeholder,
      commit: setter(ctx, at(key), what),
    });
  const share = (key: string, label: string, what: string, placeholder: string) =>
    field({
      ...common,
      path: at(key),
      kind: 'percent',
      label,
      placeholder,
      suffix: '%',
      min: 0,
      max: 100,
      step: 'any',
      commit: setter(ctx, at(key), what),
    });
  const path = servicePath(ctx, 'objectives');
  return html`<fieldset>
    <legend>Objectives</legend>
    ${issueList(fieldId(path), issuesAt(ctx.issues, path))}
    <div class="fields">
      ${share('availability', 'Availability', 'Availability', '99.5')}
      ${duration('rto', 'RTO (recovery time)', 'RTO', '2h')}
      ${duration('rpo', 'RPO (data loss)', 'RPO', '15m')}
      ${duration('mtpd', 'MTPD (tolerable)', 'MTPD', '8h')}
      ${field({
        ...common,
        path: at('mbco'),
        kind: 'share-or-rate',
        label: 'MBCO (of the demand, or tpm)',
        placeholder: '50% or 600 tpm',
        commit: setter(ctx, at('mbco'), 'MBCO'),
      })}
    </div>
    <p class="hint">
      What they mean: <cs-term key="availability">availability target</cs-term>,
      <cs-term key="rto">RTO</cs-term>, <cs-term key="rpo">RPO</cs-term>,
      <cs-term key="mtpd">MTPD</cs-term>, <cs-term key="mbco">MBCO</cs-term>.
    </p>
  </fieldset>`;
}

export function impactFields(ctx: ServiceContext) {
  const at = (key: string) => servicePath(ctx, 'impact', key);
  const common = { data: ctx.data, issues: ctx.issues } as const;
  const path = servicePath(ctx, 'impact');
  return html`<fieldset>
    <legend>Impact of an outage in agreed hours, and of data lost</legend>
    ${issueList(fieldId(path), issuesAt(ctx.issues, path))}
    <div class="fields">
      ${field({ ...common, path: at('costPerHour'), kind: 'number', label: 'Cost per hour', min: 0, placeholder: '40000', commit: setter(ctx, at('costPerHour'), 'Cost per hour') })}
      ${field({ ...common, path: at('costPerUnservedTransaction'), kind: 'number', label: 'Cost per unserved transaction', min: 0, placeholder: '0', commit: setter(ctx, at('costPerUnservedTransaction'), 'Cost per unserved transaction') })}
      ${field({ ...common, path: at('costPerHourOfDataLost'), kind: 'number', label: 'Cost per hour of data lost', min: 0, placeholder: '0', commit: setter(ctx, at('costPerHourOfDataLost'), 'Cost per hour of data lost') })}
      ${field({
        ...common,
        path: at('currency'),
        kind: 'text',
        label: 'Currency',
        size: 'narrow',
        placeholder: 'EUR',
        commit: (value) =>
          setter(
            ctx,
            at('currency'),
            'Currency',
          )(typeof value === 'string' ? value.toUpperCase() : value),
      })}
    </div>
  </fieldset>`;
}
