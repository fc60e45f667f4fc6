/**
 * The after-action report of an exercise: what happened against the plan. A timeline of
 * injects, decisions and service states; each decision with the simulated time it took;
 * each service's outages with their RTO and MTPD verdicts; the cost against the same
 * disruption with the plan followed to the letter; the advisor findings the exercise
 * exposed; the facilitator's notes. Pure data, ready for the UI, print and JSON.
 */
import { fingerprint } from '../core/fingerprint.ts';
import { computeMetrics, type ServiceMetrics } from '../core/metrics.ts';
import { round, roundedOutage } from '../core/report.ts';
import type { Exercise, Scenario } from '../core/model.ts';
import { MS_PER_MINUTE, formatDuration } from '../core/time.ts';
import type { Finding } from '../analysis/advisor/types.ts';
import { exerciseOf } from './injects.ts';
import type { ExerciseLog } from './log.ts';
import { simulateExercise, simulatePlan, type ExerciseRun } from './simulate-exercise.ts';
import { localStamps } from '../analysis/local-stamp.ts';

export const REPORT_FORMAT = 'continuity-after-action/1';

export type TimelineKind =
  'inject' | 'decision-opened' | 'decision' | 'service' | 'plan' | 'control';

export interface TimelineEntry {
  /** Scenario-local date-time. */
  readonly at: string;
  /** ms since the scenario start, for ordering and charts. */
  readonly t: number;
  readonly kind: TimelineKind;
  readonly text: string;
  /** After the exercise clock of a report made while the exercise runs: what would follow if nobody did anything more. */
  readonly projected: boolean;
}

export interface DecisionRecord {
  readonly id: string;
  readonly question: string;
  readonly openedAt: string | null;
  readonly decidedAt: string | null;
  /** The option's id and label; null when the exercise ended first or it never opened. */
  readonly option: string | null;
  readonly label: string | null;
  readonly tookMinutes: number | null;
  readonly timeLimitMinutes: number;
  /** The time ran out and the default was taken. */
  readonly timedOut: boolean;
}

/**
 * An objective against the outages: `outside hours` when a plan took longer than the
 * objective but the overrun lay wholly outside agreed hours (no business impact).
 */
export type Verdict = 'met' | 'breached' | 'outside hours' | 'no outage';

export interface OutageRecord {
  readonly start: string;
  readonly end: string;
  readonly durationMinutes: number;
  readonly ongoing: boolean;
  readonly rtoMet: boolean | null;
  readonly planSlowerThanRto: boolean;
  readonly rtoExceededByMinutes: number;
  readonly mtpdBreached: boolean;
  readonly mtpdExceeded: boolean;
}

export interface ServiceOutcome {
  readonly service: string;
  readonly name: string;
  readonly objectives: { readonly rto: string; readonly rpo: string; readonly mtpd: string };
  readonly rto: Verdict;
  readonly mtpd: Verdict;
  readonly rpo: Verdict;
  readonly outages: readonly OutageRecord[];
  /** Downtime of the exercise's outages, in all (elapsed). */
  readonly downtimeMinutes: number;
  /** Of it, inside the service's agreed hours (the metrics' `minutesInAgreedHours`), and outside them. */
  readonly downtimeInAgreedHoursMinutes: number;
  readonly downtimeOutsideAgreedHoursMinutes: number;
  readonly worstDataLossMinutes: number | null;
  /** Data lost over the run, each stretch counted once (the metrics' `dataLostMinutes`). */
  readonly dataLostMinutes: number;
  /** Cost of the run: downtime and unserved transactions in agreed hours, and `dataLossCost`. */
  readonly cost: number;
  /** The data lost, priced at the service's cost per hour of data lost (included in `cost`). */
  readonly dataLossCost: number;
  readonly currency: string;
  /** The same disruption with the plan followed to the letter. */
  readonly plan: {
    readonly rto: Verdict;
    readonly mtpd: Verdict;
    readonly downtimeMinutes: number;
    readonly downtimeInAgreedHoursMinutes: number;
    readonly downtimeOutsideAgreedHoursMinutes: number;
    readonly dataLostMinutes: number;
    readonly cost: number;
    readonly dataLossCost: number;
  };
}

