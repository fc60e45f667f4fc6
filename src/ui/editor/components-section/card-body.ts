/**
 * The fields of one expanded component card: name, kind, capacity, detection, failure model
 * and age at start, overload, recovery plan, dependencies and data protection.
 */
import { html, type TemplateResult } from 'lit';
import { ageFields, showsAge } from './age-field.ts';
import { dataFields, DATA_SLOTS } from './data-fields.ts';
import { dependsOnField } from './depends-on-field.ts';
import { failureFields, failureSlots } from './failure-fields.ts';
import { numberField, textField, type CardContext } from './fields.ts';
import { overloadFields } from './overload-field.ts';
import { asText, type Plain } from './read.ts';
import { kindField, recoveryField, type Choice } from './select-fields.ts';

export interface CardInput {
  readonly ctx: CardContext;
  readonly component: Plain;
  /** The recovery plans of the file. */
  readonly plans: readonly Choice[];
  /** The other components (candidates for dependsOn). */
  readonly others: readonly Choice[];
  /** The id row (read-only id and its rename control). */
  readonly idRow: TemplateResult;
}

/** The slots whose issues the card's fields show. */
export function cardSlots(component: Plain): Set<string> {
  const fixed = ['id', 'name', 'kind', 'capacity', 'detection', 'overload', 'recovery'];
  if (showsAge(component['failure'], component['ageAtStart'])) fixed.push('ageAtStart');
  return new Set([...fixed, 'dependsOn', ...DATA_SLOTS, ...failureSlots(component['failure'])]);
}

export function cardBody({ ctx, component, plans, others, idRow }: CardInput) {
  const base = ['components', ctx.index];
  return html`<div class="groups">
    <fieldset>
      <legend>Identity</legend>
      ${idRow}
      ${textField(ctx, { slot: 'name', label: 'Name', path: [...base, 'name'], value: component['name'], what: 'Name', placeholder: asText(component['id']) }, 'long')}
      ${kindField(ctx, component['kind'])}
    </fieldset>
    <fieldset>
      <legend>Capacity and failure</legend>
      ${numberField(ctx, { slot: 'capacity', label: 'Capacity', path: [...base, 'capacity'], value: component['capacity'], what: 'Capacity', placeholder: 'no limit', unit: 'tpm' }, '1')}
      ${failureFields(ctx, component['failure'])}
      ${ageFields(ctx, component['failure'], component['ageAtStart'])}
      ${textField(ctx, { slot: 'detection', label: 'Detected after', path: [...base, 'detection'], value: component['detection'], what: 'Detection time', placeholder: '0m' })}
    </fieldset>
    <fieldset>
      <legend>Overload and recovery</legend>
      ${overloadFields(ctx, component['overload'])}
      ${recoveryField(ctx, component['recovery'], plans)}
    </fieldset>
    <fieldset>
      <legend>Data protection</legend>
      ${dataFields(ctx, component['data'])}
    </fieldset>
    ${dependsOnField(ctx, component['dependsOn'], others)}
  </div>`;
}
