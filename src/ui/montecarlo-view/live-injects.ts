/**
 * What the tab's studies run when the switch "Include the scripted and live injects" is on:
 * the scenario with the timeline's live injects added to its own scripted ones, merged in time
 * order as the timeline's run merges them (so run i of such a study is the timeline's run with
 * seed `master:run:i`). A live inject that names a component or service the scenario does not
 * have (a variant that removed it) is left out of that scenario, as a variant's removal drops
 * the scripted injects naming it. The result is kept per scenario and list of live injects, so
 * the same inputs give the same object and a result is not taken for stale.
 */
import type { Inject, Scenario } from '../../core/model.ts';
import { mergeInjects } from '../../simulator/fast/compiled.ts';

const cache = new WeakMap<Scenario, { live: readonly Inject[]; scenario: Scenario }>();

function applies(inject: Inject, scenario: Scenario): boolean {
  if (inject.action === 'surge')
    return inject.service === null || scenario.services.some((s) => s.id === inject.service);
  return scenario.components.some((c) => c.id === inject.component);
}

export function withLiveInjects(scenario: Scenario, live: readonly Inject[]): Scenario {
  if (live.length === 0) return scenario;
  const kept = cache.get(scenario);
  if (kept?.live === live) return kept.scenario;
  const added = live.filter((i) => applies(i, scenario));
  const merged: Scenario = { ...scenario, injects: mergeInjects(scenario.injects, added) };
  cache.set(scenario, { live, scenario: merged });
  return merged;
}
