/**
 * `simulateExercise(scenario, seed, log)`: the simulation the team's exercise produced, and
 * `simulatePlan(scenario, seed)`: the same disruption with the plan followed to the letter
 * (every scripted effect at its time, each plan invoked at detection). Both run on the
 * exercise window with the same seed, so replaying the same log gives the same trace.
 */
import type { Trace } from '../core/trace.ts';
import type { Inject, Scenario } from '../core/model.ts';
import { simulate } from '../simulator/simulate.ts';
import { exerciseInjects, scriptedDisruption } from './injects.ts';
import { decisionsOf, endedAt, releasesOf, type ExerciseLog } from './log.ts';
import { exerciseWindow, intoWindow, type ExerciseWindow } from './exercise-span.ts';

export interface ExerciseRun {
  readonly span: ExerciseWindow;
  readonly trace: Trace;
}

/** What the team's exercise runs: the window and its injects, in window time. */
export function exerciseInputs(
  scenario: Scenario,
  log: ExerciseLog,
): { span: ExerciseWindow; injects: Inject[] } {
  const span = exerciseWindow(scenario, true);
  const injects = exerciseInjects(
    scenario,
    decisionsOf(log),
    releasesOf(log),
    endedAt(log) ?? undefined,
  );
  return { span, injects: intoWindow(injects, span.offset) };
}

export function simulateExercise(
  scenario: Scenario,
  seed: string | number,
  log: ExerciseLog,
): ExerciseRun {
  const { span, injects } = exerciseInputs(scenario, log);
  return { span, trace: simulate(span.scenario, seed, { injects }) };
}

export function simulatePlan(scenario: Scenario, seed: string | number): ExerciseRun {
  const span = exerciseWindow(scenario, false);
  const injects = intoWindow(scriptedDisruption(scenario), span.offset);
  return { span, trace: simulate(span.scenario, seed, { injects }) };
}
