import bundledCountries from 'virtual:bundled-holiday-countries';
import { describe, expect, it } from 'vitest';
import { holidayCountriesOf } from '../../src/scenario/holiday-countries.ts';
import { DEFAULT_SCENARIO } from '../../src/ui/app/early-holidays.ts';
import { DEFAULT_SCENARIO_ID, bundledScenarios } from '../../src/ui/bundled-scenarios.ts';

describe('fetching the holidays of the scenario in the address early', () => {
  it('takes the default scenario to be the one the app opens by default', () => {
    expect(DEFAULT_SCENARIO).toBe(DEFAULT_SCENARIO_ID);
  });

  it("knows from the build each bundled scenario's holiday countries: the bank's Germany, no other", () => {
    expect(bundledCountries).toEqual({ 'bank-money-transfer': ['DE'] });
    for (const s of bundledScenarios)
      expect(bundledCountries[s.id] ?? [], s.id).toEqual(holidayCountriesOf(s.text, s.fileName));
  });
});
