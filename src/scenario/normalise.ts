/**
 * From a validated file to the resolved `Scenario` the engine runs: branded ms durations,
 * defaults filled, calendar exceptions expanded to single dates and public holidays laid in,
 * inject times since the start; teams with their working hours (team-normalise.ts).
 */
import type {
  AgeAtStart,
  Calendar,
  CalendarException,
  Component,
  FailureModel,
  Inject,
  PlanStep,
  RecoveryPlan,
  Scenario,
  Service,
} from '../core/model.ts';
import { ms, simTime, type Duration } from '../core/time.ts';
import type { AgeAtStartOutput } from './age-format.ts';
import type { CalendarOutput } from './calendar-format.ts';
import { clockOfFile, simTimeOf, type FileClock } from './local-time.ts';
import { normaliseExercise } from './exercise-normalise.ts';
import { holidayExceptions, yearsOf } from './holiday-calendar.ts';
import { effectOf } from './inject-normalise.ts';
import { toDistribution } from './plan-format.ts';
import type { ScenarioFileOutput } from './schema.ts';
import { daysOff, invocation, review, team } from './team-normalise.ts';

type FileComponent = ScenarioFileOutput['components'][number];
type FileStep = ScenarioFileOutput['plans'][number]['steps'][number];
type FileInject = ScenarioFileOutput['injects'][number];
type FileService = ScenarioFileOutput['services'][number];

const DAY = 86_400_000;
const orNull = (value: number | undefined): Duration | null =>
  value === undefined ? null : ms(value);

/**
 * Exceptions expanded to single dates, each date once: the first exception that names a date
 * counts, as the engine reads them (the consistency checks keep the days in all under
 * LIMITS.calendarExceptionDays, so this stays small). Then the public holidays of the years
 * the run touches, on the dates no exception names (see holiday-calendar.ts).
 */
function calendar(file: CalendarOutput, years: { first: number; last: number }): Calendar {
  const exceptions: CalendarException[] = [];
  const seen = new Set<string>();
  for (const e of file.exceptions) {
    for (let day = e.date.epoch; day <= e.to.epoch; day += DAY) {
      const date = new Date(day).toISOString().slice(0, 10);
      if (seen.has(date)) continue;
      seen.add(date);
      exceptions.push({ date, windows: e.windows, note: e.note });
    }
  }
  exceptions.push(...holidayExceptions(file.holidays, file.weekly, years, seen));
  return { weekly: file.weekly, exceptions };
}

function failure(f: FileComponent['failure']): FailureModel {
  if (f === undefined || f.type === 'none') return { type: 'none' };
  if (f.type === 'exponential') return { type: 'exponential', mtbf: ms(f.mtbf) };
  if (f.type === 'weibull') return { type: 'weibull', shape: f.shape, scale: ms(f.scale) };
  return { type: 'lognormal', median: ms(f.median), sigma: f.sigma };
}

function age(a: AgeAtStartOutput): AgeAtStart {
  return a.type === 'age' ? { type: 'age', age: ms(a.age) } : a;
}

/** `ageAtStart`: the component's own, else the scenario's, else new. */
function component(c: FileComponent, ageAtStart: AgeAtStartOutput | undefined): Component {
  return {
    id: c.id,
    name: c.name ?? c.id,
    kind: c.kind,
    capacity: c.capacity ?? null,
    failure: failure(c.failure),
    ageAtStart: age(c.ageAtStart ?? ageAtStart ?? { type: 'new' }),
    detection: ms(c.detection ?? 0),
    overloadFailAfter: orNull(c.overload?.failAfter),
    recovery: c.recovery ?? null,
    dependsOn: c.dependsOn ?? [],
    data:
      c.data === undefined
        ? null
        : {
            backupEvery: orNull(c.data.backupEvery),
            backupOffset: ms(c.data.backupOffset ?? 0),
            replicationLag: orNull(c.data.replicationLag),
          },
  };
}

function step(s: FileStep): PlanStep {
  return {
    id: s.id,
    name: s.name ?? s.id,
    duration: toDistribution(s.duration),
    owner: s.owner ?? null,
    after: s.after ?? [],
  };
}

function inject(i: FileInject, clock: FileClock): Inject {
  const at = simTime(simTimeOf(i.at, clock));
  return { at, ...effectOf(i) };
}

function service(
  s: FileService,
  fallback: Calendar,
  years: { first: number; last: number },
): Service {
  const o = s.objectives;
  return {
    id: s.id,
    name: s.name ?? s.id,
    requires: s.requires,
    objectives: {
      availability: o.availability,
      rto: ms(o.rto),
      rpo: ms(o.rpo),
      mtpd: ms(o.mtpd),
      mbco: o.mbco,
    },
    impact: s.impact,
    demand: {
      ...s.demand,
      surges: s.demand.surges.map((surge) => ({ ...surge, duration: ms(surge.duration) })),
    },
    calendar: s.calendar === undefined ? fallback : calendar(s.calendar, years),
    ...(s.priority === undefined ? {} : { priority: s.priority }),
    ...(s.invocation === undefined ? {} : { invocation: invocation(s.invocation) }),
  };
}

type FilePlan = ScenarioFileOutput['plans'][number];

function plan(p: FilePlan): RecoveryPlan {
  return {
    id: p.id,
    name: p.name ?? p.id,
    steps: p.steps.map(step),
    ...(p.review === undefined ? {} : { review: review(p.review) }),
  };
}

/** Assumes the file passed the schema and the cross-document checks. */
export function normalise(file: ScenarioFileOutput): Scenario {
  const years = yearsOf(file.start, file.horizon);
  const shared = calendar(file.calendar, years);
  const clock = clockOfFile(file);
  return {
    schema: file.schema,
    name: file.name,
    description: file.description.trim(),
    start: new Date(file.start).toISOString().slice(0, 16),
    startEpoch: file.start,
    timeZone: clock.zone,
    horizon: ms(file.horizon),
    calendar: shared,
    services: file.services.map((s) => service(s, shared, years)),
    components: file.components.map((c) => component(c, file.ageAtStart)),
    plans: file.plans.map(plan),
    ...(file.teams === undefined
      ? {}
      : (() => {
          const off = daysOff(file.calendar, years);
          return { teams: file.teams.map((t) => team(t, off)) };
        })()),
    injects: file.injects.map((i) => inject(i, clock)).sort((a, b) => a.at - b.at),
    exercise: normaliseExercise(file.exercise, clock),
  };
}
