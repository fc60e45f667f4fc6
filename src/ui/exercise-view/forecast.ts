/** The facilitator's forecast data from the exercise script and its clock. */
import type { ForecastData, ForecastDecision } from '../../charts/exercise-forecast.ts';
import type { LocalClock } from '../../charts/local-time.ts';
import type { Exercise } from '../../core/model.ts';
import type { ClockState } from '../../exercise/clock.ts';

export function forecastData(
  exercise: Exercise,
  clock: ClockState,
  scenario: LocalClock,
): ForecastData {
  const releasedAt = new Map(
    clock.log.flatMap((e) => (e.kind === 'released' ? [[e.inject, e.t] as const] : [])),
  );
  const opened = new Map(
    clock.log.flatMap((e) => (e.kind === 'decision-opened' ? [[e.decision, e] as const] : [])),
  );
  const decided = new Map(
    clock.log.flatMap((e) => (e.kind === 'decided' ? [[e.decision, e.t] as const] : [])),
  );
  return {
    clock: { startEpoch: scenario.startEpoch, timeZone: scenario.timeZone },
    start: exercise.start,
    end: exercise.start + exercise.duration,
    now: clock.now,
    injects: exercise.injects.map((i) => {
      const released = releasedAt.get(i.id);
      return released !== undefined
        ? { t: released, label: i.text, state: 'released' as const }
        : {
            t: clock.due[i.id] ?? i.at,
            label: i.text,
            state: i.release === 'timed' ? ('due' as const) : ('on-demand' as const),
          };
    }),
    decisions: exercise.decisions.flatMap((d): ForecastDecision[] => {
      const open = opened.get(d.id);
      if (open === undefined) {
        if (d.opens.kind !== 'at') return [];
        return [
          {
            from: d.opens.at,
            to: d.opens.at + d.timeLimit,
            label: d.question,
            state: 'waiting' as const,
          },
        ];
      }
      const closed = decided.get(d.id);
      return [
        closed === undefined
          ? { from: open.t, to: open.deadline, label: d.question, state: 'open' as const }
          : { from: open.t, to: closed, label: d.question, state: 'decided' as const },
      ];
    }),
  };
}
