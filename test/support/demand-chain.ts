/** The demand chain as the simulator schedules it: nextChange from 0, the rate at each change. */
import type { DemandProfile } from '../../src/core/demand.ts';

export function demandChain(demand: DemandProfile): { times: number[]; rates: number[] } {
  const times: number[] = [];
  const rates = [demand.rateAt(0)];
  for (let t = demand.nextChange(0); Number.isFinite(t); t = demand.nextChange(t)) {
    times.push(t);
    rates.push(demand.rateAt(t));
  }
  return { times, rates };
}
