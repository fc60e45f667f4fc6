import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeMetrics } from '../../src/core/metrics.ts';
import { syntheticScenario } from '../../src/core/synthetic.ts';
import type { Scenario } from '../../src/core/model.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/simulator/simulate.ts';

function loadBank(): Scenario {
  const r = parseScenario(
    readFileSync(join(import.meta.dirname, '../../scenarios/bank-money-transfer.yaml'), 'utf8'),
    'bank-money-transfer.yaml',
  );
  if (!r.ok) throw new Error('bank scenario invalid');
  return r.scenario;
}

describe('determinism', () => {
  const bank = loadBank();

  it('gives a byte-identical trace for the same scenario and seed', () => {
    const a = JSON.stringify(simulate(bank, 'class-2026'));
    const b = JSON.stringify(simulate(bank, 'class-2026'));
    expect(a).toBe(b);
  });

  it('gives different runs for different seeds', () => {
    const a = JSON.stringify(simulate(bank, 1).events);
    const b = JSON.stringify(simulate(bank, 2).events);
    expect(a).not.toBe(b);
  });

  it('treats numeric and string seeds alike', () => {
    expect(JSON.stringify(simulate(bank, 42))).toBe(JSON.stringify(simulate(bank, '42')));
  });

  it('keeps the other components failing at the same times when a component is added', () => {
    const base = syntheticScenario({ components: 10, seed: 'x', horizonDays: 365 });
    const extra = { ...base.components[2]!, id: 'newcomer', name: 'newcomer' };
    const bigger: Scenario = { ...base, components: [...base.components, extra] };
    const firstFailure = (s: Scenario, id: string) =>
      simulate(s, 'seed').events.find(
        (e) =>
          e.type === 'component' && e.component === id && e.to === 'failed' && e.cause === 'random',
      )?.t;
    for (const c of base.components)
      expect(firstFailure(bigger, c.id)).toBe(firstFailure(base, c.id));
  });
});

describe('invariants of any run (property)', () => {
  const arbitraryRun = fc.record({
    components: fc.integer({ min: 1, max: 20 }),
    generator: fc.string({ maxLength: 6 }),
    seed: fc.string({ maxLength: 6 }),
    horizonDays: fc.integer({ min: 1, max: 120 }),
  });

  it('covers the horizon with contiguous intervals, orders events in time, and keeps metrics in range', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ components, generator, seed, horizonDays }) => {
        const scenario = syntheticScenario({ components, seed: generator, horizonDays });
        const trace = simulate(scenario, seed);
        const intervals = trace.intervals.service!;
        expect(intervals[0]!.start).toBe(0);
        expect(intervals.at(-1)!.end).toBe(scenario.horizon);
        for (let i = 1; i < intervals.length; i++)
          expect(intervals[i]!.start).toBe(intervals[i - 1]!.end);
        for (let i = 1; i < trace.events.length; i++)
          expect(trace.events[i]!.t).toBeGreaterThanOrEqual(trace.events[i - 1]!.t);
        for (const iv of intervals) {
          expect(iv.end).toBeGreaterThan(iv.start);
          if (iv.state === 'down')
            expect(iv.capacity === null || iv.capacity < 0.5 * 1e9).toBe(true);
        }
        const [m] = computeMetrics(scenario, trace);
        expect(m!.availabilityInAgreedHours).toBeGreaterThanOrEqual(0);
        expect(m!.availabilityInAgreedHours).toBeLessThanOrEqual(1);
        expect(
          m!.downtimeInAgreedHoursMinutes + m!.degradedInAgreedHoursMinutes,
        ).toBeLessThanOrEqual(m!.agreedHoursMinutes + 0.002); // each figure is rounded to 0.001 min
        const outageMinutes = m!.outages.reduce((s, o) => s + o.minutesInAgreedHours, 0);
        expect(Math.abs(outageMinutes - m!.downtimeInAgreedHoursMinutes)).toBeLessThan(
          0.001 * (m!.outages.length + 1),
        );
        // every plan that started either completed, was aborted, or was still running at the horizon
        const started = trace.events.filter((e) => e.type === 'plan-started').length;
        const ended = trace.events.filter(
          (e) => e.type === 'plan-completed' || e.type === 'plan-aborted',
        ).length;
        expect(started - ended).toBeGreaterThanOrEqual(0);
        expect(started - ended).toBeLessThanOrEqual(components);
      }),
      { numRuns: 60 },
    );
  });
});
