/** Data protection of a component card: backups and replication lag. */
import { html } from 'lit';
import type { DocEdit } from '../doc-edit.ts';
import { slotState, textField, type CardContext } from './fields.ts';
import { asRecord } from './read.ts';

const DATA_FIELDS = [
  { key: 'backupEvery', label: 'Backup every', placeholder: 'no backups' },
  { key: 'backupOffset', label: 'Backup offset', placeholder: '0m' },
  { key: 'replicationLag', label: 'Replication lag', placeholder: 'no replica' },
] as const;

/** The slots the data fields show issues in. */
export const DATA_SLOTS = ['data', ...DATA_FIELDS.map((f) => `data.${f.key}`)];

export function dataFields(ctx: CardContext, data: unknown) {
  const record = asRecord(data);
  const base = ['components', ctx.index, 'data'];
  const state = slotState(ctx, 'data');
  return html`${DATA_FIELDS.map((f) =>
    textField(ctx, {
      slot: `data.${f.key}`,
      label: f.label,
      path: [...base, f.key],
      value: record?.[f.key],
      what: f.label,
      placeholder: f.placeholder,
      edits: (value): DocEdit[] => {
        const left = Object.keys(record ?? {}).filter((k) => k !== f.key);
        if (value === undefined && record !== null && left.length === 0)
          return [{ op: 'set', path: base, value: undefined }];
        return [{ op: 'set', path: [...base, f.key], value }];
      },
    }),
  )}${state.list}`;
}
