/**
 * A defect the properties found (removing a fail inject made a service worse), worked out by
 * hand: a component that is degraded while it is overloaded is never detected, because the
 * component machine's `overloaded` state has no detection timer (src/machines/component.machine.ts):
 * a DEGRADE there keeps it `overloaded`, and an OVERLOAD while `degraded` cancels the detection
 * under way, which starts again from zero when the load falls. Its plan waits for the load to
 * fall, which a failure elsewhere that takes the service down brings about at once (no demand
 * reaches a service that is down). The properties leave this out (a partial degradation there
 * ends before it could be detected, test/support/metamorphic-cases.ts); this test fails until
 * the machine detects a degradation whatever the load.
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

  it.fails(
    'is detected 5 min after it is degraded, though overloaded: without b failing too, the service is back by 00:15 (today it stays down all day, 1,440 min)',
    () => {
      expect(downtime([degradeA])).toBeLessThanOrEqual(15);
    },
  );
});
