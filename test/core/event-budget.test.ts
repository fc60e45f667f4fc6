import { describe, expect, it } from 'vitest';
import {
  checkEventBudget,
  DEFAULT_MAX_EVENTS,
  driversOf,
  EventBudgetError,
} from '../../src/core/event-budget.ts';
import { aboutCount, aboutDuration, groupDigits } from '../../src/core/event-budget-text.ts';
import { estimateEvents } from '../../src/core/event-estimate.ts';
import type { Inject } from '../../src/core/model.ts';
import { days, hours, minutes, simTime } from '../../src/core/time.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { bundledScenarios } from '../support/bundled.ts';
import { component, flatDemand, scenario, service } from '../support/model-builder.ts';
import { storm } from '../support/storm.ts';

/** The error a call throws (fails the test when it throws none or another kind). */
function budgetError(call: () => unknown): EventBudgetError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(EventBudgetError);
    return error as EventBudgetError;
  }
  throw new Error('expected an EventBudgetError, and nothing was thrown');
}

describe('the event budget', () => {
  it('refuses the storm scenario before running, naming db-1 and its figures', () => {
    const error = budgetError(() => simulate(storm(), '1'));
    expect(error.stage).toBe('estimate');
    // db-1: up about 1 min, then 1 min to detect and 1 min to restart, for 20 years.
    expect(error.message).toBe(
      'Refused before running: about 10.6 million events expected, over the budget, as ' +
        'db-1 fails about every 3 min (up about 1 min, then about 2 min to detect and restore): ' +
        'about 3.5 million failures over 20 years, about 10.5 million events; ' +
        'the budget is 1,000,000 events per run. ' +
        'To run it, raise the MTBF of db-1 or shorten the horizon.',
    );
    expect(error.refusal.drivers.map((d) => d.id)).toEqual(['db-1']);
    expect(error.refusal.estimate).toBeCloseTo(10_610_096, 0);
    expect(error.refusal.suggested).toBe(14_000_000);
    expect(error.withRaise((n) => `Or pass --max-events ${n}.`)).toMatch(
      /shorten the horizon\. Or pass --max-events 14000000\.$/,
    );
  });

  it('refuses it in the fast path too, with the same message, before any run', () => {
    const actor = budgetError(() => simulate(storm(), '1'));
    const fast = budgetError(() => simulateFast(storm(), '1'));
    expect(fast.message).toBe(actor.message);
  });

  it('keeps every bundled scenario far under the budget, and under it even over 20 years', () => {
    for (const { id, scenario: s } of bundledScenarios()) {
      expect(estimateEvents(s).total * 50, id).toBeLessThan(DEFAULT_MAX_EVENTS);
      expect(estimateEvents({ ...s, horizon: days(7305) }).total * 3, id).toBeLessThan(
        DEFAULT_MAX_EVENTS,
      );
    }
  });

  it('is raised by maxEvents', () => {
    const estimate = estimateEvents(storm());
    expect(() => checkEventBudget(estimate)).toThrow(EventBudgetError);
    expect(() => checkEventBudget(estimate, 14_000_000)).not.toThrow();
    // A day of the storm runs under the default budget, and is refused under a budget of 100.
    const day = { ...storm(), horizon: days(1) };
    expect(simulate(day, '1').events.length).toBeGreaterThan(1000);
    expect(budgetError(() => simulate(day, '1', { maxEvents: 100 })).message).toMatch(
      /^Refused before running: about 1,500 events expected, over the budget, as db-1 fails about every 3 min .*: about 480 failures over 1 day, about 1,400 events; the budget is 100 events per run\./,
    );
  });

  it('blames the demand when it drives the estimate, and the injects when they do', () => {
    const hourly = Array.from({ length: 24 }, (_, h) => (h % 2 === 0 ? 1 : 0.5));
    const busy = scenario({
      horizon: days(7305),
      services: [
        service('shop', { type: 'component', id: 'a' }, { demand: flatDemand(100, { hourly }) }),
      ],
      components: [component('a')],
    });
    const [demand] = driversOf(estimateEvents(busy));
    expect(demand).toMatchObject({ kind: 'demand', id: 'shop' });
    expect(demand!.text).toBe(
      'the demand of shop changes about 24 times a day: about 190,000 events over 20 years with its agreed hours',
    );
    const injects: Inject[] = Array.from({ length: 5000 }, (_, i) => ({
      at: simTime(minutes(i)),
      action: 'invoke',
      component: 'a',
    }));
    const error = budgetError(() => simulate(busy, '1', { injects, maxEvents: 1000 }));
    expect(error.refusal.drivers.map((d) => d.kind)).toEqual(['demand']);
    const few = { ...busy, horizon: days(1) };
    const [first] = driversOf(estimateEvents(few, injects));
    expect(first!.text).toBe('5,000 injects: about 5,000 events');
    expect(budgetError(() => simulate(few, '1', { injects, maxEvents: 1000 })).message).toMatch(
      /injects: about 5,000 events; the budget is 1,000 events per run\. To run it, use fewer injects or shorten the horizon\.$/,
    );
  });
});

describe('figures for people', () => {
  it('rounds counts to two significant digits, millions with one decimal', () => {
    expect(aboutCount(8.76)).toBe('8.8');
    expect(aboutCount(877_123)).toBe('880,000');
    expect(aboutCount(3_506_400)).toBe('3.5 million');
    expect(aboutCount(10_519_200)).toBe('10.5 million');
    expect(aboutCount(0)).toBe('0');
    expect(groupDigits(2_000_000)).toBe('2,000,000');
  });

  it('writes durations in the largest readable unit', () => {
    expect(aboutDuration(minutes(1))).toBe('1 min');
    expect(aboutDuration(hours(3.5))).toBe('3.5 h');
    expect(aboutDuration(days(12))).toBe('12 days');
    expect(aboutDuration(days(7305))).toBe('20 years');
    expect(aboutDuration(days(365))).toBe('1 year');
  });
});
