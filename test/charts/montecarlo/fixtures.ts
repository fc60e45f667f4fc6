/**
 * Realistic Monte Carlo results for the chart tests: a year's availability over 1,000 runs
 * (99.0 %–100 %, target 99.5 %), downtime minutes per year (target at most 4 h), a sweep of
 * the number of on-call engineers and a tornado of five inputs.
 */
import type { HistogramData } from '../../../src/charts/montecarlo/histogram.ts';
import type { SweepData } from '../../../src/charts/montecarlo/sweep.ts';
import type { TornadoData } from '../../../src/charts/montecarlo/tornado.ts';

const AVAILABILITY_COUNTS = [
  2, 1, 3, 4, 5, 6, 8, 9, 12, 30, 18, 22, 28, 35, 45, 60, 85, 120, 190, 317,
];

/** `99.50 %` */
export const pct = (x: number): string => `${x.toFixed(2)} %`;

export const availability: HistogramData = {
  bars: AVAILABILITY_COUNTS.map((count, i) => ({
    from: 99 + i * 0.05,
    to: 99 + (i + 1) * 0.05,
    count,
    run: i === 1 ? null : i * 37 + 3,
  })),
  total: AVAILABILITY_COUNTS.reduce((a, b) => a + b, 0),
  target: { value: 99.5, label: 'target 99.5 %', better: 'above' },
  xLabel: 'availability',
  format: pct,
};

/** `45 min`, `2 h`, `2.5 h` */
export const minutes = (m: number): string =>
  m < 60 ? `${Math.round(m)} min` : `${Math.round((m / 60) * 10) / 10} h`;

const DOWNTIME_COUNTS = [140, 210, 180, 130, 95, 70, 50, 38, 27, 20, 14, 10, 7, 5, 2, 2];

export const downtime: HistogramData = {
  bars: DOWNTIME_COUNTS.map((count, i) => ({
    from: i * 30,
    to: (i + 1) * 30,
    count,
    run: i * 11,
  })),
  total: DOWNTIME_COUNTS.reduce((a, b) => a + b, 0),
  target: { value: 240, label: 'target ≤ 4 h', better: 'below' },
  xLabel: 'downtime in a year',
  format: minutes,
};

export const emptyRuns: HistogramData = {
  bars: [],
  total: 0,
  xLabel: 'downtime in a year',
  format: minutes,
};

export const engineers: SweepData = {
  points: [
    { value: 1, estimate: { value: 0.42, low: 0.39, high: 0.45 } },
    { value: 2, estimate: { value: 0.71, low: 0.68, high: 0.74 } },
    { value: 3, estimate: { value: 0.87, low: 0.85, high: 0.89 } },
    { value: 4, estimate: { value: 0.93, low: 0.915, high: 0.945 } },
    { value: 5, estimate: { value: 0.95, low: 0.937, high: 0.963 } },
    { value: 6, estimate: { value: 0.955, low: 0.942, high: 0.968 } },
  ],
  current: 3,
  xLabel: 'on-call engineers',
  yLabel: 'chance the RTO is met',
  format: (n) => `${n}`,
};

export const sensitivity: TornadoData = {
  baseline: 99.62,
  xLabel: 'availability',
  format: pct,
  rows: [
    {
      id: 'db-mttr',
      label: 'DB-1 repair time',
      lowInput: '1 h',
      highInput: '8 h',
      low: 99.78,
      high: 99.21,
    },
    {
      id: 'app-mtbf',
      label: 'App server time between failures',
      lowInput: '500 h',
      highInput: '4000 h',
      low: 99.41,
      high: 99.7,
    },
    {
      id: 'failover',
      label: 'Failover time',
      lowInput: '5 min',
      highInput: '30 min',
      low: 99.66,
      high: 99.55,
    },
    {
      id: 'restore',
      label: 'Backup restore rate',
      lowInput: '50 GB/h',
      highInput: '200 GB/h',
      low: 99.6,
      high: 99.63,
    },
    {
      id: 'lb',
      label: 'Load balancer repair time',
      lowInput: '15 min',
      highInput: '2 h',
      low: 99.62,
      high: 99.62,
    },
  ],
};
