/**
 * The event budget of a run: a run whose estimate (event-estimate.ts) is above the budget is
 * refused before any work, with a message that names what drives it and the figures; a run
 * that beats its estimate and passes the hard ceiling (twice the budget) is stopped by the
 * engine with the same kind of message. Both paths (the actor path and the fast path) count
 * the same engine events and stop at the same count.
 *
 * The default budget is far above every bundled scenario (5,000 to 15,000 events a year as
 * shipped; the e-commerce checkout, the busiest, about 270,000 over 20 years). Events differ
 * in cost: demand changes, most of those, go by at hundreds of thousands a second; failures
 * and plan steps, which run XState actors, at about 20,000 a second in the actor path (ten
 * times that in the fast path). So a million events is a minute at worst, a runaway storm of
 * ten million failures is refused up front.
 */
import type { EventEstimate } from './event-estimate.ts';
import { aboutCount, aboutDuration, groupDigits } from './event-budget-text.ts';

/** Engine events a run may be estimated to take, unless raised (`--max-events`, "Run anyway"). */
export const DEFAULT_MAX_EVENTS = 1_000_000;

/** The engine stops a run past this many events (the estimate was beaten by this much). */
export const ceilingOf = (maxEvents: number): number => 2 * maxEvents;

/** What the refusal blames, most events first. */
export interface BudgetDriver {
  readonly kind: 'component' | 'demand' | 'injects';
  /** The component or service id (empty for injects). */
  readonly id: string;
  readonly events: number;
  /** One clause with the figure: "db-1 fails about every 3 min (...): about 3.5 million failures over 20 years". */
  readonly text: string;
}

/** What an EventBudgetError says, as plain data (it crosses from a worker to the page). */
export interface BudgetRefusal {
  readonly stage: 'estimate' | 'ceiling';
  /** The events the estimate expected. */
  readonly estimate: number;
  readonly maxEvents: number;
  readonly drivers: readonly BudgetDriver[];
  /** A budget that would let it run: the estimate (or the ceiling passed) with a margin, rounded up. */
  readonly suggested: number;
}

/** A run refused before it started, or stopped at the ceiling. */
export class EventBudgetError extends Error {
  override readonly name = 'EventBudgetError';
  readonly refusal: BudgetRefusal;

  constructor(message: string, refusal: BudgetRefusal) {
    super(message);
    this.refusal = refusal;
  }

  /**
   * The error for a run of this estimate: refused (`estimate`), or stopped once it had
   * processed `processed` events (`ceiling`).
   */
  static of(
    stage: 'estimate' | 'ceiling',
    estimate: EventEstimate,
    maxEvents: number,
    processed = 0,
  ): EventBudgetError {
    const drivers = driversOf(estimate);
    return new EventBudgetError(budgetMessage(stage, estimate, maxEvents, drivers, processed), {
      stage,
      estimate: estimate.total,
      maxEvents,
      drivers,
      suggested: roundUp(Math.max(estimate.total, processed) * 1.25),
    });
  }

  get stage(): 'estimate' | 'ceiling' {
    return this.refusal.stage;
  }

  /** The same refusal, its message led by where it happened ("Run 17 of the study: ..."). */
  within(context: string): EventBudgetError {
    return new EventBudgetError(`${context}: ${this.message}`, this.refusal);
  }

  /** The message with how to raise the budget where the run was asked for (e.g. a command-line flag). */
  withRaise(raise: (suggested: number) => string): string {
    return `${this.message} ${raise(this.refusal.suggested)}`;
  }
}

/** Throws an EventBudgetError when the estimate is above `maxEvents`. */
export function checkEventBudget(estimate: EventEstimate, maxEvents = DEFAULT_MAX_EVENTS): void {
  if (estimate.total > maxEvents) throw EventBudgetError.of('estimate', estimate, maxEvents);
}

/** A budget given by a person (a flag, a field): a whole number of events, at least 1. */
export function validMaxEvents(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1;
}

function budgetMessage(
  stage: 'estimate' | 'ceiling',
  estimate: EventEstimate,
  maxEvents: number,
  drivers: readonly BudgetDriver[],
  processed: number,
): string {
  const budget = `the budget is ${groupDigits(maxEvents)} events per run`;
  const listed = drivers.map((d) => d.text).join('; ');
  if (stage === 'estimate')
    return `Refused before running: about ${aboutCount(estimate.total)} events expected, over the budget, as ${listed}; ${budget}. ${adviceFor(drivers)}`;
  return `Stopped after ${groupDigits(processed)} events, twice the budget of ${groupDigits(maxEvents)} events per run, though about ${aboutCount(estimate.total)} were expected: something the estimate leaves out, most likely overload failures (load above capacity for longer than failAfter), multiplies them. ${listed ? `Expected most: ${listed}. ` : ''}To run it, give the overloaded components more capacity or a longer failAfter, or shorten the horizon.`;
}

function adviceFor(drivers: readonly BudgetDriver[]): string {
  const kinds = new Set(drivers.map((d) => d.kind));
  const parts: string[] = [];
  const components = drivers.filter((d) => d.kind === 'component').map((d) => d.id);
  if (components.length > 0) parts.push(`raise the MTBF of ${components.join(', ')}`);
  if (kinds.has('demand')) parts.push('flatten the demand profile');
  if (kinds.has('injects')) parts.push('use fewer injects');
  parts.push('shorten the horizon');
  const list =
    parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)!}`;
  return `To run it, ${list}.`;
}

/** The largest contributions that make up most of the estimate (at most three). */
export function driversOf(estimate: EventEstimate): BudgetDriver[] {
  const over = aboutDuration(estimate.horizon);
  const all: BudgetDriver[] = [
    ...estimate.components.map((c) => {
      const restore = Number.isFinite(c.meanRestore)
        ? ` (up about ${aboutDuration(c.meanLife)}, then about ${aboutDuration(c.meanRestore)} to detect and restore)`
        : '';
      const cycle = c.meanLife + (Number.isFinite(c.meanRestore) ? c.meanRestore : 0);
      return {
        kind: 'component' as const,
        id: c.component,
        events: c.events,
        text: `${c.component} fails about every ${aboutDuration(cycle)}${restore}: about ${aboutCount(c.failures)} failures over ${over}, about ${aboutCount(c.events)} events`,
      };
    }),
    ...estimate.services.map((s) => ({
      kind: 'demand' as const,
      id: s.service,
      events: s.events,
      text: `the demand of ${s.service} changes about ${aboutCount(s.changesPerDay)} times a day: about ${aboutCount(s.events)} events over ${over} with its agreed hours`,
    })),
    {
      kind: 'injects' as const,
      id: '',
      events: estimate.injects.events,
      text: `${groupDigits(estimate.injects.count)} injects: about ${aboutCount(estimate.injects.events)} events`,
    },
  ].sort((a, b) => b.events - a.events);
  const drivers: BudgetDriver[] = [];
  let covered = 0;
  for (const d of all) {
    if (drivers.length === 3 || d.events <= 0) break;
    if (drivers.length > 0 && covered >= 0.8 * estimate.total) break;
    drivers.push(d);
    covered += d.events;
  }
  return drivers;
}

/** Up to two significant digits, rounded up: 13,125,000 -> 14,000,000. */
function roundUp(n: number): number {
  if (!(n > 0)) return 1;
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.ceil(n / scale) * scale;
}
