/**
 * Which injects the runs of a study have. A study estimates how likely each outcome is from
 * the scenario's random failures, so by default it leaves the scenario's scripted `injects:`
 * out: a demonstration failure on 5 January replayed in every simulated year would otherwise
 * count in every run (P(RTO breach) = 100 % for a variant only because of that date).
 * `'scripted'` keeps them in every run, on request (`--with-injects`, the tab's switch).
 * The timeline, the BIA and the exercise keep their injects; only studies choose.
 */
import type { Scenario } from '../../core/model.ts';

export type InjectsMode = 'none' | 'scripted';

export const INJECTS_MODES: readonly InjectsMode[] = ['none', 'scripted'];

/** What a study does unless asked otherwise. */
export const DEFAULT_INJECTS: InjectsMode = 'none';

export const isInjectsMode = (x: unknown): x is InjectsMode =>
  INJECTS_MODES.includes(x as InjectsMode);

const withoutInjects = new WeakMap<Scenario, Scenario>();

/**
 * The scenario a study's runs simulate: without its injects for `'none'` (the same object
 * each time for the same scenario, so its compiled form is cached once), as it is otherwise.
 */
export function studyScenario(scenario: Scenario, mode: InjectsMode): Scenario {
  if (mode === 'scripted' || scenario.injects.length === 0) return scenario;
  let stripped = withoutInjects.get(scenario);
  if (!stripped) withoutInjects.set(scenario, (stripped = { ...scenario, injects: [] }));
  return stripped;
}

/** For people: `random failures only (scripted injects left out)`. */
export const describeInjects = (mode: InjectsMode): string =>
  mode === 'none'
    ? 'random failures only (scripted injects left out)'
    : "random failures and the scenario's scripted injects in every run";
