/**
 * A synthetic year for the density test: 50 components with 500 lifecycle spans each, hourly
 * service intervals, weekday agreed hours, 40 outages with 3-step plan runs. Deterministic (a
 * small linear congruential generator), no simulation involved.
 */
import type { ComponentSpan, TimelineModel } from '../../src/analysis/timeline-types.ts';
import type { ComponentStateName, ServiceInterval } from '../../src/core/trace.ts';
import { days, hours, minutes } from '../../src/core/time.ts';
import { START_EPOCH } from '../support/model-builder.ts';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const BAD: ComponentStateName[] = ['failed', 'recovering', 'degraded', 'overloaded'];

export function denseModel(components = 50, spansEach = 500, length = days(365)): TimelineModel {
  const random = lcg(7);
  const lanes = Array.from({ length: components }, (_, c) => {
    const cuts = Array.from({ length: spansEach - 1 }, () => Math.floor(random() * length)).sort(
      (a, b) => a - b,
    );
    const edges = [0, ...cuts, length];
    const spans: ComponentSpan[] = edges.slice(1).map((end, k) => {
      const state: ComponentStateName =
        k % 2 === 0 ? 'operational' : (BAD[Math.floor(random() * BAD.length)] ?? 'failed');
      return { start: edges[k] ?? 0, end, state, capacityShare: state === 'operational' ? 1 : 0 };
    });
    return { id: `c-${c}`, name: `component ${c}`, spans };
  });
  const intervals: ServiceInterval[] = Array.from({ length: length / hours(1) }, (_, h) => {
    const r = random();
    const state = r < 0.9 ? 'up' : r < 0.96 ? 'degraded' : 'down';
    return {
      start: h * hours(1),
      end: (h + 1) * hours(1),
      state,
      demand: 200 + Math.round(random() * 800),
      capacity: state === 'down' ? 0 : state === 'degraded' ? 600 : r < 0.5 ? null : 1200,
    };
  });
  const outageStarts = Array.from({ length: 40 }, (_, i) => days(4 + i * 9) + hours(10));
  return {
    horizon: length,
    startEpoch: START_EPOCH,
    timeZone: null,
    agreed: Array.from({ length: length / days(1) }, (_, d) => d)
      .filter((d) => d % 7 < 5)
      .map((d) => ({ start: days(d) + hours(9), end: days(d) + hours(16) })),
    closedDays: [{ start: days(120), end: days(121) }],
    service: {
      id: 's',
      name: 'Synthetic service',
      fullCapacity: 1200,
      mbco: { kind: 'share', share: 0.5 },
      rto: hours(2),
      mtpd: hours(8),
      intervals,
    },
    outages: outageStarts.map((start, i) => ({
      service: 's',
      start,
      end: start + hours(1 + (i % 3)),
      ongoing: false,
      rtoDeadline: start + hours(2),
      mtpdDeadline: start + hours(8),
      rtoMet: i % 3 !== 2,
      planSlowerThanRto: i % 3 === 2,
      mtpdBreached: false,
      minutesInAgreedHours: 60,
      unavailable: ['c-0'],
      switchover: null,
    })),
    switchovers: [],
    planRuns: outageStarts.map((start, i) => ({
      component: 'c-0',
      plan: 'p',
      planName: 'Plan',
      incident: i + 1,
      start,
      end: start + hours(1),
      outcome: 'completed' as const,
      steps: ['a', 'b', 'c'].map((step, k) => ({
        step,
        name: step,
        owner: 'ops',
        start: start + minutes(20 * k),
        end: start + minutes(20 * (k + 1)),
      })),
    })),
    components: lanes,
  };
}
