/** What is wrong with an iCalendar file, where, and what to do about it. */
export interface IcsProblem {
  /** 1-based line of the file (the first line of a folded line), or null for the whole file. */
  readonly line: number | null;
  readonly message: string;
  readonly hint: string;
}

export type IcsResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: IcsProblem };

export const problem = (line: number | null, message: string, hint: string): IcsProblem => ({
  line,
  message,
  hint,
});

/** `holidays.ics line 12: message. Hint: ...` */
export function formatIcsProblem(p: IcsProblem, fileName: string): string {
  const where = p.line === null ? fileName : `${fileName} line ${p.line}`;
  const message = p.message.replace(/[.\s]+$/, '');
  return `${where}: ${message}.${p.hint === '' ? '' : ` Hint: ${p.hint}`}`;
}
