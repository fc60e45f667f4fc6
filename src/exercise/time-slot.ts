/**
 * "Fit the time slot": the pace (simulated minutes per real minute) that plays what is left of
 * an exercise's script in a chosen length of real time, and the room's wall-clock time at which
 * it will then end. Pure arithmetic on numbers the caller passes in (the UI reads the wall
 * clock); times are ms.
 *
 * Decisions: the exercise clock does not stop while a decision is open. A decision's time
 * limit is simulated time inside the script's span, so the fit counts it like any other part of
 * the script, at the pace: the team gets `timeLimit / pace` of real time to answer
 * (`answerTime`), which the facilitator sees before choosing a slot. A pause the facilitator
 * takes is real time outside the pace: the expected end moves by it, and is recomputed from the
 * clock whenever it is shown.
 */

/** The pace presets, in real minutes. */
export const TIME_SLOTS_MINUTES = [45, 60, 90] as const;

/**
 * The pace that plays `remaining` simulated ms within `slot` real ms: `remaining / slot`,
 * rounded up to a tenth so the exercise never overruns the slot. Null when nothing remains.
 */
export function paceForSlot(remaining: number, slot: number): number | null {
  if (!(slot > 0)) throw new Error(`a time slot must be longer than 0 (got ${slot} ms)`);
  if (!(remaining > 0)) return null;
  return Math.ceil((remaining / slot) * 10 - 1e-9) / 10;
}

/** The wall-clock time (epoch ms) at which `remaining` simulated ms end at `pace`, from `wallNow`. */
export function expectedEnd(wallNow: number, remaining: number, pace: number): number {
  if (!(pace > 0)) throw new Error(`a pace must be above 0 (got ${pace})`);
  return wallNow + Math.max(0, remaining) / pace;
}

/** The real ms a decision's time limit (simulated ms) gives the team at `pace`. */
export function answerTime(timeLimit: number, pace: number): number {
  if (!(pace > 0)) throw new Error(`a pace must be above 0 (got ${pace})`);
  return timeLimit / pace;
}
