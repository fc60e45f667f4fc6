/**
 * One more member in a k-of-n group never makes a service look worse: on a fixed schedule of
 * disruptions, a group that needs as many members as before but has one more (a copy of one of
 * its members, with its own capacity) adds no downtime, no breach, no unserved transaction and
 * no cost, on both paths alike. test/support/metamorphic-cases.ts says what the cases hold
 * fixed, and why.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Scenario } from '../../src/core/model.ts';
import { expectNoWorse, outcomeOf } from '../support/metamorphic.ts';
import {
  bundledScenario,
  caseOf,
  generatedScenario,
  groupsOf,
  withMember,
} from '../support/metamorphic-cases.ts';

/** A case, one of its groups, and a new member for it like one it has. */
const added = (scenarios: fc.Arbitrary<Scenario>) =>
  fc.property(
    caseOf(scenarios).chain((c) =>
      fc.record({
        c: fc.constant(c),
        at: fc.constantFrom(...groupsOf(c.scenario)),
        like: fc.nat(),
        capacity: fc.option(fc.integer({ min: 50, max: 2000 }), { nil: null }),
      }),
    ),
    ({ c, at, like, capacity }) => {
      const leaves = at.group.of.flatMap((m) => (m.type === 'component' ? [m.id] : []));
      const template = c.scenario.components.find((x) => x.id === leaves[like % leaves.length])!;
      const member = {
        ...template,
        id: `${template.id}-added`,
        name: `${template.name} (added)`,
        capacity: template.capacity === null ? null : (capacity ?? template.capacity),
      };
      const before = outcomeOf(c);
      expectNoWorse(outcomeOf({ ...c, scenario: withMember(c.scenario, at, member) }), before);
    },
  );

describe('adding a member to a k-of-n group', () => {
  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (generated scenarios)', () => {
    fc.assert(added(generatedScenario), { numRuns: 500 });
  });

  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (bundled scenarios)', () => {
    fc.assert(added(bundledScenario), { numRuns: 500 });
  });
});
