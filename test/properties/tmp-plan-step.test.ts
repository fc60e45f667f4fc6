/**
 * A faster plan never makes a service look worse: on a fixed schedule of disruptions,
 * shortening one step of a recovery plan adds no downtime, no breach, no unserved transaction
 * and no cost, on both paths alike. test/support/metamorphic-cases.ts says what the cases hold
 * fixed, and why (above all: disruptions far apart, so that a component restored sooner is not
 * thereby exposed to a second disruption its running plan would have absorbed).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Scenario } from '../../src/core/model.ts';
import { expectNoWorse, outcomeOf } from '../support/metamorphic.ts';
import {
  bundledScenario,
  caseOf,
  generatedScenario,
  withStepDuration,
} from '../support/metamorphic-cases.ts';

/** A case, one step of one of its plans, and that step cut to 0 % to 95 % of its duration. */
const shortened = (scenarios: fc.Arbitrary<Scenario>) =>
  fc.property(
    caseOf(scenarios).chain((c) =>
      fc.record({
        c: fc.constant(c),
        step: fc.constantFrom(
          ...c.scenario.plans.flatMap((plan) => plan.steps.map((step) => ({ plan, step }))),
        ),
        share: fc.double({ min: 0, max: 0.95, noNaN: true }),
      }),
    ),
    ({ c, step: { plan, step }, share }) => {
      if (step.duration.type !== 'fixed') throw new Error('the cases fix every step duration');
      const shorter = Math.floor(step.duration.value * share);
      const before = outcomeOf(c);
      const faster = withStepDuration(c.scenario, plan.id, step.id, shorter);
      expectNoWorse(outcomeOf({ ...c, scenario: faster }), before);
    },
  );

describe('shortening a plan step', () => {
  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (generated scenarios)', () => {
    fc.assert(shortened(generatedScenario), { numRuns: 500 });
  });

  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (bundled scenarios)', () => {
    fc.assert(shortened(bundledScenario), { numRuns: 500 });
  });
});
