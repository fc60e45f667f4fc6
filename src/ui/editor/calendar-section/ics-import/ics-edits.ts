/**
 * An iCalendar import's preview as edits of the file's `calendar.exceptions`: each new entry
 * inserted in date order, then the planner's exceptions on replaced days removed (a range
 * keeps its other days, split where needed). Applied as one change, so one Undo takes it back.
 * Each edit is spliced into the YAML text (comments and layout kept); an import of many
 * entries is written as the whole list in one edit instead, as splicing them one by one
 * would hold the page for seconds (the preview says so).
 */
import type { IcsPreview } from '../../../../scenario/ics/index.ts';
import { parseDate } from '../../../../scenario/units.ts';
import type { DocEdit, DocPath } from '../../doc-edit.ts';
import { listAt, valueAt } from '../form-field.ts';

export const EXCEPTIONS: DocPath = ['calendar', 'exceptions'];
/** Above this many spliced edits, the list is written whole. */
export const MAX_SPLICED_EDITS = 50;

const DAY = 86_400_000;
const isoDate = (epoch: number): string => new Date(epoch).toISOString().slice(0, 10);

/** The first and last day an entry covers, or null when its dates do not parse. */
function spanOf(row: unknown): { from: number; to: number } | null {
  const from = parseDate(valueAt(row, ['date']));
  if (!from.ok) return null;
  const rawTo = valueAt(row, ['to']);
  const to = rawTo === undefined ? from : parseDate(rawTo);
  return to.ok && to.value >= from.value ? { from: from.value, to: to.value } : null;
}

/** A list and the edits that made it what it is. */
class ListEdits {
  readonly list: unknown[];
  readonly edits: DocEdit[] = [];
  constructor(list: readonly unknown[]) {
    this.list = [...list];
  }
  delete(i: number): void {
    this.list.splice(i, 1);
    this.edits.push({ op: 'delete', path: [...EXCEPTIONS, i] });
  }
  insert(i: number, value: unknown): void {
    this.list.splice(i, 0, value);
    this.edits.push({ op: 'insert', path: EXCEPTIONS, index: i, value });
  }
  /** Narrows the entry at `i` to [from, to]. */
  narrow(i: number, from: number, to: number): void {
    const row = this.list[i] as Record<string, unknown>;
    const next: Record<string, unknown> = { ...row, date: isoDate(from), to: isoDate(to) };
    if (from === to) delete next['to'];
    this.list[i] = next;
    if (row['date'] !== next['date'])
      this.edits.push({ op: 'set', path: [...EXCEPTIONS, i, 'date'], value: next['date'] });
    if (row['to'] !== next['to'])
      this.edits.push({ op: 'set', path: [...EXCEPTIONS, i, 'to'], value: next['to'] });
  }
}

/** The runs of consecutive days in [from, to] that are not in `drop`. */
function remaining(from: number, to: number, drop: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let day = from; day <= to; day += DAY) {
    if (drop.has(day)) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === day - DAY) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** After the last entry dated on or before `date` (in date order when the list is). */
function positionFor(list: readonly unknown[], date: string): number {
  for (let i = list.length - 1; i >= 0; i--) {
    const d = valueAt(list[i], ['date']);
    if (typeof d === 'string' && d.trim() <= date) return i + 1;
  }
  return 0;
}

/** Takes the replaced days out of the planner's own entries (`own`, by identity). */
function removeReplaced(
  edits: ListEdits,
  own: ReadonlySet<unknown>,
  replaced: ReadonlySet<number>,
): void {
  for (let i = edits.list.length - 1; i >= 0; i--) {
    if (!own.has(edits.list[i])) continue;
    const span = spanOf(edits.list[i]);
    if (span === null) continue;
    const runs = remaining(span.from, span.to, replaced);
    const [first, ...rest] = runs;
    if (first === undefined) {
      edits.delete(i);
      continue;
    }
    if (first[0] === span.from && first[1] === span.to) continue;
    edits.narrow(i, first[0], first[1]);
    for (const [from, to] of rest) {
      const copy: Record<string, unknown> = {
        ...(edits.list[i] as Record<string, unknown>),
        date: isoDate(from),
        to: isoDate(to),
      };
      if (from === to) delete copy['to'];
      edits.insert(positionFor(edits.list, isoDate(from)), copy);
    }
  }
}

export interface ImportEdits {
  readonly edits: readonly DocEdit[];
  /** True when the list is written whole (many entries; comments inside it are not kept). */
  readonly wholeList: boolean;
}

/** The edits that write `preview` into the file whose data is `data`. */
export function importEdits(data: unknown, preview: IcsPreview): ImportEdits {
  const own = listAt(data, EXCEPTIONS);
  const edits = new ListEdits(own);
  // New entries first: a list emptied on the way would come back in flow style ([...]).
  for (const row of preview.rows) edits.insert(positionFor(edits.list, row.date), { ...row });
  const replaced = new Set(
    preview.days.filter((d) => d.existing === 'replaced').map((d) => d.epoch),
  );
  if (replaced.size > 0) removeReplaced(edits, new Set(own), replaced);
  return edits.edits.length <= MAX_SPLICED_EDITS
    ? { edits: edits.edits, wholeList: false }
    : { edits: [{ op: 'set', path: EXCEPTIONS, value: edits.list }], wholeList: true };
}
