import { describe, expect, it } from 'vitest';
import type { Inject } from '../../../src/core/model.ts';
import { hours } from '../../../src/core/time.ts';
import { simulate } from '../../../src/simulator/simulate.ts';
import { at } from '../../support/model-builder.ts';
import { withLiveInjects } from '../../../src/ui/montecarlo-view/live-injects.ts';
import { bank, bankVariant } from '../../analysis/sensitivity/bank.ts';

const live: Inject[] = [
  { at: at(1, 6), action: 'fail', component: 'db-2' },
  { at: at(0, 2), action: 'surge', service: 'transfers', factor: 2, duration: hours(1) },
];

describe('withLiveInjects', () => {
  it('adds the live injects to the scripted ones in time order', () => {
    const s = withLiveInjects(bank, live);
    expect(s.injects.map((i) => i.at)).toEqual(
      [...bank.injects, ...live].map((i) => i.at).sort((a, b) => a - b),
    );
    expect(s.injects).toHaveLength(bank.injects.length + 2);
    expect({ ...s, injects: bank.injects }).toEqual(bank);
  });

  it('gives the same object for the same scenario and list, the scenario itself for none', () => {
    expect(withLiveInjects(bank, live)).toBe(withLiveInjects(bank, live));
    expect(withLiveInjects(bank, [])).toBe(bank);
  });

  it('leaves out a live inject naming a component the variant removed', () => {
    const oneDb = withLiveInjects(bankVariant('one-database'), live);
    expect(oneDb.injects.some((i) => i.action === 'fail' && i.component === 'db-2')).toBe(false);
    expect(oneDb.injects.some((i) => i.action === 'surge')).toBe(true);
  });

  it("run i of a study with the injects is the timeline's run with seed master:run:i", () => {
    // The timeline runs the scenario with its live injects; the study, the merged scenario.
    const timeline = simulate(bank, 'ui:run:0', { injects: live });
    const studied = simulate(withLiveInjects(bank, live), 'ui:run:0');
    expect(JSON.stringify(studied)).toBe(JSON.stringify(timeline));
    expect(timeline.events.filter((e) => e.type === 'inject')).toHaveLength(5);
  });
});