export interface AfterActionReport {
  readonly format: typeof REPORT_FORMAT;
  readonly exercise: string;
  readonly scenario: string;
  /**
   * The scenario's time zone (IANA name), if it has one. Where the clocks change during the
   * report's span, its local times carry their UTC offset (`2026-10-25T01:30+01:00`).
   */
  readonly timeZone?: string;
  readonly seed: string;
  /** Fingerprints of the exercise script and of the team's run: replaying `log` on the same script and seed gives the same run. */
  readonly fingerprints: { readonly script: string; readonly run: string };
  readonly start: string;
  readonly scheduledEnd: string;
  /** When the facilitator ended it (or the script did); null while it runs. */
  readonly ended: string | null;
  /** While it runs: the exercise clock the report was made at (verdicts past it are projected). */
  readonly asOf: string | null;
  readonly timeline: readonly TimelineEntry[];
  readonly decisions: readonly DecisionRecord[];
  readonly services: readonly ServiceOutcome[];
  /** Advisor findings about the components and plans the exercise put to work. */
  readonly findings: readonly Finding[];
  /** Components the disruption and the decisions touched or took down. */
  readonly involved: readonly string[];
  readonly log: ExerciseLog;
  readonly notes: string;
}

const minutes = (ms: number) => round(ms / MS_PER_MINUTE, 2);

/** Outages that began while the exercise ran (they may end after it). */
function exerciseOutages(run: ExerciseRun, m: ServiceMetrics, exercise: Exercise) {
  const from = exercise.start - run.span.offset;
  const to = from + exercise.duration;
  return m.outages.filter((o) => o.start >= from && o.start <= to);
}

/**
 * Downtime of `outages` in all, inside agreed hours and outside them, as the metrics measure
 * each outage (`outageOf`: the overlap with the agreed hours), rounded for display.
 */
function downtimes(outages: ReturnType<typeof exerciseOutages>) {
  const all = outages.reduce((sum, o) => sum + o.durationMinutes, 0);
  const inside = outages.reduce((sum, o) => sum + o.minutesInAgreedHours, 0);
  return {
    downtimeMinutes: round(all),
    downtimeInAgreedHoursMinutes: round(inside),
    downtimeOutsideAgreedHoursMinutes: round(all - inside),
  };
}

function verdicts(outages: ReturnType<typeof exerciseOutages>) {
  if (outages.length === 0) return { rto: 'no outage', mtpd: 'no outage' } as const;
  return {
    rto: outages.some((o) => o.rtoMet === false)
      ? 'breached'
      : outages.some((o) => o.planSlowerThanRto)
        ? 'outside hours'
        : 'met',
    mtpd: outages.some((o) => o.mtpdBreached)
      ? 'breached'
      : outages.some((o) => o.mtpdExceeded)
        ? 'outside hours'
        : 'met',
  } as const;
}

