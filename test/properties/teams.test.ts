/**
 * More people or a quicker call-out never make a service look worse: on a fixed schedule of
 * disruptions (test/support/metamorphic-cases.ts: far apart, steps fixed), a team one person
 * larger, or every call-out of a team shorter, adds no downtime, no breach, no unserved
 * transaction and no cost, on both paths alike. The call-outs are fixed at their most likely
 * value (a fixed delay shortened stays comparable draw by draw).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyEdit } from '../../src/analysis/advisor/apply-edit.ts';
import { fixTeams } from '../../src/analysis/bia/conditions.ts';
import type { Scenario } from '../../src/core/model.ts';
import { minutes } from '../../src/core/time.ts';
import { expectNoWorse, outcomeOf } from '../support/metamorphic.ts';
import { bundledScenario, caseOf, generatedScenario } from '../support/metamorphic-cases.ts';
import { withTeams } from '../support/team-arbitrary.ts';

/** Generated scenarios with teams, their call-outs fixed at the most likely end. */
const teamed = (scenarios: fc.Arbitrary<Scenario>) =>
  scenarios
    .chain((s) => (s.teams?.length ? fc.constant(s) : withTeams(s)))
    .map((s) => ({ ...s, teams: fixTeams(s.teams ?? [], 'likely') }));

const changed = (
  scenarios: fc.Arbitrary<Scenario>,
  change: (s: Scenario, team: string, share: number) => Scenario,
) =>
  fc.property(
    caseOf(teamed(scenarios)).chain((c) =>
      fc.record({
        c: fc.constant(c),
        team: fc.constantFrom(...c.scenario.teams!.map((t) => t.id)),
        share: fc.double({ min: 0, max: 0.95, noNaN: true }),
      }),
    ),
    ({ c, team, share }) => {
      const before = outcomeOf(c);
      expectNoWorse(outcomeOf({ ...c, scenario: change(c.scenario, team, share) }), before);
    },
  );

const larger = (s: Scenario, team: string) =>
  applyEdit(s, {
    kind: 'set-team-size',
    team,
    size: (s.teams!.find((t) => t.id === team)!.size ?? 1) + 1,
  });

const quicker = (s: Scenario, team: string, share: number) => {
  const callOut = s.teams!.find((t) => t.id === team)!.callOut;
  const value = callOut.type === 'fixed' ? callOut.value : 0;
  return applyEdit(s, {
    kind: 'set-team-call-out',
    team,
    callOut: { type: 'fixed', value: minutes(Math.floor((value / 60_000) * share)) },
  });
};

describe('a larger team', () => {
  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (generated scenarios)', () => {
    fc.assert(changed(generatedScenario, larger), { numRuns: 60 });
  });
  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (bundled scenarios)', () => {
    fc.assert(changed(bundledScenario, larger), { numRuns: 30 });
  });
});

describe('a shorter call-out', () => {
  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (generated scenarios)', () => {
    fc.assert(changed(generatedScenario, quicker), { numRuns: 60 });
  });
  it('never adds downtime in agreed hours, a breach, unserved transactions or cost (bundled scenarios)', () => {
    fc.assert(changed(bundledScenario, quicker), { numRuns: 30 });
  });
});
