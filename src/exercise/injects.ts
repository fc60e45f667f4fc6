/**
 * From an exercise script and what the team did to simulation injects: each released inject's
 * effect at its release, each decision's actions after the decision, and, at the end of the
 * exercise, the invocation of every plan the team was to invoke and no decision will (ignored
 * when not needed).
 */
import type { Exercise, Inject, InjectEffect, Scenario } from '../core/model.ts';
import { simTime } from '../core/time.ts';
import type { DecisionTaken, Release } from './log.ts';

/** The scenario's exercise, or an error that says how to add one. */
export function exerciseOf(scenario: Scenario): Exercise {
  const exercise = scenario.exercise ?? null;
  if (exercise === null)
    throw new Error(
      `the scenario "${scenario.name}" has no exercise; add an exercise: section (see scenarios/bank-money-transfer.yaml)`,
    );
  return exercise;
}

const at = (t: number, effect: InjectEffect): Inject => ({ at: simTime(t), ...effect });

export function exerciseInjects(
  scenario: Scenario,
  decisions: readonly DecisionTaken[],
  releases: readonly Release[],
  /** When the exercise ended (early, by the facilitator); by default its scheduled end. */
  ended?: number,
): Inject[] {
  const exercise = exerciseOf(scenario);
  const out: Inject[] = [];
  for (const release of releases) {
    const inject = exercise.injects.find((i) => i.id === release.inject);
    if (inject === undefined)
      throw new Error(
        `released an unknown exercise inject "${release.inject}"; the exercise has ${exercise.injects.map((i) => i.id).join(', ')}`,
      );
    if (inject.effect !== null) out.push(at(release.at, inject.effect));
  }
  for (const taken of decisions) {
    const decision = exercise.decisions.find((d) => d.id === taken.decision);
    const option = decision?.options.find((o) => o.id === taken.option);
    if (decision === undefined || option === undefined)
      throw new Error(
        `unknown decision or option "${taken.decision}: ${taken.option}"; the exercise asks ${exercise.decisions.map((d) => `${d.id} (${d.options.map((o) => o.id).join(', ')})`).join(', ')}`,
      );
    for (const action of option.actions) out.push(at(taken.at + action.after, action.effect));
  }
  // After the exercise the organisation invokes what the team left waiting; components a
  // decision already invokes or restores (later, perhaps) are left to that decision.
  const end = Math.min(ended ?? Infinity, exercise.start + exercise.duration);
  const handled = new Set(
    out.flatMap((i) =>
      (i.action === 'invoke' || i.action === 'restore') && i.at >= end ? [i.component] : [],
    ),
  );
  for (const component of exercise.manualInvocation)
    if (!handled.has(component)) out.push({ at: simTime(end), action: 'invoke', component });
  return out
    .map((inject, i) => ({ inject, i }))
    .sort((a, b) => a.inject.at - b.inject.at || a.i - b.i)
    .map(({ inject }) => inject);
}

/** The disruption alone, as scripted: every inject's effect at its time, no decisions. */
export function scriptedDisruption(scenario: Scenario): Inject[] {
  const exercise = exerciseOf(scenario);
  return exercise.injects.flatMap((i) => (i.effect === null ? [] : [at(i.at, i.effect)]));
}