function timeline(
  scenario: Scenario,
  exercise: Exercise,
  log: ExerciseLog,
  run: ExerciseRun,
  until: number,
  asOf: number | null,
  local: (t: number) => string,
): TimelineEntry[] {
  const names = new Map<string, string>([
    ...scenario.components.map((c) => [c.id, c.name] as const),
    ...scenario.services.map((s) => [s.id, s.name] as const),
  ]);
  const name = (id: string) => names.get(id) ?? id;
  const entries: { entry: TimelineEntry; rank: number }[] = [];
  /** At one instant: the start, injects, decisions, recoveries, service states, the end. */
  const rank: Record<TimelineKind, number> = {
    control: 0,
    inject: 1,
    'decision-opened': 2,
    decision: 3,
    plan: 4,
    service: 5,
  };
  const push = (t: number, kind: TimelineKind, text: string, last = false) =>
    entries.push({
      entry: { at: local(t), t, kind, text, projected: asOf !== null && t > asOf },
      rank: last ? 6 : rank[kind],
    });
  for (const e of log) {
    switch (e.kind) {
      case 'released': {
        const inject = exercise.injects.find((i) => i.id === e.inject);
        push(
          e.t,
          'inject',
          `${inject?.text ?? e.inject}${e.how === 'on-demand' ? ' (released by the facilitator)' : ''}`,
        );
        break;
      }
      case 'decision-opened': {
        const d = exercise.decisions.find((x) => x.id === e.decision);
        push(e.t, 'decision-opened', `Decision asked: ${d?.question ?? e.decision}`);
        break;
      }
      case 'decided': {
        const d = exercise.decisions.find((x) => x.id === e.decision);
        const label = d?.options.find((o) => o.id === e.option)?.label ?? e.option;
        const took = `${Math.round(e.tookMinutes)} min`;
        push(
          e.t,
          'decision',
          `${e.timedOut ? 'Time ran out; default taken' : 'Decided'}: ${label} (after ${took})`,
        );
        break;
      }
      case 'delayed':
        push(e.t, 'control', `The facilitator delayed "${e.inject}" by ${formatDuration(e.by)}`);
        break;
      case 'pace':
        push(e.t, 'control', `Pace set to ${e.pace} simulated minutes per real minute`);
        break;
      case 'started':
        push(e.t, 'control', 'Exercise started');
        break;
      case 'ended':
        push(e.t, 'control', 'Exercise ended', true);
        break;
      case 'paused':
      case 'resumed':
        break;
    }
  }
  const offset = run.span.offset;
  for (const e of run.trace.events) {
    const t = e.t + offset;
    if (t < exercise.start || t > until) continue;
    if (e.type === 'service') push(t, 'service', `${name(e.service)}: ${e.from} → ${e.to}`);
    else if (e.type === 'plan-started' || e.type === 'plan-completed')
      push(
        t,
        'plan',
        `${e.type === 'plan-started' ? 'Recovery started' : 'Recovered'}: ${name(e.component)} (${scenario.plans.find((p) => p.id === e.plan)?.name ?? e.plan})`,
      );
  }
  return entries
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => a.entry.t - b.entry.t || a.rank - b.rank || a.i - b.i)
    .map(({ entry }) => entry);
}

function decisionRecords(
  exercise: Exercise,
  log: ExerciseLog,
  local: (t: number) => string,
): DecisionRecord[] {
  return exercise.decisions.map((d) => {
    const opened = log.find((e) => e.kind === 'decision-opened' && e.decision === d.id);
    const decided = log.find((e) => e.kind === 'decided' && e.decision === d.id);
    const taken = decided?.kind === 'decided' ? decided : null;
    return {
      id: d.id,
      question: d.question,
      openedAt: opened ? local(opened.t) : null,
      decidedAt: taken ? local(taken.t) : null,
      option: taken?.option ?? null,
      label: taken ? (d.options.find((o) => o.id === taken.option)?.label ?? taken.option) : null,
      tookMinutes: taken?.tookMinutes ?? null,
      timeLimitMinutes: minutes(d.timeLimit),
      timedOut: taken?.timedOut ?? false,
    };
  });
}

/** Components the exercise's released effects and decisions touched, or its outages took down. */
function involvedComponents(scenario: Scenario, run: ExerciseRun, exercise: Exercise): string[] {
  const ids = new Set<string>();
  const from = exercise.start - run.span.offset;
  const to = from + exercise.duration;
  for (const e of run.trace.events) {
    if (e.t < from || e.t > to) continue;
    if (e.type === 'inject' && e.target !== null && e.action !== 'surge') ids.add(e.target);
    if (e.type === 'service' && e.to !== 'up') for (const c of e.unavailable) ids.add(c);
  }
  return scenario.components.filter((c) => ids.has(c.id)).map((c) => c.id);
}

