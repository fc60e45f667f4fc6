/**
 * What the figures of a Monte Carlo aggregate must satisfy among themselves, whoever wrote the
 * file: run ranges inside the study's plan and disjoint; every count within the runs (and a
 * breach only in a run with an outage); each measure's moments and histogram counting the same
 * runs; its sums within min × n and max × n (so the mean lies between the best and the worst
 * run) and its variance non-negative; its histogram's bins in order, each with runs and an
 * example run of the file, its lowest and highest bins holding the smallest and largest value,
 * and its sum within what the bins allow. Each problem names the service, the field and what is
 * wrong; an aggregate that breaks none can be merged and reported on.
 */
import { COUNTS, MEASURES, SCALES, type MeasureName } from './aggregate.ts';
import { BIN_COUNT, binEdges } from './log-histogram.ts';
import { formatRange, unionRanges, type RunRange } from './seeds.ts';
import type { StudyFileJson } from './study-schema.ts';

type ServiceJson = StudyFileJson['services'][number];
type MeasureJson = ServiceJson['measures'][MeasureName];

/** Counts that need an outage in the run (an RTO or MTPD verdict is about an outage). */
const NEED_AN_OUTAGE = ['rtoBreached', 'planSlowerThanRto', 'mtpdBreached'] as const;

const show = (x: number): string =>
  Number.isFinite(x) ? Number(x.toPrecision(6)).toLocaleString('en-US') : String(x);
const runsText = (n: number): string => `${n.toLocaleString('en-US')} run${n === 1 ? '' : 's'}`;

/** Whether run `run` lies in one of the (sorted, disjoint) ranges. */
const covers = (ranges: readonly RunRange[], run: number): boolean =>
  ranges.some(([a, b]) => run >= a && run < b);

/** The ranges' problems; the runs the file says it covers (sorted, joined where they can be). */
function rangeProblems(json: StudyFileJson, problems: string[]): RunRange[] {
  const planned = json.plannedRuns;
  json.ranges.forEach(([a, b], k) => {
    if (a >= b)
      problems.push(
        `ranges[${k}]: [${a}, ${b}] holds no run (a range is [from, to) with from < to)`,
      );
    else if (b > planned)
      problems.push(
        `ranges[${k}]: runs ${formatRange([a, b])} go beyond the ${runsText(planned)} the study plans (runs ${formatRange([0, planned])})`,
      );
  });
  const written = json.ranges.filter(([a, b]) => a < b);
  try {
    return unionRanges(written);
  } catch (error) {
    problems.push(`ranges: ${(error as Error).message}`);
    return joinOverlapping(written);
  }
}

