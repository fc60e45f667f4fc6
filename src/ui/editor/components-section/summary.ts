/** What the collapsed card row and the selects show, read defensively from the file's data. */
import type { Scenario } from '../../../core/model.ts';
import { describeFailure } from './failure.ts';
import { asList, asRecord, asText } from './read.ts';
import type { Choice } from './select-fields.ts';

/** `server · 600 tpm · MTBF 2500h · recovery: app-rebuild`. */
export function componentSummary(component: unknown): string {
  const c = asRecord(component);
  if (c === null) return 'not a component';
  const capacity = c['capacity'];
  const recovery = asText(c['recovery']);
  return [
    asText(c['kind']) || 'no kind',
    typeof capacity === 'number' ? `${capacity} tpm` : 'no capacity limit',
    describeFailure(c['failure']),
    recovery === '' ? 'no recovery plan' : `recovery: ${recovery}`,
  ].join(' · ');
}

/** The recovery plans of the file; those of the last valid scenario if `plans` is not a list. */
export function planChoices(data: unknown, scenario: Scenario | null): Choice[] {
  const raw = asRecord(data)?.['plans'];
  if (!Array.isArray(raw)) return (scenario?.plans ?? []).map((p) => ({ id: p.id, name: p.name }));
  return asList(raw)
    .map((p) => ({ id: asText(asRecord(p)?.['id']), name: asText(asRecord(p)?.['name']) }))
    .filter((p) => p.id !== '')
    .map((p) => ({ id: p.id, name: p.name || p.id }));
}
