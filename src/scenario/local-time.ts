/**
 * Times written in a scenario (inject and exercise times, the start) on the scenario's clock:
 * simulated time (elapsed ms since the start) of each, and the checks that each local time is
 * read once. With a `timeZone`, a local time the clocks skip when they go forward is refused
 * and one they show twice when they go back is read as the first, with a warning; an explicit
 * UTC offset (`2026-10-25T01:30+00:00`) says which.
 */
import type { TimeZone } from '../core/model.ts';
import { formatLocal } from '../core/civil.ts';
import { MS_PER_DAY } from '../core/time.ts';
import { instantOf, instantsOf } from '../core/zone.ts';
import type { InjectTime } from './inject-format.ts';
import type { PathSegment } from './issues.ts';
import type { ScenarioFileOutput } from './schema.ts';
import { formatOffset } from '../core/zone.ts';
import { misreading, resolveTimeZone } from './time-zone.ts';
import type { RawIssue } from './zod-issues.ts';

/** The scenario's clock as the file sets it: the local start and the zone, if any. */
export interface FileClock {
  /** The local start, epoch ms as if UTC. */
  readonly start: number;
  readonly zone: TimeZone | null;
}

const clocks = new WeakMap<object, FileClock>();

/**
 * How far past the start the file's clock is read: the horizon, or further when the exercise
 * runs past it (its window, exercise/exercise-span.ts, ends the midnight after a day after it).
 */
function reachOf(file: Pick<ScenarioFileOutput, 'start' | 'horizon' | 'exercise'>): number {
  const exercise = file.exercise;
  if (exercise === undefined) return file.horizon;
  const start =
    exercise.start.kind === 'offset' ? exercise.start.ms : exercise.start.epoch - file.start;
  return Math.max(file.horizon, start + exercise.duration + 3 * MS_PER_DAY);
}

/** The clock of a validated file (its zone's rules resolved once per file). */
export function clockOfFile(
  file: Pick<ScenarioFileOutput, 'start' | 'horizon' | 'timeZone' | 'exercise'>,
): FileClock {
  const known = clocks.get(file);
  if (known !== undefined) return known;
  const clock: FileClock = {
    start: file.start,
    zone:
      file.timeZone === undefined
        ? null
        : resolveTimeZone(file.timeZone, file.start, reachOf(file)),
  };
  clocks.set(file, clock);
  return clock;
}

/** Simulated time of a written time: an offset as it is, a local time through the zone. */
export function simTimeOf(t: InjectTime, clock: FileClock): number {
  if (t.kind === 'offset') return t.ms;
  if (clock.zone === null) return t.epoch - clock.start;
  const start = instantOf(clock.zone, clock.start);
  const instant = t.offset === undefined ? instantOf(clock.zone, t.epoch) : t.epoch - t.offset;
  return instant - start;
}

/** Issues of the written times: skipped or doubled local times, offsets that do not fit. */
export function checkLocalTimes(file: ScenarioFileOutput): RawIssue[] {
  const clock = clockOfFile(file);
  const out: RawIssue[] = [];
  const check = (t: InjectTime, path: PathSegment[]) => {
    if (t.kind !== 'local') return;
    const zone = clock.zone;
    if (zone === null) {
      if (t.offset !== undefined)
        out.push({
          severity: 'error',
          path,
          message: `${t.text} has a UTC offset, but the scenario has no timeZone: its times are read on a fixed clock`,
          hint: `write ${formatLocal(t.epoch)}, or give the scenario a timeZone (e.g. timeZone: Europe/London)`,
        });
      return;
    }
    if (t.offset !== undefined) {
      const fits = instantsOf(zone, t.epoch).map((u) => t.epoch - u);
      if (!fits.includes(t.offset))
        out.push({
          severity: 'error',
          path,
          message: `${t.text}: ${zone.name} is never at UTC${formatOffset(t.offset)} at ${formatLocal(t.epoch)}`,
          hint:
            fits.length === 0
              ? `${formatLocal(t.epoch)} does not exist there (the clocks go forward); pick another time`
              : `write ${fits.map((o) => formatLocal(t.epoch) + formatOffset(o)).join(' or ')}, or leave the offset out`,
        });
      return;
    }
    const wrong = misreading(zone, t.epoch, t.text);
    if (wrong !== null)
      out.push({
        severity: wrong.kind === 'skipped' ? 'error' : 'warning',
        path,
        message: wrong.message,
        hint: wrong.hint,
      });
  };
  check({ kind: 'local', epoch: file.start, text: formatLocal(file.start) }, ['start']);
  file.injects.forEach((inject, i) => check(inject.at, ['injects', i, 'at']));
  const exercise = file.exercise;
  if (exercise !== undefined) {
    check(exercise.start, ['exercise', 'start']);
    exercise.injects.forEach((inject, i) => check(inject.at, ['exercise', 'injects', i, 'at']));
    exercise.decisions.forEach((d, i) => {
      if (d.at !== undefined) check(d.at, ['exercise', 'decisions', i, 'at']);
    });
  }
  return out;
}
