import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/ui/app/early-holidays.ts';
import { DEFAULT_SCENARIO_ID } from '../../src/ui/bundled-scenarios.ts';

describe('fetching the holidays of the scenario in the address early', () => {
  it('takes the default scenario to be the one the app opens by default', () => {
    expect(DEFAULT_SCENARIO).toBe(DEFAULT_SCENARIO_ID);
  });
});
