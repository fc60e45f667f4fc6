import { describe, expect, it } from 'vitest';
import { eventLog } from '../../src/analysis/event-log.ts';
import { injectsEffect } from '../../src/analysis/injects-effect.ts';
import { runData, runViews } from '../../src/analysis/run-data.ts';
import { TimelineIndex } from '../../src/analysis/timeline-index.ts';
import { EventBudgetError } from '../../src/core/event-budget.ts';
import { fingerprint } from '../../src/core/fingerprint.ts';
import type { Inject } from '../../src/core/model.ts';
import { runReport } from '../../src/core/report.ts';
import { hours, simTime } from '../../src/core/time.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { bundled, bundledScenarios } from '../support/bundled.ts';

describe('runData (what the simulation worker sends the page)', () => {
  it('is what the page made itself from simulate: the same fingerprint, report, log, models and effect', () => {
    for (const { id, scenario } of bundledScenarios()) {
      const first = scenario.components[0]!.id;
      const injects: Inject[] = [
        { at: simTime(hours(30)), action: 'fail', component: first },
        { at: simTime(hours(80)), action: 'surge', service: null, factor: 2, duration: hours(2) },
      ];
      const data = runData({ scenario, seed: 'worker', injects, effect: true });
      const trace = simulate(scenario, 'worker', { injects });
      expect(data.fingerprint, id).toBe(fingerprint(trace));
      expect(JSON.stringify(data.trace), id).toBe(JSON.stringify(trace));
      const report = runReport(scenario, trace);
      expect(data.report, id).toEqual(report);
      expect(data.log, id).toEqual(eventLog(scenario, trace));
      const index = new TimelineIndex(scenario, trace);
      expect(data.models, id).toEqual(
        scenario.services.map((s) => [s.id, index.timelineModel(s.id)]),
      );
      expect(data.effect, id).toEqual(injectsEffect(scenario, 'worker', report.services));
    }
  });

  it("is runViews (the worker's early run's answer) with the fingerprint of its trace, which follows it", () => {
    const scenario = bundled('bank-money-transfer');
    const request = { scenario, seed: '1', injects: [], effect: true };
    const views = runViews(request);
    expect(views).not.toHaveProperty('fingerprint');
    const data = runData(request);
    expect({ ...views, fingerprint: fingerprint(views.trace) }).toStrictEqual(data);
    expect(data.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports progress in simulated time, the horizon last, and has no effect without live injects', () => {
    const scenario = bundled('bank-money-transfer');
    const reached: number[] = [];
    const data = runData({ scenario, seed: '1', injects: [], effect: true }, (t) =>
      reached.push(t),
    );
    expect(data.effect).toBeNull();
    expect(reached.at(-1)).toBe(scenario.horizon);
    expect([...reached].sort((a, b) => a - b)).toEqual(reached);
  });

  it('keeps to the event budget asked for', () => {
    const scenario = bundled('bank-money-transfer');
    expect(() => runData({ scenario, seed: '1', injects: [], maxEvents: 100 })).toThrow(
      EventBudgetError,
    );
  });
});
