/**
 * The people in a continuity plan: recovery teams, how a service's plan is invoked, and a
 * plan's review cycle. Part of the resolved scenario (core/model.ts); the file format is in
 * src/scenario (teams-format.ts).
 *
 * A team can work on `size` steps at once (one person per step). Inside its working `hours`
 * it starts a step as soon as one of its people is free; outside them the first step it takes
 * on waits for its `callOut` delay (drawn from the team's own random stream, `seed:team:call-out`),
 * or until its working hours begin if that is sooner. A team stays at work while it has work;
 * when its last step finishes outside working hours it stands down, and the next step it is
 * given outside hours waits for a new call-out. Steps waiting for the same team are served in
 * order of service priority (the best `priority` among the services that need the step's
 * component; none = after every service with one), then in order of request: the plan that
 * asked first (started first) first, so a team finishes one incident's recovery before it turns
 * to the next, then the step that asked first.
 *
 * A step whose `owner` names no declared team is done by an unlimited team that is always at
 * work: it starts the moment its prerequisites finish, as every step did before teams existed.
 */
import type { Calendar, DurationDistribution } from './model-basics.ts';
import type { Duration } from './time.ts';

export interface TeamContact {
  /** What the person does for the team, e.g. `on-call DBA`, `team lead`. */
  readonly role: string;
  readonly name: string;
  /** Phone number or e-mail address, as free text; null = not given. */
  readonly reach: string | null;
}

export interface Team {
  readonly id: string;
  readonly name: string;
  /** How many people can work at once: steps it runs in parallel. At least 1. */
  readonly size: number;
  /** Working hours, in the scenario's zone and holidays (same syntax as agreed hours). */
  readonly hours: Calendar;
  /** Delay before the first step outside working hours; fixed `{ type: 'fixed', value: 0 }` = none. */
  readonly callOut: DurationDistribution;
  readonly contacts: readonly TeamContact[];
  /** Id of the team to escalate to; null = none. */
  readonly escalation: string | null;
}

/** How a service's continuity plan is invoked: printed in the continuity plan document. */
export interface Invocation {
  /** When to invoke, in the business's words. */
  readonly criteria: string;
  /** Id of the team that decides; null = not said. */
  readonly decidedBy: string | null;
  /** How long the assessment before the decision takes; null = not said. */
  readonly assessment: Duration | null;
}

/** A calendar period, e.g. `12 months`: what a review cycle is counted in. */
export interface CalendarPeriod {
  readonly unit: 'day' | 'week' | 'month' | 'year';
  readonly count: number;
}

/** A recovery plan's review cycle: who reviews it, how often, and when it was last reviewed. */
export interface PlanReview {
  readonly owner: string;
  readonly every: CalendarPeriod;
  /** Local date `YYYY-MM-DD` of the last review; null = never reviewed. */
  readonly last: string | null;
}