/** Findings about an involved component or its recovery plan. */
export function exposedFindings(
  scenario: Scenario,
  findings: readonly Finding[],
  involved: readonly string[],
): Finding[] {
  const subjects = new Set(involved);
  for (const c of scenario.components)
    if (subjects.has(c.id) && c.recovery !== null) subjects.add(c.recovery);
  return findings.filter((f) =>
    f.subject.some((s) => subjects.has(s) && !scenario.services.some((x) => x.id === s)),
  );
}

export interface ReportInput {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly log: ExerciseLog;
  /** The advisor's findings on the scenario (the caller runs the BIA, e.g. in a worker). */
  readonly findings: readonly Finding[];
  readonly notes?: string;
  /** The exercise clock, for a report made while the exercise runs. */
  readonly now?: number;
}

export function afterActionReport(input: ReportInput): AfterActionReport {
  const { scenario, seed, log } = input;
  const exercise = exerciseOf(scenario);
  const run = simulateExercise(scenario, seed, log);
  const plan = simulatePlan(scenario, seed);
  const actual = computeMetrics(run.span.scenario, run.trace);
  const ideal = computeMetrics(plan.span.scenario, plan.trace);
  const lastOutageEnd = Math.max(
    exercise.start + exercise.duration,
    ...actual.flatMap((m) => exerciseOutages(run, m, exercise).map((o) => o.end + run.span.offset)),
  );
  const local = localStamps(scenario, exercise.start, lastOutageEnd);
  const endEntry = log.find((e) => e.kind === 'ended');
  const asOf = endEntry === undefined ? (input.now ?? null) : null;
  const services = scenario.services.map((service, i): ServiceOutcome => {
    const m = actual[i]!;
    const p = ideal[i]!;
    const outages = exerciseOutages(run, m, exercise);
    const planOutages = exerciseOutages(plan, p, exercise);
    const at = (t: number) => local(t + run.span.offset);
    return {
      service: service.id,
      name: service.name,
      objectives: {
        rto: formatDuration(service.objectives.rto),
        rpo: formatDuration(service.objectives.rpo),
        mtpd: formatDuration(service.objectives.mtpd),
      },
      ...verdicts(outages),
      rpo: m.worstDataLossMinutes === null ? 'no outage' : m.rpoMet ? 'met' : 'breached',
      outages: outages.map(roundedOutage).map((o) => ({
        start: at(o.start),
        end: at(o.end),
        durationMinutes: o.durationMinutes,
        ongoing: o.ongoing,
        rtoMet: o.rtoMet,
        planSlowerThanRto: o.planSlowerThanRto,
        rtoExceededByMinutes: o.rtoExceededByMinutes,
        mtpdBreached: o.mtpdBreached,
        mtpdExceeded: o.mtpdExceeded,
      })),
      ...downtimes(outages),
      worstDataLossMinutes: m.worstDataLossMinutes === null ? null : round(m.worstDataLossMinutes),
      dataLostMinutes: round(m.dataLostMinutes),
      cost: round(m.cost, 2),
      dataLossCost: round(m.dataLossCost, 2),
      currency: m.currency,
      plan: {
        ...verdicts(planOutages),
        ...downtimes(planOutages),
        dataLostMinutes: round(p.dataLostMinutes),
        cost: round(p.cost, 2),
        dataLossCost: round(p.dataLossCost, 2),
      },
    };
  });
  const involved = involvedComponents(scenario, run, exercise);
  return {
    format: REPORT_FORMAT,
    exercise: exercise.name,
    scenario: scenario.name,
    ...(scenario.timeZone === null ? {} : { timeZone: scenario.timeZone.name }),
    seed,
    fingerprints: { script: fingerprint(exercise), run: fingerprint(run.trace) },
    start: local(exercise.start),
    scheduledEnd: local(exercise.start + exercise.duration),
    ended: endEntry ? local(endEntry.t) : null,
    asOf: asOf === null ? null : local(asOf),
    timeline: timeline(scenario, exercise, log, run, lastOutageEnd, asOf, local),
    decisions: decisionRecords(exercise, log, local),
    services,
    findings: exposedFindings(scenario, input.findings, involved),
    involved,
    log,
    notes: input.notes ?? '',
  };
}
