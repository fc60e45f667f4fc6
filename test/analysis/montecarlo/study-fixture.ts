/** A small study scenario for the aggregate tests: two services over a redundant pair and a
 * single point of failure, random failures, a two-step repair, demand and weekday hours. */
import type { Component } from '../../../src/core/model.ts';
import { days, hours } from '../../../src/core/time.ts';
import {
  atLeast,
  component,
  flatDemand,
  plan,
  scenario,
  series,
  service,
  weekdays,
} from '../../support/model-builder.ts';

const failing = (id: string, mtbfHours: number): Component =>
  component(id, { failure: { type: 'exponential', mtbf: hours(mtbfHours) }, recovery: 'fix' });

export const fixture = scenario({
  name: 'fixture',
  horizon: days(60),
  components: [failing('a', 200), failing('b', 200), failing('lb', 500)],
  plans: [
    plan('fix', [
      ['look', 30],
      ['repair', 90, ['look']],
    ]),
  ],
  services: [
    service('pay', series('lb', atLeast(1, 'a', 'b')), {
      demand: flatDemand(100),
      impact: {
        costPerHour: 5000,
        costPerUnservedTransaction: 1,
        costPerHourOfDataLost: 0,
        currency: 'EUR',
      },
    }),
    service('back', atLeast(2, 'a', 'b'), { calendar: weekdays(9, 17) }),
  ],
});
