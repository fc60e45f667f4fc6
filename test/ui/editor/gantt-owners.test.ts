import { describe, expect, it } from 'vitest';
import type { GanttData } from '../../../src/charts/gantt.ts';
import type { Team } from '../../../src/core/model.ts';
import { minutes } from '../../../src/core/time.ts';
import { ownersByName } from '../../../src/ui/editor/plans-section/gantt-owners.ts';
import { weekdays } from '../../support/model-builder.ts';

const step = (id: string, owner: string | null) => ({
  id,
  name: id,
  duration: { type: 'fixed' as const, value: minutes(10) },
  owner,
  after: [],
});
const data: GanttData = {
  plan: {
    id: 'p',
    name: 'P',
    steps: [step('assess', 'dba'), step('check', 'ops'), step('x', null)],
  },
  rtoMinutes: 120,
};
const dba: Team = {
  id: 'dba',
  name: 'Database administrators',
  size: 1,
  hours: weekdays(8, 18),
  callOut: { type: 'fixed', value: minutes(45) },
  contacts: [],
  escalation: null,
};

describe('the Gantt names a step’s owner', () => {
  it('a declared team by its name, any other owner as written', () => {
    expect(ownersByName(data, [dba]).plan.steps.map((s) => s.owner)).toEqual([
      'Database administrators',
      'ops',
      null,
    ]);
  });

  it('leaves the plan as it is in a file without teams', () => {
    expect(ownersByName(data, [])).toBe(data);
  });
});
