/**
 * A defect the properties found (removing a fail inject made a service worse), worked out by
 * hand and now mended: a component degraded while overloaded used to stay `overloaded`, which
 * has no detection timer, and an OVERLOAD while `degraded` cancelled the detection under way:
 * its plan waited for the load to fall, which a failure elsewhere that takes the service down
 * brought about at once. The component machine now detects a degradation whatever the load (a
 * degraded component saturates instead of being `overloaded`, src/machines/component.machine.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Inject, Scenario } from '../../src/core/model.ts';
import { days, minutes } from '../../src/core/time.ts';
import { outcomeOf } from '../support/metamorphic.ts';
import {
  at,
  component,
  flatDemand,
  plan,
  scenario,
  series,
  service,
} from '../support/model-builder.ts';

// a -> b in series, 1,000 tpm around the clock, MBCO 50 %. a serves exactly the demand; each
// is detected 5 min after a problem and fixed by a 10-minute plan.
const s: Scenario = scenario({
  horizon: days(1),
  components: [
    component('a', { capacity: 1000, detection: minutes(5), recovery: 'fix' }),
    component('b', { detection: minutes(5), recovery: 'fix' }),
  ],
  plans: [plan('fix', [['fix', 10]])],
  services: [service('s', series('a', 'b'), { demand: flatDemand(1000) })],
});
const degradeA: Inject = {
  at: at(0, 0),
  action: 'degrade',
  component: 'a',
  capacity: 0.4,
  for: null,
};
const failB: Inject = { at: at(0, 0), action: 'fail', component: 'b' };
const downtime = (injects: Inject[]) =>
  outcomeOf({ scenario: s, seed: 'defect', injects }).metrics[0]!.downtimeInAgreedHoursMinutes;

describe('a degraded component under overload', () => {
  it('is down 00:00-00:15 when b fails with a: with no demand reaching it, a is detected at 00:05 and fixed by 00:15', () => {
    expect(downtime([degradeA, failB])).toBe(15);
  });

  it('is detected 5 min after it is degraded, though overloaded: without b failing too, the service is back by 00:15 (it used to stay down all day, 1,440 min)', () => {
    // 400 tpm for the 1,000 asked: below the MBCO, down until a is fixed at 00:15.
    expect(downtime([degradeA])).toBe(15);
  });
});
