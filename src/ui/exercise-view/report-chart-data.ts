/**
 * The report's chart from the exercise session: the team's run (the very run the report is
 * made from: same scenario, seed and log), framed from half an hour before the exercise to
 * half an hour after its last entry (the last outage's end, or the scheduled end).
 */
import { MS_PER_MINUTE } from '../../core/time.ts';
import type { AfterActionReport } from '../../exercise/report.ts';
import type { ExerciseSession } from './exercise-session.ts';
import type { ReportChart } from './report-chart.ts';

const MARGIN = 30 * MS_PER_MINUTE;

export function reportChart(
  session: ExerciseSession,
  report: AfterActionReport,
): ReportChart | null {
  const { run, offset, log } = session.view;
  if (log !== report.log) return null; // the report is of another moment: no chart till it is remade
  const service = session.scenario.services[0];
  const model = service ? run.models.get(service.id) : undefined;
  if (!model) return null;
  const exercise = session.exercise;
  const last = Math.max(exercise.start + exercise.duration, ...report.timeline.map((e) => e.t));
  return {
    model,
    from: exercise.start - offset - MARGIN,
    to: last - offset + MARGIN,
    playhead: report.asOf === null ? null : session.snapshot.context.now - offset,
  };
}
