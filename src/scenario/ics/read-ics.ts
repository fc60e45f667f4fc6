/**
 * An iCalendar file to its events, read with ical.js (a maintained RFC 5545 parser) after
 * content-lines.ts and value-checks.ts have checked the file's structure and dates at their
 * lines. Each recurring event carries its overrides (RECURRENCE-ID) for ical.js to expand; an
 * override without its series stands alone; cancelled events are left out.
 */
import ICAL from 'ical.js';
import { normaliseLineEnds, readBlocks, unfold, type Block } from './content-lines.ts';
import { problem, type IcsProblem, type IcsResult } from './problem.ts';
import { checkEvent } from './value-checks.ts';
import { isKnownZone } from './wall-clock.ts';

export interface IcsEvent {
  /** The line of its BEGIN:VEVENT. */
  readonly line: number;
  readonly summary: string;
  /** ical.js's event, its overrides related. */
  readonly event: ICAL.Event;
  /** Its lines, to name the place of a problem found while expanding it. */
  readonly block: Block;
  /** The BEGIN:VEVENT line of each override (RECURRENCE-ID) of the series. */
  readonly overrideLines: Map<ICAL.Component, number>;
}

export interface IcsCalendar {
  readonly events: readonly IcsEvent[];
  /** X-WR-TIMEZONE, when it is an IANA name. */
  readonly calendarZone: string | null;
  /** Events (or series) left out because they are cancelled (STATUS:CANCELLED). */
  readonly cancelled: number;
}

const RRULE_HINT =
  'write the rule as RFC 5545 says, e.g. RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24';

const isCancelled = (c: ICAL.Component): boolean =>
  String(c.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/**
 * The line an ical.js parser error is about: the one it quotes, else the first line ical.js
 * cannot read on its own (a rule with an unknown frequency is refused while parsing).
 */
function lineOfParserError(text: string, message: string): number | null {
  const lines = unfold(text);
  const quoted = /["'](.+)["']\s*$/.exec(message)?.[1];
  const named = lines.find((l) => l.text.trimEnd() === quoted);
  if (named !== undefined) return named.line;
  for (const l of lines) {
    if (/^(BEGIN|END):/i.test(l.text)) continue;
    try {
      ICAL.parse.property(l.text);
    } catch {
      return l.line;
    }
  }
  return null;
}

/** ical.js's reading of a whole block, each value decoded, or the line of the first it refuses. */
function decodeValues(component: ICAL.Component, block: Block): IcsProblem | null {
  const props = component.getAllProperties();
  for (let i = 0; i < props.length; i++) {
    const prop = props[i];
    try {
      prop?.getValues();
    } catch (error) {
      const name = prop?.name.toUpperCase() ?? '';
      const line =
        block.props[i]?.name === name
          ? block.props[i]?.line
          : block.props.find((p) => p.name === name)?.line;
      return problem(
        line ?? block.line,
        `${name} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        name === 'RRULE' ? RRULE_HINT : 'fix the value, or export the calendar again',
      );
    }
  }
  return null;
}

function parse(text: string): IcsResult<ICAL.Component[]> {
  try {
    const jcal = ICAL.parse(text) as unknown[];
    const roots = typeof jcal[0] === 'string' ? [jcal] : (jcal as unknown[][]);
    return { ok: true, value: roots.map((root) => new ICAL.Component(root as never)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = lineOfParserError(text, message);
    const name =
      line === null
        ? ''
        : (/^[A-Za-z-]+/.exec(unfold(text).find((l) => l.line === line)?.text ?? '')?.[0] ?? '');
    return {
      ok: false,
      problem: problem(
        line,
        line === null
          ? `the iCalendar parser could not read the file: ${message}`
          : `${name.toUpperCase()} cannot be read: ${message}`,
        /^RRULE$/i.test(name)
          ? RRULE_HINT
          : 'export the calendar again; if the file was edited by hand, check the line named',
      ),
    };
  }
}

interface Pair {
  readonly component: ICAL.Component;
  readonly block: Block;
}

/**
 * ical.js's event without its own search for overrides: given none, ical.js relates every
 * RECURRENCE-ID event of the calendar to each series, whatever its UID, and reads the whole
 * calendar for each event (quadratic: 10,000 events took 6.6 s). Overrides are related here,
 * by UID.
 */
const eventFrom = (component: ICAL.Component): ICAL.Event =>
  new ICAL.Event(component, { exceptions: [], strictExceptions: true });

const eventOf = (p: Pair, event: ICAL.Event): IcsEvent => ({
  line: p.block.line,
  summary: event.summary ?? '',
  event,
  block: p.block,
  overrideLines: new Map(),
});

/** Masters with their overrides; overrides without a master stand alone. */
function relate(pairs: readonly Pair[], cancelledSeries: ReadonlySet<string>): IcsEvent[] {
  const masters = new Map<string, IcsEvent>();
  const out: IcsEvent[] = [];
  const overrides: Pair[] = [];
  for (const p of pairs) {
    if (p.component.hasProperty('recurrence-id')) {
      overrides.push(p);
      continue;
    }
    const event = eventFrom(p.component);
    const e = eventOf(p, event);
    out.push(e);
    if (event.uid) masters.set(event.uid, e);
  }
  for (const p of overrides) {
    const event = eventFrom(p.component);
    if (cancelledSeries.has(event.uid)) continue;
    const master = masters.get(event.uid);
    if (master !== undefined) {
      master.event.relateException(event);
      master.overrideLines.set(p.component, p.block.line);
    } else out.push(eventOf(p, event));
  }
  return out;
}

/** Reads an iCalendar text; refuses a broken file with the line and a hint. */
export function readIcs(input: string): IcsResult<IcsCalendar> {
  const text = normaliseLineEnds(input);
  const blocks = readBlocks(text);
  if (!blocks.ok) return blocks;
  const eventBlocks = blocks.value.map((c) => c.children.filter((b) => b.name === 'VEVENT'));
  if (eventBlocks.every((list) => list.length === 0))
    return {
      ok: false,
      problem: problem(
        null,
        'the file has no events (VEVENT)',
        'export a calendar that holds events; tasks (VTODO), journals and free/busy are not read',
      ),
    };
  for (const block of eventBlocks.flat()) {
    const fault = checkEvent(block);
    if (fault !== null) return { ok: false, problem: fault };
  }
  const roots = parse(text);
  if (!roots.ok) return roots;
  const pairs: Pair[] = [];
  let cancelled = 0;
  const cancelledSeries = new Set<string>();
  for (const [i, root] of roots.value.entries()) {
    const components = root.getAllSubcomponents('vevent');
    for (const [k, component] of components.entries()) {
      const block = eventBlocks[i]?.[k];
      if (block === undefined) continue;
      const fault = decodeValues(component, block);
      if (fault !== null) return { ok: false, problem: fault };
      if (isCancelled(component) && !component.hasProperty('recurrence-id')) {
        cancelled++;
        const uid = component.getFirstPropertyValue('uid');
        if (typeof uid === 'string') cancelledSeries.add(uid);
      } else pairs.push({ component, block });
    }
  }
  let events: IcsEvent[];
  try {
    events = relate(pairs, cancelledSeries);
  } catch (error) {
    return {
      ok: false,
      problem: problem(
        null,
        `the events could not be read: ${error instanceof Error ? error.message : String(error)}`,
        'export the calendar again',
      ),
    };
  }
  const wr = roots.value[0]?.getFirstPropertyValue('x-wr-timezone');
  const calendarZone = typeof wr === 'string' && isKnownZone(wr.trim()) ? wr.trim() : null;
  return { ok: true, value: { events, calendarZone, cancelled } };
}
