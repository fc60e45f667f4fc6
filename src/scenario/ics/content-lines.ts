/**
 * An iCalendar file's lines (RFC 5545, 3.1) read once for their structure, so that a broken
 * file is refused at the line where it breaks: folded lines joined (a line that starts with a
 * space or tab continues the one before), each content line split into its name, parameters and
 * value, and the BEGIN/END blocks nested. ical.js parses the same text afterwards; this pass
 * only knows where each line and block of the file is.
 */
import { problem, type IcsResult } from './problem.ts';

export interface ContentLine {
  /** 1-based line of the file where the (folded) content line starts. */
  readonly line: number;
  /** Upper case, without a group prefix: `DTSTART`. */
  readonly name: string;
  /** Parameters by upper-case name, values unquoted: `{ TZID: 'Europe/London' }`. */
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

export interface Block {
  /** Upper case: `VCALENDAR`, `VEVENT`, `VTIMEZONE`, `VALARM`... */
  readonly name: string;
  /** The line of its BEGIN. */
  readonly line: number;
  readonly props: ContentLine[];
  readonly children: Block[];
}

const FOLDING_HINT =
  'a long line must continue on the next line after a space (RFC 5545 folding); an editor or e-mail program may have broken it: export the calendar again';
const EXPORT_HINT =
  'export the calendar as an iCalendar (.ics) file from your calendar program (e.g. Outlook: Save Calendar; Google Calendar: Settings, Import and export)';

/** The text with one kind of line end (CRLF and lone CR become LF) and no byte order mark. */
export const normaliseLineEnds = (text: string): string =>
  text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Folded lines joined: each logical line with the file line it starts on. */
export function unfold(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const last = out[out.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last !== undefined)
      last.text += raw.slice(1);
    else if (raw.trim() !== '') out.push({ line: i + 1, text: raw });
  });
  return out;
}

const NAME = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)?/;

/** `DTSTART;TZID="Europe/London":20261224T090000` -> its parts, or null when it is no content line. */
export function splitContentLine(line: number, text: string): ContentLine | null {
  const name = NAME.exec(text)?.[0];
  if (name === undefined) return null;
  const params: Record<string, string> = {};
  let i = name.length;
  while (text[i] === ';') {
    const eq = text.indexOf('=', i);
    const key = text.slice(i + 1, eq);
    if (eq < 0 || !/^[A-Za-z0-9-]+$/.test(key)) return null;
    let j = eq + 1;
    let value = '';
    while (j < text.length && text[j] !== ';' && text[j] !== ':') {
      if (text[j] === '"') {
        const close = text.indexOf('"', j + 1);
        if (close < 0) return null;
        value += text.slice(j + 1, close);
        j = close + 1;
      } else value += text[j++];
    }
    params[key.toUpperCase()] = value;
    i = j;
  }
  if (text[i] !== ':') return null;
  const bare = name.includes('.') ? name.slice(name.indexOf('.') + 1) : name;
  return { line, name: bare.toUpperCase(), params, value: text.slice(i + 1) };
}

const shown = (text: string): string => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

function notCalendar(first: { line: number; text: string } | undefined): IcsResult<never> {
  if (first === undefined)
    return { ok: false, problem: problem(null, 'the file is empty', EXPORT_HINT) };
  const text = first.text.trim();
  const what = /^BEGIN:VCARD$/i.test(text)
    ? 'this is a vCard (contacts), not a calendar'
    : /^(schema|name)\s*:|^[{[]/.test(text)
      ? 'this looks like a scenario (YAML or JSON), not an iCalendar file'
      : `this is not an iCalendar file: it should begin with BEGIN:VCALENDAR, not ${shown(text)}`;
  const hint = /^(schema|name)\s*:|^[{[]/.test(text)
    ? 'open scenarios with Import in the editor toolbar; Import .ics reads calendars'
    : EXPORT_HINT;
  return { ok: false, problem: problem(first.line, what, hint) };
}

/** The VCALENDAR blocks of the file, or the first line that breaks its structure. */
export function readBlocks(text: string): IcsResult<Block[]> {
  const lines = unfold(normaliseLineEnds(text));
  const first = lines[0];
  if (first === undefined || !/^BEGIN:VCALENDAR\s*$/i.test(first.text)) return notCalendar(first);
  const calendars: Block[] = [];
  const stack: Block[] = [];
  for (const { line, text: raw } of lines) {
    const content = splitContentLine(line, raw.trimEnd());
    if (content === null)
      return {
        ok: false,
        problem: problem(
          line,
          `this is not an iCalendar line (NAME:value or NAME;PARAM=...:value): ${shown(raw)}`,
          FOLDING_HINT,
        ),
      };
    const top = stack[stack.length - 1];
    if (content.name === 'BEGIN') {
      const block: Block = {
        name: content.value.trim().toUpperCase(),
        line,
        props: [],
        children: [],
      };
      if (block.name === '')
        return { ok: false, problem: problem(line, 'BEGIN without a name', 'e.g. BEGIN:VEVENT') };
      if (top === undefined && block.name !== 'VCALENDAR')
        return {
          ok: false,
          problem: problem(
            line,
            `BEGIN:${block.name} is outside the calendar (BEGIN:VCALENDAR ... END:VCALENDAR)`,
            'everything in the file belongs between BEGIN:VCALENDAR and END:VCALENDAR; the file may be two files pasted together',
          ),
        };
      (top?.children ?? calendars).push(block);
      stack.push(block);
    } else if (content.name === 'END') {
      const name = content.value.trim().toUpperCase();
      if (top === undefined || top.name !== name)
        return {
          ok: false,
          problem: problem(
            line,
            top === undefined
              ? `END:${name} closes nothing`
              : `END:${name} where END:${top.name} (for BEGIN:${top.name} at line ${top.line}) was expected`,
            'every BEGIN:X needs its END:X, nested in order; the file may have been cut or edited by hand',
          ),
        };
      stack.pop();
    } else if (top === undefined) {
      return {
        ok: false,
        problem: problem(
          line,
          `${content.name} comes after END:VCALENDAR`,
          'the calendar ends at END:VCALENDAR; remove what follows it or export the file again',
        ),
      };
    } else top.props.push(content);
  }
  const open = stack[stack.length - 1];
  if (open !== undefined)
    return {
      ok: false,
      problem: problem(
        open.line,
        `BEGIN:${open.name} is never closed (no END:${open.name})`,
        'the file may be cut short: export or download it again',
      ),
    };
  return { ok: true, value: calendars };
}
