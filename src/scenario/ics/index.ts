/**
 * iCalendar (.ics) import: closures and special hours from a calendar program, as the
 * scenario's calendar exceptions. `readIcs` reads and checks a file once; `previewIcsImport`
 * says what it would do to a scenario (cheap enough to call again when a choice changes).
 */
export { readIcs, type IcsCalendar, type IcsEvent } from './read-ics.ts';
export { previewIcsImport, type IcsImportOptions, type IcsPreview } from './preview.ts';
export type { DayChange, ExistingChoice, TimedMeaning } from './day-plan.ts';
export { formatWindows, type ExceptionRow } from './exception-rows.ts';
export { formatIcsProblem, type IcsProblem, type IcsResult } from './problem.ts';
