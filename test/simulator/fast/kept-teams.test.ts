/**
 * The fast path keeps one team desk per compiled scenario and restarts it for each run: a run
 * is the same whatever runs of the same compiled scenario came before it, trace and metrics.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/simulator/fast/compiled.ts';
import { layoutOf } from '../../../src/simulator/fast/layout.ts';
import { runCompiled } from '../../../src/simulator/fast/simulate-fast.ts';
import { fastTeams } from '../../../src/simulator/fast/teams.ts';
import { TimerQueue } from '../../../src/simulator/fast/timer-queue.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { days, hours } from '../../../src/core/time.ts';
import { bundled } from '../../support/bundled.ts';

const bank = bundled('bank-money-transfer');

describe("the fast path's teams", () => {
  it('are made once per compiled scenario', () => {
    const c = compileScenario(structuredClone(bank));
    const hooks = { now: () => 0, record: null, label: () => null!, grant: () => {} };
    const desk = fastTeams(c, layoutOf(c), new TimerQueue(), hooks);
    expect(desk).not.toBeNull();
    expect(fastTeams(c, layoutOf(c), new TimerQueue(), hooks)).toBe(desk);
    const other = compileScenario(structuredClone(bank));
    expect(fastTeams(other, layoutOf(other), new TimerQueue(), hooks)).not.toBe(desk);
  });

  it('leave nothing from one run to the next: a run after others is the run alone', () => {
    // Short runs of often failing components: many end with steps running or waiting for a team.
    const short: Scenario = {
      ...bank,
      horizon: days(12),
      components: bank.components.map((c) => ({
        ...c,
        failure: { type: 'exponential', mtbf: hours(60) },
      })),
    };
    const used = compileScenario(short);
    let unfinished = 0;
    for (let i = 0; i < 60; i++) {
      const seed = `kept:run:${i}`;
      const alone = runCompiled(compileScenario(structuredClone(short)), seed, true);
      expect(JSON.stringify(runCompiled(used, seed, true))).toBe(JSON.stringify(alone));
      const events = alone.trace!.events;
      const started = events.filter((e) => e.type === 'plan-started').length;
      const ended = events.filter((e) => e.type === 'plan-completed' || e.type === 'plan-aborted');
      if (started > ended.length) unfinished++;
    }
    expect(unfinished).toBeGreaterThan(3);
  });
});