/** The runs covered by ranges that may overlap, each run once. */
function joinOverlapping(ranges: readonly RunRange[]): RunRange[] {
  const out: [number, number][] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The histogram's own problems: its bins, their counts and example runs. */
function histogramProblems(
  m: MeasureJson,
  ranges: readonly RunRange[],
  where: string,
  problems: string[],
): void {
  let previous = -1;
  let unordered = false;
  m.histogram.forEach(([bin, count, run], i) => {
    const at = `${where}.histogram[${i}]`;
    if (bin >= BIN_COUNT)
      problems.push(`${at}: bin ${bin} is beyond the last bin (${BIN_COUNT - 1})`);
    if (bin <= previous && !unordered) {
      unordered = true;
      problems.push(
        `${at}: bin ${bin} after bin ${previous} (bins come in ascending order, each once)`,
      );
    }
    if (count === 0) problems.push(`${at}: bin ${bin} counts no run (empty bins are left out)`);
    if (run !== undefined && !covers(ranges, run))
      problems.push(
        `${at}: its example run ${run} is not one of the file's runs (${ranges.length === 0 ? 'none' : ranges.map(formatRange).join(', ')})`,
      );
    previous = Math.max(previous, bin);
  });
}

/** The moments' problems against themselves and against the histogram. */
function momentProblems(m: MeasureJson, scale: number, where: string, problems: string[]): void {
  const { n, min, max } = m.moments;
  const sum = BigInt(m.moments.sum);
  const sumSq = BigInt(m.moments.sumSq);
  const total = m.histogram.reduce((t, [, c]) => t + c, 0);
  if (total !== n)
    problems.push(
      `${where}: its histogram counts ${runsText(total)}, its moments ${runsText(n)} (moments.n)`,
    );
  if (n === 0) {
    if (min !== null || max !== null || sum !== 0n || sumSq !== 0n)
      problems.push(`${where}: moments of no run must have min and max null and sums 0`);
    return;
  }
  if (min === null || max === null) {
    problems.push(`${where}: moments.min and moments.max are missing for ${runsText(n)}`);
    return;
  }
  const value = (q: number | bigint): string => show(Number(q) / scale);
  if (min < 0) problems.push(`${where}: moments.min ${value(min)} is negative (no measure is)`);
  if (min > max)
    problems.push(`${where}: moments.min ${value(min)} is above moments.max ${value(max)}`);
  if (n === 1 && min !== max)
    problems.push(
      `${where}: one run, yet moments.min ${value(min)} and moments.max ${value(max)} differ`,
    );
  const N = BigInt(n);
  const lo = BigInt(min);
  const hi = BigInt(max);
  const mean = value(Number(sum) / n);
  if (sum > hi * N)
    problems.push(
      `${where}: the mean ${mean} is above the largest value ${value(max)} (moments.sum is more than max × n)`,
    );
  else if (sum < lo * N)
    problems.push(
      `${where}: the mean ${mean} is below the smallest value ${value(min)} (moments.sum is less than min × n)`,
    );
  if (min >= 0 && (sumSq > hi * hi * N || sumSq < lo * lo * N))
    problems.push(`${where}: moments.sumSq is outside min² × n and max² × n`);
  if (N * sumSq < sum * sum)
    problems.push(`${where}: moments.sumSq is below sum² / n: the variance would be negative`);
  sketchAgainstMoments(m, scale, where, problems);
}

/**
 * The histogram bins each run's value x, the moments round it to q = round(x × scale): so
 * the lowest occupied bin holds a value within half a unit of min, the highest one of max,
 * and the sum lies within what the bins' edges allow, give or take half a unit a run.
 */
function sketchAgainstMoments(
  m: MeasureJson,
  scale: number,
  where: string,
  problems: string[],
): void {
  const bins = m.histogram.filter(([bin, count]) => bin < BIN_COUNT && count > 0);
  const { n, min, max } = m.moments;
  if (bins.length === 0 || min === null || max === null) return;
  const near = (q: number, bin: number): boolean => {
    const [lo, hi] = binEdges(bin);
    const slack = 1e-9 * Math.max(1, Math.abs(q));
    return (
      (q + 0.5) / scale >= lo * (1 - 1e-12) - slack && (q - 0.5) / scale <= hi * (1 + 1e-12) + slack
    );
  };
  const lowest = bins.reduce((b, [bin]) => Math.min(b, bin), Infinity);
  const highest = bins.reduce((b, [bin]) => Math.max(b, bin), -1);
  const edges = (bin: number): string => binEdges(bin).map(show).join(' to ');
  if (!near(min, lowest))
    problems.push(
      `${where}: the histogram's lowest bin (${edges(lowest)}) does not hold the smallest value ${show(min / scale)} (moments.min)`,
    );
  if (!near(max, highest))
    problems.push(
      `${where}: the histogram's highest bin (${edges(highest)}) does not hold the largest value ${show(max / scale)} (moments.max)`,
    );
  let low = 0;
  let high = 0;
  for (const [bin, count] of bins) {
    const [lo, hi] = binEdges(bin);
    low += count * lo * scale;
    high += count * hi * scale;
  }
  low -= 0.5 * n;
  high += 0.5 * n;
  const sum = Number(BigInt(m.moments.sum));
  const slack = 1 + 1e-9 * Math.abs(sum);
  if (sum < low - slack || sum > high + slack)
    problems.push(
      `${where}: the mean ${show(sum / n / scale)} is outside what the histogram allows (${show(Math.max(0, low) / n / scale)} to ${show(high / n / scale)})`,
    );
}

function serviceProblems(
  s: ServiceJson,
  name: string,
  runs: number,
  ranges: readonly RunRange[],
  problems: string[],
): void {
  const c = s.counts;
  if (c.runs !== runs)
    problems.push(`${name}: counts.runs is ${c.runs}, but the ranges cover ${runsText(runs)}`);
  for (const k of COUNTS)
    if (k !== 'runs' && c[k] > runs)
      problems.push(`${name}: counts.${k} is ${c[k]}, more than the ${runsText(runs)} in the file`);
  const outages = s.measures.outages;
  const withoutOutage = outages.histogram.find(([bin]) => bin === 0)?.[1] ?? 0;
  const withOutage = outages.moments.n - withoutOutage;
  for (const k of NEED_AN_OUTAGE)
    if (c[k] <= runs && c[k] > withOutage)
      problems.push(
        `${name}: counts.${k} is ${c[k]}, but only ${runsText(withOutage)} had an outage (measures.outages)`,
      );
  for (const k of MEASURES) {
    const m = s.measures[k];
    const where = `${name}: measures.${k}`;
    // Runs without agreed hours have no availability; every other measure has every run.
    if (k === 'unavailability' ? m.moments.n > runs : m.moments.n !== runs)
      problems.push(
        `${where}: moments.n is ${m.moments.n}, but the file has ${runsText(runs)}${k === 'unavailability' ? ' (at most)' : ''}`,
      );
    histogramProblems(m, ranges, where, problems);
    momentProblems(m, SCALES[k], where, problems);
  }
}

/** Every invariant the aggregate breaks, each naming its place; none for a sound file. */
export function studyProblems(json: StudyFileJson): string[] {
  const problems: string[] = [];
  const ranges = rangeProblems(json, problems);
  const runs = ranges.reduce((n, [a, b]) => n + b - a, 0);
  const seen = new Set<string>();
  json.services.forEach((s, k) => {
    const name = seen.has(s.service)
      ? `services[${k}] (service ${s.service})`
      : `service ${s.service}`;
    if (seen.has(s.service)) problems.push(`${name}: the service is listed twice`);
    seen.add(s.service);
    serviceProblems(s, name, runs, ranges, problems);
  });
  return problems;
}
