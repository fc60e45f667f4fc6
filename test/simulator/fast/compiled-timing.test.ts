/**
 * Compiled scenarios share what their content makes the same: a copy of the bank (as a worker
 * receives it) or a variant that changes only other parameters gets the very same agreed
 * intervals, demand breakpoints and team hours, and a variant that changes them gets its own,
 * the ones core/calendar.ts and core/demand.ts give.
 */
import { describe, expect, it } from 'vitest';
import { withParameter } from '../../../src/analysis/sensitivity/parameter-edit.ts';
import { agreedIntervals } from '../../../src/core/calendar.ts';
import { DemandProfile } from '../../../src/core/demand.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { compileScenario } from '../../../src/simulator/fast/compiled.ts';
import { bundled } from '../../support/bundled.ts';
import { demandChain } from '../../support/demand-chain.ts';

const bank = bundled('bank-money-transfer');

/** The demand chain as simulate schedules it, worked out afresh. */
const chain = (scenario: Scenario, k: number) =>
  demandChain(new DemandProfile(scenario, scenario.services[k]!, scenario.injects));

describe('the compiled timing of services and teams', () => {
  it('is shared by a copy of the scenario and by a variant of another parameter', () => {
    const a = compileScenario(bank);
    const copy = compileScenario(structuredClone(bank));
    const mtbf = compileScenario(
      withParameter(bank, { kind: 'mtbf', component: bank.components[0]!.id }, 12_345),
    );
    for (const other of [copy, mtbf]) {
      expect(other).not.toBe(a);
      other.services.forEach((s, k) => {
        expect(s.agreed).toBe(a.services[k]!.agreed);
        expect(s.times).toBe(a.services[k]!.times);
        expect(s.rates).toBe(a.services[k]!.rates);
        expect(s.peaks).toBe(a.services[k]!.peaks);
      });
      other.teams!.hours.forEach((h, k) => expect(h).toBe(a.teams!.hours[k]));
    }
  });

  it('is what calendar and demand give, for the scenario and for a variant with other hours', () => {
    const team = bank.teams![0]!;
    const variant: Scenario = {
      ...bank,
      services: bank.services.map((s) => ({
        ...s,
        calendar: { ...s.calendar, weekly: s.calendar.weekly.map(() => []) },
        demand: { ...s.demand, tpm: s.demand.tpm * 2 },
      })),
      teams: bank.teams!.map((t) => (t === team ? { ...t, hours: bank.calendar } : t)),
    };
    for (const scenario of [bank, variant]) {
      const compiled = compileScenario(scenario);
      scenario.services.forEach((s, k) => {
        const service = compiled.services[k]!;
        expect(service.agreed).toEqual(agreedIntervals(s.calendar, scenario, scenario.horizon));
        const { times, rates } = chain(scenario, k);
        expect([...service.times]).toEqual(times);
        expect([...service.rates]).toEqual(rates);
      });
      scenario.teams!.forEach((t, k) =>
        expect(compiled.teams!.hours[k]).toEqual(
          agreedIntervals(t.hours, scenario, scenario.horizon),
        ),
      );
    }
    const [a, b] = [compileScenario(bank), compileScenario(variant)];
    expect(b.services[0]!.agreed).not.toEqual(a.services[0]!.agreed);
    expect(b.services[0]!.rates).not.toEqual(a.services[0]!.rates);
    expect(b.teams!.hours[0]).not.toEqual(a.teams!.hours[0]);
  });
});
