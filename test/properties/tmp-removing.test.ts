/**
 * One disruption less never makes a service look worse: on a fixed schedule of disruptions,
 * leaving out one fail, degrade, corrupt or surge inject adds no downtime, no breach, no
 * unserved transaction and no cost, on both paths alike. A surge here raises demand (a factor
 * above 1; a "surge" of 0.5 is a lull, and leaving a lull out rightly makes things worse).
 * test/support/metamorphic-cases.ts says what the cases hold fixed, and why (here too: no
 * episode reaches both members of an active/standby pair).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Scenario } from '../../src/core/model.ts';
import { expectNoWorse, outcomeOf } from '../support/metamorphic.ts';
import {
  bundledScenario,
  caseOf,
  generatedScenario,
  returning,
  type DisruptionKind,
} from '../support/metamorphic-cases.ts';

/** A case with at least one inject of `kind`, and one of them left out. */
const without = (scenarios: fc.Arbitrary<Scenario>, kind: DisruptionKind) =>
  fc.property(
    caseOf(scenarios, kind, { pairsApart: true }).chain((c) =>
      fc.record({
        c: fc.constant(c),
        left: fc.constantFrom(...c.injects.filter((i) => i.action === kind)),
      }),
    ),
    ({ c, left }) => {
      const before = outcomeOf(c);
      expectNoWorse(outcomeOf({ ...c, injects: c.injects.filter((i) => i !== left) }), before);
    },
  );

const kinds: DisruptionKind[] = ['fail', 'degrade', 'corrupt', 'surge'];

describe('removing an inject', () => {
  it.each(kinds)(
    'never adds downtime in agreed hours, a breach, unserved transactions or cost: a %s inject less (generated scenarios)',
    (kind) => fc.assert(without(generatedScenario, kind), { numRuns: 2000 }),
  );

  it.each(kinds)(
    'never adds downtime in agreed hours, a breach, unserved transactions or cost: a %s inject less (bundled scenarios)',
    (kind) => fc.assert(without(bundledScenario.map(returning), kind), { numRuns: 2000 }),
  );
});
