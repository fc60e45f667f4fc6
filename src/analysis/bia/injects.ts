/** The injects that make a BIA disruption happen at time `at`: the BIA's runs and the replay on the timeline use the same. */
import type { Inject, Scenario, Service } from '../../core/model.ts';
import { simTime } from '../../core/time.ts';
import { surgeDuration } from './surge.ts';
import type { Disruption } from './types.ts';

export function disruptionInjects(
  d: Disruption,
  at: number,
  scenario: Pick<Scenario, 'startEpoch' | 'horizon'>,
  service: Service,
): Inject[] {
  const t = simTime(at);
  if (d.kind === 'surge')
    return [
      {
        at: t,
        action: 'surge',
        service: service.id,
        factor: d.factor ?? 1,
        duration: surgeDuration(scenario, service, at),
      },
    ];
  const action = d.kind === 'corruption' ? 'corrupt' : 'fail';
  return d.components.map((component) => ({ at: t, action, component }));
}
