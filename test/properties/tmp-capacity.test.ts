/**
 * More capacity never makes a service look worse: on a fixed schedule of disruptions, raising
 * one component's capacity adds no downtime, no breach, no unserved transaction and no cost,
 * on both paths alike. test/support/metamorphic-cases.ts says what the cases hold fixed, and
 * why (spread-out disruptions, components that saturate, fixed step durations).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Scenario } from '../../src/core/model.ts';
import { expectNoWorse, outcomeOf } from '../support/metamorphic.ts';
import {
  bundledScenario,
  caseOf,
  generatedScenario,
  sized,
  withCapacity,
} from '../support/metamorphic-cases.ts';

/** A case, one of its components, and its capacity raised by 1 % to 200 %. */
const raised = (scenarios: fc.Arbitrary<Scenario>) =>
  fc.property(
    caseOf(scenarios).chain((c) =>
      fc.record({
        c: fc.constant(c),
        component: fc.constantFrom(...sized(c.scenario)),
        factor: fc.double({ min: 1.01, max: 3, noNaN: true }),
      }),
    ),
    ({ c, component, factor }) => {
      const before = outcomeOf(c);
      const capacity = Math.ceil(component.capacity! * factor);
      expectNoWorse(
        outcomeOf({ ...c, scenario: withCapacity(c.scenario, component.id, capacity) }),
        before,
      );
    },
  );

describe('adding capacity to a component', () => {
  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (generated scenarios)', () => {
    fc.assert(raised(generatedScenario), { numRuns: 500 });
  });

  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (bundled scenarios)', () => {
    fc.assert(raised(bundledScenario), { numRuns: 500 });
  });
});
