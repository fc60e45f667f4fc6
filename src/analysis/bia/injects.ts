/**
 * The injects that make a BIA disruption happen at time `at`: the BIA's runs, the heatmap's
 * cells and the replays on the timeline all use these. A surge lasts `surgeLength` (by
 * default as long as surge.ts says for that moment; the heatmap keeps its row's length). A
 * corruption hits its component at `at` and each replica (the disruption's other components,
 * replicas.ts) its replication lag later.
 */
import type { Inject, Scenario, Service } from '../../core/model.ts';
import { simTime, type Duration } from '../../core/time.ts';
import { surgeDuration } from './surge.ts';
import type { Disruption } from './types.ts';

export function disruptionInjects(
  d: Disruption,
  at: number,
  scenario: Pick<Scenario, 'startEpoch' | 'timeZone' | 'horizon' | 'components'>,
  service: Service,
  surgeLength: Duration = surgeDuration(scenario, service, at),
): Inject[] {
  const t = simTime(at);
  if (d.kind === 'surge')
    return [
      { at: t, action: 'surge', service: service.id, factor: d.factor ?? 1, duration: surgeLength },
    ];
  if (d.kind === 'corruption') {
    const lag = (id: string) =>
      scenario.components.find((c) => c.id === id)?.data?.replicationLag ?? 0;
    return d.components.map((component, i) => ({
      at: simTime(i === 0 ? at : at + lag(component)),
      action: 'corrupt',
      component,
    }));
  }
  return d.components.map((component) => ({ at: t, action: 'fail', component }));
}

/** How long the surge of these injects lasts; null when they hold none. */
export function surgeLengthOf(injects: readonly Inject[]): Duration | null {
  const surge = injects.find((i) => i.action === 'surge');
  return surge?.action === 'surge' ? surge.duration : null;
}
