/**
 * When a recovery plan was last exercised, from what the library keeps: the last exercise that
 * invoked it, or a mark of the whole scenario (made by hand, or kept before plans were
 * recorded), whichever is later. Null: never.
 */
import type { StoredScenario } from './records.ts';

export function planLastExercised(
  s: Pick<StoredScenario, 'lastExercised' | 'plansExercised'>,
  plan: string,
): number | null {
  const own = s.plansExercised?.[plan] ?? null;
  const whole = s.lastExercised && s.lastExercised.plans === undefined ? s.lastExercised.at : null;
  if (own === null) return whole;
  return whole === null ? own : Math.max(own, whole);
}
