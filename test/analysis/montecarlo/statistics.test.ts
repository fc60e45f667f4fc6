import { describe, expect, it } from 'vitest';
import {
  meanInterval,
  quantileInterval,
  serviceEstimates,
  wilsonInterval,
} from '../../../src/analysis/montecarlo/index.ts';
import { ServiceAggregate } from '../../../src/analysis/montecarlo/aggregate.ts';
import {
  BIN_COUNT,
  binEdges,
  binOf,
  LogHistogram,
} from '../../../src/analysis/montecarlo/log-histogram.ts';
import { Moments } from '../../../src/analysis/montecarlo/moments.ts';

describe('LogHistogram', () => {
  it('binOf(x) puts x inside its bin, each bin at most 1/128 of its lower edge wide', () => {
    for (const x of [1e-6, 0.001, 0.1, 1, 1.5, 2, 3, 59.999, 60, 1234.5678, 1e9, 1.7e13]) {
      const [lo, hi] = binEdges(binOf(x));
      expect(lo).toBeLessThanOrEqual(x);
      expect(hi).toBeGreaterThan(x);
      expect((hi - lo) / lo).toBeLessThanOrEqual(1 / 128);
    }
  });

  it('puts zero and tiny values in bin 0 and huge ones in the last bin', () => {
    expect(binOf(0)).toBe(0);
    expect(binOf(-3)).toBe(0);
    expect(binOf(1e-9)).toBe(0);
    expect(binOf(1e20)).toBe(BIN_COUNT - 1);
  });

  it('quantileBin(q) holds the value of rank ⌈q·n⌉', () => {
    const h = new LogHistogram();
    for (let i = 1; i <= 100; i++) h.add(i);
    const [lo, hi] = binEdges(h.quantileBin(0.95));
    expect(lo).toBeLessThanOrEqual(95);
    expect(hi).toBeGreaterThan(95);
    const q = quantileInterval(h, 0.95);
    expect(Math.abs(q.value - 95) / 95).toBeLessThan(0.004);
    expect(q.low).toBeLessThan(95);
    expect(q.high).toBeGreaterThan(95);
  });
});

describe('Moments', () => {
  it('sums in fixed point: exact whatever the order', () => {
    const xs = [0.1, 0.2, 0.3, 1e6 + 0.7, 3.14159];
    const a = new Moments(1e6);
    const b = new Moments(1e6);
    xs.forEach((x) => a.add(x));
    [...xs].reverse().forEach((x) => b.add(x));
    expect(a.toJSON()).toEqual(b.toJSON());
    expect(a.mean()).toBeCloseTo(xs.reduce((s, x) => s + x) / xs.length, 9);
  });

  it('gives the sample variance without cancellation', () => {
    const m = new Moments(1e12);
    for (const x of [0.999999, 0.999998, 0.999997]) m.add(x);
    expect(m.variance()).toBeCloseTo(1e-12, 20);
  });
});

describe('confidence intervals', () => {
  it('wilsonInterval(k, n) matches the textbook values', () => {
    const w = wilsonInterval(81, 263);
    expect(w.low).toBeCloseTo(0.2553, 4);
    expect(w.high).toBeCloseTo(0.3662, 4);
    const none = wilsonInterval(0, 100);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.037, 3);
  });

  it('meanInterval is mean ± 1.96·s/√n', () => {
    const m = new Moments(1);
    for (const x of [1, 2, 3, 4, 5]) m.add(x);
    const e = meanInterval(m);
    const half = (1.959963984540054 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(e.value).toBe(3);
    expect(e.low).toBeCloseTo(3 - half, 12);
    expect(e.high).toBeCloseTo(3 + half, 12);
  });

  it('cuts the interval of a mean at 0, so availability stays at or below 100 %', () => {
    // 39 runs without downtime and one with 70 minutes: mean 1.75 min, s ≈ 11.07 min, so the
    // normal interval would reach below 0 min (and availability above 100 %).
    const s = new ServiceAggregate({ service: 'svc', name: 'svc', target: 0.99, currency: 'EUR' });
    const metrics = (down: number) =>
      ({
        targetMet: true,
        rtoBreaches: 0,
        mtpdBreaches: 0,
        rpoMet: true,
        availabilityInAgreedHours: 1 - down / 7000,
        agreedHoursMinutes: 7000,
        downtimeInAgreedHoursMinutes: down,
        degradedInAgreedHoursMinutes: 0,
        cost: down * 10,
        outages: [],
      }) as unknown as Parameters<ServiceAggregate['addRun']>[0];
    for (let i = 0; i < 40; i++) s.addRun(metrics(i === 0 ? 70 : 0), i);
    const e = serviceEstimates(s);
    expect(meanInterval(s.measures.downtimeMinutes.moments).low).toBeLessThan(0);
    expect(e.downtimeMinutes.mean.value).toBeCloseTo(1.75, 9);
    expect(e.downtimeMinutes.mean.low).toBe(0);
    expect(e.cost.mean.low).toBe(0);
    expect(e.availability.high).toBe(1);
    expect(e.availability.value).toBeCloseTo(1 - 0.01 / 40, 12);
  });
});
