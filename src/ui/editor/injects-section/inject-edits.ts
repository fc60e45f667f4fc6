/**
 * The edits the injects table makes. An inject's time is written back as the file writes
 * it, a scenario-local `YYYY-MM-DDTHH:MM` (with its UTC offset, `+00:00`, for one of the two
 * readings of a time the clocks show twice); changing its action keeps the fields the new
 * action shares with the old one, drops the others and adds the ones it needs.
 */
import type { Scenario } from '../../../core/model.ts';
import { MS_PER_DAY, MS_PER_HOUR } from '../../../core/time.ts';
import { localAt, readingsOf } from '../../../core/zone.ts';
import { localStampAt } from '../../../analysis/local-stamp.ts';
import { formatLocalDateTime, parseDuration, parseLocalDateTime } from '../../../scenario/units.ts';
import type { DocEdit, DocEditDetail } from '../doc-edit.ts';
import { items, list, record, text, type Rec } from '../plans-section/form-data.ts';

export const ACTIONS = [
  { value: 'fail', label: 'Fail' },
  { value: 'degrade', label: 'Degrade' },
  { value: 'restore', label: 'Restore' },
  { value: 'corrupt', label: 'Corrupt data' },
  { value: 'invoke', label: 'Invoke plan' },
  { value: 'surge', label: 'Surge demand' },
] as const;
export type Action = (typeof ACTIONS)[number]['value'];

/** The keys each action may have besides `at` and `action`; the required ones with a default. */
const KEYS: Record<Action, { required: Record<string, unknown>; optional: readonly string[] }> = {
  fail: { required: { component: '' }, optional: [] },
  restore: { required: { component: '' }, optional: [] },
  corrupt: { required: { component: '' }, optional: [] },
  invoke: { required: { component: '' }, optional: [] },
  degrade: { required: { component: '', capacity: '50%' }, optional: ['for'] },
  surge: { required: { factor: 2, duration: '1h' }, optional: ['service'] },
};

export const isAction = (value: string): value is Action => value in KEYS;

/** An inject in a few words for labels: `inject 2 (fail db-1)`. */
export function injectName(index: number, item: Rec): string {
  const what = [text(item['action']), text(item['component']) || text(item['service'])]
    .filter(Boolean)
    .join(' ');
  return `inject ${index + 1}${what ? ` (${what})` : ''}`;
}

/**
 * The inject's time as a local date-time (with its UTC offset where the clocks show it
 * twice); an offset (`+2d10h`) is elapsed time from `start`, read on the zone of `clock` (the
 * last valid scenario) if it has one.
 */
export function atInputValue(
  at: unknown,
  start: unknown,
  clock: Pick<Scenario, 'timeZone'> | null = null,
): string {
  if (at instanceof Date) return at.toISOString().slice(0, 16);
  const written = text(at).trim();
  const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?([+-]\d{2}:\d{2})?$/.exec(written);
  if (local) return local[1] === undefined ? written.slice(0, 16) : written;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(written)) return written.slice(0, 16);
  if (written.startsWith('+')) {
    const from = parseLocalDateTime(start);
    const offset = parseDuration(written.slice(1));
    if (!from.ok || !offset.ok) return '';
    const zoned = { startEpoch: from.value, timeZone: clock?.timeZone ?? null };
    if (zoned.timeZone === null) return formatLocalDateTime(from.value + offset.value);
    const twice = readingsOf(zoned, localAt(zoned, offset.value)).length > 1;
    return localStampAt(zoned, offset.value, twice);
  }
  return '';
}

/** Writes a time as typed (`2026-01-08T09:45`, or `2026-10-25T01:30+00:00`). */
export function setAt(index: number, item: Rec, value: string): DocEditDetail | null {
  const zoned = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::00)?([+-]\d{2}:\d{2})$/.exec(value);
  const at = zoned ? zoned[1]! + zoned[2]! : value.slice(0, 16);
  if (at === '' || at === text(item['at'])) return null;
  return {
    edits: [{ op: 'set', path: ['injects', index, 'at'], value: at }],
    label: `Time of ${injectName(index, item)}`,
  };
}

/** Sets one field; an empty optional field removes its key. */
export function setField(
  index: number,
  item: Rec,
  key: string,
  value: string | number,
  label: string,
): DocEditDetail | null {
  if (value === item[key] || (value === '' && item[key] === undefined)) return null;
  return {
    edits: [{ op: 'set', path: ['injects', index, key], value: value === '' ? undefined : value }],
    label: `${label} of ${injectName(index, item)}`,
  };
}

export function setAction(
  data: unknown,
  index: number,
  item: Rec,
  action: Action,
): DocEditDetail | null {
  if (text(item['action']) === action) return null;
  const keys = KEYS[action];
  const allowed = new Set(['at', 'action', ...Object.keys(keys.required), ...keys.optional]);
  const path = ['injects', index];
  const edits: DocEdit[] = [{ op: 'set', path: [...path, 'action'], value: action }];
  for (const key of Object.keys(item))
    if (!allowed.has(key)) edits.push({ op: 'delete', path: [...path, key] });
  const firstComponent = text(items(data, 'components')[0]?.item['id']);
  for (const [key, fallback] of Object.entries(keys.required))
    if (item[key] === undefined)
      edits.push({
        op: 'set',
        path: [...path, key],
        value: key === 'component' ? firstComponent : fallback,
      });
  return { edits, label: `Action of ${injectName(index, item)}` };
}

export function removeInject(index: number, item: Rec): DocEditDetail {
  return {
    edits: [{ op: 'delete', path: ['injects', index] }],
    label: `Remove ${injectName(index, item)}`,
  };
}

/** Fails the first component at 10:00 the day after the start; null without either. */
export function addInject(data: unknown): DocEditDetail | null {
  const start = parseLocalDateTime(record(data)?.['start']);
  const component = text(items(data, 'components')[0]?.item['id']);
  if (!start.ok || !component) return null;
  const day = start.value - (start.value % MS_PER_DAY) + MS_PER_DAY;
  const value = { at: formatLocalDateTime(day + 10 * MS_PER_HOUR), action: 'fail', component };
  const index = list(record(data)?.['injects']).length;
  return { edits: [{ op: 'insert', path: ['injects'], index, value }], label: 'Add inject' };
}
