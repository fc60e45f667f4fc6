import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/core/metrics.ts';
import type { Scenario } from '../../src/core/model.ts';
import type { Trace } from '../../src/core/trace.ts';
import { minutes } from '../../src/core/time.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { at, component, plan, ref, scenario, service } from '../support/model-builder.ts';

const paths: [string, (s: Scenario) => Trace][] = [
  ['actor path', (s) => simulate(s, 'hand')],
  ['fast path', (s) => simulateFast(s, 'hand', { trace: true }).trace!],
];

/**
 * db fails on Monday and on Tuesday at 10:00 and is detected 5 min later; its plan runs `a` and
 * `b` in parallel from 10:05 and `c` (5 min) after [a, b]. Agreed hours all day.
 */
function failover(a: number, b: number): Scenario {
  return scenario({
    components: [component('db', { recovery: 'fix', detection: minutes(5) })],
    services: [service('records', ref('db'))],
    plans: [
      plan('fix', [
        ['a', a],
        ['b', b],
        ['c', 5, ['a', 'b']],
      ]),
    ],
    injects: [
      { at: at(0, 10), action: 'fail', component: 'db' },
      { at: at(1, 10), action: 'fail', component: 'db' },
    ],
  });
}

describe.each(paths)('a plan step with several prerequisites (%s)', (_path, run) => {
  it.each([
    ['the first prerequisite (a, 10 min) finishes first', 10, 30],
    ['the last prerequisite (b, 10 min) finishes first', 30, 10],
  ])(
    'starts after the slower one: c at 10:35, restored at 10:40, each time (%s)',
    (_case, a, b) => {
      const s = failover(a, b);
      const trace = run(s);
      /** The plan's steps on day `day`, as (time, started or finished, step). */
      const steps = (day: number) =>
        trace.events.flatMap((e) =>
          (e.type === 'step-started' || e.type === 'step-finished') &&
          e.t >= at(day, 0) &&
          e.t < at(day + 1, 0)
            ? [{ t: e.t, type: e.type, step: e.step }]
            : [],
        );
      const first = a < b ? 'a' : 'b';
      const second = a < b ? 'b' : 'a';
      // The second incident reuses the plan (the fast path keeps one plan run per component).
      for (const day of [0, 1])
        expect(steps(day)).toEqual([
          { t: at(day, 10, 5), type: 'step-started', step: 'a' },
          { t: at(day, 10, 5), type: 'step-started', step: 'b' },
          { t: at(day, 10, 15), type: 'step-finished', step: first },
          { t: at(day, 10, 35), type: 'step-finished', step: second },
          { t: at(day, 10, 35), type: 'step-started', step: 'c' },
          { t: at(day, 10, 40), type: 'step-finished', step: 'c' },
        ]);
      const [m] = computeMetrics(s, trace);
      expect(m!.outages.map((o) => [o.start, o.end])).toEqual([
        [at(0, 10), at(0, 10, 40)],
        [at(1, 10), at(1, 10, 40)],
      ]);
      expect(m!.downtimeInAgreedHoursMinutes).toBe(80);
    },
  );
});
