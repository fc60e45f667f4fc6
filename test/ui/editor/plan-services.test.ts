import { describe, expect, it } from 'vitest';
import { planContext } from '../../../src/ui/editor/plans-section/plan-services.ts';
import { bundled, withoutTeams } from '../../support/bundled.ts';

describe("a plan's context for its Gantt", () => {
  it("gives the Gantt the declared teams' names, so its rows name owners as people read them", () => {
    const gantt = planContext(bundled('bank-money-transfer'), 'app-rebuild').gantt!;
    expect(gantt.teamNames?.get('platform-team')).toBe('Platform team');
    expect(gantt.teamNames?.get('app-team')).toBe('Transfer application team');
  });

  it('gives none without teams: owners stay as written', () => {
    const gantt = planContext(withoutTeams(bundled('bank-money-transfer')), 'app-rebuild').gantt!;
    expect(gantt.teamNames).toBeUndefined();
  });
});
