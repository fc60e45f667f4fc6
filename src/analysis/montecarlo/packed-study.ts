/**
 * A worker's part of a study on its way to the pool: its JSON without the histograms, and each
 * histogram's own two typed arrays (counts and first runs, 8,194 bins each): moved by the
 * browser's workers (postMessage's transfer list), copied whole by Node's threads (a detached
 * buffer slows every later typed-array access of a thread in Node's V8: montecarlo-thread.ts). Its JSON form is a list of [bin, count, run] arrays a
 * measure (~600 small arrays an answer of the bank): each had to be cloned into the page, read
 * and dropped, and the study's histograms made anew (six pairs of 8,194-bin arrays a service),
 * all on the page's main thread, beside the busy workers. The pool now takes the arrays as they
 * are, after the same checks `fromJSON` makes; the aggregate is the same, byte for byte.
 */
import { LogHistogram, BIN_COUNT } from './log-histogram.ts';
import { COUNTS, MEASURES, ServiceAggregate, SCALES, type MeasureName } from './aggregate.ts';
import { Measure } from './measure.ts';
import { Moments } from './moments.ts';
import { FORMAT, StudyAggregate, type StudyJson } from './study-aggregate.ts';

export interface PackedStudy {
  /** The part as `toJSON` gives it, every histogram left empty (`[]`). */
  readonly json: StudyJson;
  /** Per service, per measure in MEASURES order: the histogram's counts. */
  readonly counts: readonly Float64Array[];
  /** Likewise, each bin's first run (-1: none). */
  readonly firstRuns: readonly Int32Array[];
}

/**
 * The part packed; its histograms' arrays go with it, not copied (`transfer` lists their
 * buffers, for a caller that moves them), so `study` must not be used after.
 */
export function packStudy(study: StudyAggregate): { packed: PackedStudy; transfer: ArrayBuffer[] } {
  const counts: Float64Array[] = [];
  const firstRuns: Int32Array[] = [];
  const services = study.services.map((s) => {
    const measures = {} as Record<
      MeasureName,
      { moments: ReturnType<Moments['toJSON']>; histogram: [] }
    >;
    for (const k of MEASURES) {
      const m = s.measures[k];
      measures[k] = { moments: m.moments.toJSON(), histogram: [] };
      counts.push(m.histogram.counts);
      firstRuns.push(m.histogram.firstRuns);
    }
    return { ...s.identity, counts: { ...s.counts }, measures };
  });
  const json: StudyJson = {
    format: FORMAT,
    ...study.header,
    ranges: study.ranges.map(([a, b]) => [a, b]),
    services,
  };
  const transfer = [...counts, ...firstRuns].map((a) => a.buffer as ArrayBuffer);
  return { packed: { json, counts, firstRuns }, transfer };
}

/** A histogram over a packed pair of arrays, checked as `LogHistogram.checkJSON` checks bins. */
function histogramOf(counts: unknown, firstRuns: unknown, where: string): LogHistogram {
  if (
    !(counts instanceof Float64Array) ||
    !(firstRuns instanceof Int32Array) ||
    counts.length !== BIN_COUNT ||
    firstRuns.length !== BIN_COUNT
  )
    throw new TypeError(`${where}: the histogram is not ${BIN_COUNT} bins`);
  let total = 0;
  let lowest = BIN_COUNT;
  let highest = -1;
  for (let i = 0; i < BIN_COUNT; i++) {
    const c = counts[i]!;
    const run = firstRuns[i]!;
    if (c === 0 && run === -1) continue;
    if (!Number.isInteger(c) || c < 0)
      throw new TypeError(`${where}: histogram bin ${i} (count ${c}) is not valid`);
    if (run < -1)
      throw new TypeError(`${where}: histogram bin ${i}: first run ${run} is not a run index`);
    total += c;
    if (i < lowest) lowest = i;
    highest = i;
  }
  const h = new LogHistogram(counts, firstRuns);
  h.total = total;
  h.lowest = lowest;
  h.highest = highest;
  return h;
}

/**
 * The part as a StudyAggregate (to `StudyAggregate.adopt` or `merge`): what `fromJSON` of its
 * full JSON gives, with the same checks (a different message names a bad packed histogram).
 */
export function unpackStudy({ json, counts, firstRuns }: PackedStudy): StudyAggregate {
  const measures = MEASURES.length;
  if (counts.length !== json.services.length * measures || firstRuns.length !== counts.length)
    throw new TypeError(
      `the part has ${counts.length} histograms for ${json.services.length} services`,
    );
  const services: ServiceAggregate[] = [];
  const { header, ranges } = StudyAggregate.checkPart(json, (s) => {
    const k = services.length;
    for (const name of COUNTS) {
      const v = s.counts[name];
      if (!Number.isInteger(v) || v < 0)
        throw new TypeError(`service ${s.service}: count ${name} is missing or not a whole number`);
    }
    const built = {} as Record<MeasureName, Measure>;
    MEASURES.forEach((name, m) => {
      const where = `service ${s.service}, ${name}`;
      if (!s.measures[name])
        throw new TypeError(`service ${s.service}: measure ${name} is missing`);
      const moments = Moments.fromJSON(s.measures[name].moments, SCALES[name]);
      const histogram = histogramOf(counts[k * measures + m], firstRuns[k * measures + m], where);
      if (moments.n !== histogram.total)
        throw new TypeError(
          'a measure counts a different number of runs in its moments and histogram',
        );
      built[name] = new Measure(SCALES[name], moments, histogram);
    });
    const { service, name, target, currency } = s;
    services.push(
      new ServiceAggregate({ service, name, target, currency }, { ...s.counts }, built),
    );
  });
  return new StudyAggregate(header, ranges, services);
}
