import { describe, expect, it } from 'vitest';
import { planLastExercised } from '../../../src/ui/storage/plan-exercised.ts';

describe('planLastExercised: when a plan was last exercised', () => {
  it('the last exercise that invoked it', () => {
    const s = {
      lastExercised: { at: 300, note: 'app drill', plans: ['app-rebuild'] },
      plansExercised: { 'db-rebuild': 100, 'app-rebuild': 300 },
    };
    expect(planLastExercised(s, 'db-rebuild')).toBe(100);
    expect(planLastExercised(s, 'lb-repair')).toBeNull();
  });

  it('or a mark of the whole scenario, made by hand or kept before plans were recorded, if later', () => {
    const s = {
      lastExercised: { at: 500, note: 'tabletop' },
      plansExercised: { 'db-rebuild': 100 },
    };
    expect(planLastExercised(s, 'db-rebuild')).toBe(500);
    expect(planLastExercised(s, 'lb-repair')).toBe(500);
    expect(planLastExercised({ lastExercised: null }, 'lb-repair')).toBeNull();
  });
});
