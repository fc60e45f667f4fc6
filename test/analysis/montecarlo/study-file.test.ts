/**
 * Aggregate files: written with a content digest, read back only when sound. Each tampered
 * file is re-sealed (its digest recomputed, as a careless tool or a determined hand would) so
 * that the invariant itself, not the digest, refuses it; the file is named in every refusal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergeStudyFiles,
  readStudyFile,
  runStudy,
  ShardError,
  studyDigest,
  studyFileText,
  type NamedFile,
  type StudyFileJson,
  type StudyJson,
} from '../../../src/analysis/montecarlo/index.ts';
import { BUNDLED, bundled } from '../../support/bundled.ts';
import { fixture } from './study-fixture.ts';

const RUNS = 60;
const part = (from: number, to: number, masterSeed = 'm') =>
  runStudy(fixture, { runs: RUNS, masterSeed, from, to });
const whole = part(0, RUNS);

/** A file's content, as the schema reads it, open to any edit. */
type Editable = StudyFileJson & Record<string, unknown>;

/** The whole study's file after `edit`, re-sealed, as shard-3.json. */
function tampered(edit: (json: Editable) => void, from = whole): NamedFile {
  const json = JSON.parse(studyFileText(from)) as Editable;
  delete json['digest'];
  edit(json);
  return { name: 'shard-3.json', text: studyFileText(json as StudyJson) };
}

/** What the merge says when it refuses the files (fails the test when it accepts them). */
function refusal(...files: NamedFile[]): string {
  try {
    mergeStudyFiles(files);
  } catch (error) {
    if (error instanceof ShardError) return error.message;
    throw error;
  }
  throw new Error('the files were accepted');
}

const file = (name: string, study = whole): NamedFile => ({ name, text: studyFileText(study) });

describe('the aggregate file', () => {
  it('is the aggregate’s JSON on one line with its SHA-256 content digest, and reads back unchanged', () => {
    const text = studyFileText(whole);
    expect(text).toMatch(
      /^\{"format":"continuity-montecarlo\/3",.*,"digest":"sha256:[0-9a-f]{64}"\}\n$/,
    );
    expect(text.split('\n')).toHaveLength(2);
    const read = readStudyFile(text);
    expect(JSON.stringify(read.study)).toBe(JSON.stringify(whole));
    expect(read.warnings).toEqual([]);
  });

  it('has a digest of its content, whatever the order of the keys or the spacing', () => {
    const json = JSON.parse(studyFileText(whole)) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(json).reverse());
    expect(studyDigest(reordered)).toBe(json['digest']);
    expect(readStudyFile(JSON.stringify(reordered, null, 2)).study.runs).toBe(RUNS);
  });
});

describe('merge refuses a tampered shard, naming the file and what is wrong', () => {
  it('targetMet at 3x the runs', () => {
    const bad = tampered((j) => (j.services[0]!.counts.targetMet *= 3));
    expect(refusal(bad)).toContain(
      'shard-3.json: service pay: counts.targetMet is 132, more than the 60 runs in the file',
    );
  });

  it('a range beyond the planned runs', () => {
    const bad = tampered((j) => (j.plannedRuns = 50));
    expect(refusal(bad)).toContain(
      'shard-3.json: ranges[0]: runs 0-59 go beyond the 50 runs the study plans (runs 0-49)',
    );
  });

  it('overlapping ranges, in one file or across two', () => {
    const bad = tampered(
      (j) =>
        (j.ranges = [
          [0, 40],
          [20, 60],
        ]),
    );
    expect(refusal(bad)).toBe(
      'shard-3.json: ranges: runs 20-59 overlap runs 0-39: these runs would be counted twice',
    );
    expect(refusal(file('shard-1.json', part(0, 40)), file('shard-2.json', part(20, 60)))).toBe(
      'shard-2.json cannot be merged with shard-1.json: runs 20-59 overlap runs 0-39: these runs would be counted twice.',
    );
  });

  it('missing runs are named, with what the files cover', () => {
    const merged = mergeStudyFiles([file('a.json', part(0, 20)), file('b.json', part(40, 60))]);
    expect(merged.missing).toBe(
      'runs 20-39 missing: 20 of the 60 planned runs (the files cover 0-19, 40-59)',
    );
    expect(
      mergeStudyFiles([file('a.json', part(0, 30)), file('b.json', part(30, 60))]).missing,
    ).toBeNull();
  });

  it('a histogram whose total is not the runs', () => {
    const bad = tampered((j) => (j.services[1]!.measures.downtimeMinutes.histogram[0]![1] += 1));
    expect(refusal(bad)).toContain(
      'shard-3.json: service back: measures.downtimeMinutes: its histogram counts 61 runs, its moments 60 runs (moments.n)',
    );
  });

  it('a cost sum x10: a mean above the worst run', () => {
    const bad = tampered((j) => {
      const m = j.services[0]!.measures.cost.moments;
      m.sum = String(BigInt(m.sum) * 10n);
    });
    expect(refusal(bad)).toMatch(
      /shard-3\.json: service pay: measures\.cost: the mean 582,626 is above the largest value 198,000 \(moments\.sum is more than max × n\)/,
    );
  });

  it('a quantile sketch out of order, or whose top bin is not the largest value', () => {
    const unordered = tampered((j) => j.services[0]!.measures.cost.histogram.reverse());
    expect(refusal(unordered)).toMatch(
      /shard-3\.json: service pay: measures\.cost\.histogram\[1\]: bin \d+ after bin \d+ \(bins come in ascending order, each once\)/,
    );
    const raised = tampered((j) => {
      const bins = j.services[0]!.measures.cost.histogram;
      bins[bins.length - 1]![0] += 200;
    });
    expect(refusal(raised)).toMatch(
      /shard-3\.json: service pay: measures\.cost: the histogram's highest bin \(.*\) does not hold the largest value 198,000 \(moments\.max\)/,
    );
  });

  it('a digest that does not match after one changed byte', () => {
    const text = studyFileText(whole);
    const at = text.indexOf('"sum":"') + 8;
    const changed = text.slice(0, at) + (text[at] === '1' ? '2' : '1') + text.slice(at + 1);
    expect(refusal({ name: 'shard-3.json', text: changed })).toBe(
      'shard-3.json: its content digest does not match: the file was changed after it was written',
    );
  });

  it('any one changed character anywhere in the file', () => {
    const text = studyFileText(whole);
    fc.assert(
      fc.property(
        fc.nat({ max: text.length - 2 }),
        fc.constantFrom(...'0123456789abcdefz"{}[],:-. '),
        (at, c) => {
          fc.pre(text[at] !== c);
          expect(() => readStudyFile(text.slice(0, at) + c + text.slice(at + 1))).toThrow(
            ShardError,
          );
        },
      ),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('a breach counted in runs without an outage', () => {
    const withOutage = (j: Editable): number =>
      RUNS - (j.services[0]!.measures.outages.histogram.find(([b]) => b === 0)?.[1] ?? 0);
    let expected = 0;
    const bad = tampered((j) => {
      expected = withOutage(j);
      j.services[0]!.counts.mtpdBreached = expected + 1;
    });
    expect(expected).toBeLessThan(RUNS);
    expect(refusal(bad)).toContain(
      `shard-3.json: service pay: counts.mtpdBreached is ${expected + 1}, but only ${expected} runs had an outage (measures.outages)`,
    );
  });

  it('a negative variance, and extremes out of order', () => {
    const flat = tampered((j) => (j.services[0]!.measures.downtimeMinutes.moments.sumSq = '1'));
    expect(refusal(flat)).toContain(
      'service pay: measures.downtimeMinutes: moments.sumSq is below sum² / n: the variance would be negative',
    );
    const swapped = tampered((j) => {
      const m = j.services[1]!.measures.unavailability.moments;
      [m.min, m.max] = [m.max, m.min];
    });
    expect(refusal(swapped)).toMatch(
      /service back: measures\.unavailability: moments\.min .* is above moments\.max/,
    );
  });

  it('an example run that is not one of the file’s runs', () => {
    const bad = tampered((j) => (j.services[0]!.measures.cost.histogram[0]![2] = 75), part(0, 30));
    expect(refusal(bad)).toContain(
      "shard-3.json: service pay: measures.cost.histogram[0]: its example run 75 is not one of the file's runs (0-29)",
    );
  });

  it('a file without services, with a renamed service, or with a field of the wrong type', () => {
    expect(refusal(tampered((j) => (j.services = [])))).toBe(
      'shard-3.json: services: a study has at least one service',
    );
    const renamed = tampered((j) => (j.services[1]!.service = 'payments'), part(30, 60));
    expect(refusal(file('shard-1.json', part(0, 30)), renamed)).toBe(
      'shard-3.json cannot be merged with shard-1.json: different services: one has pay, back, the other pay, payments.',
    );
    expect(
      refusal(tampered((j) => ((j.services[0]!.counts as Record<string, unknown>)['runs'] = '60'))),
    ).toContain('shard-3.json: services[0].counts.runs: expected a whole number');
    expect(refusal(tampered((j) => (j['extra'] = 1)))).toMatch(
      /shard-3\.json: the file: .*"extra"/,
    );
  });

  it('a file whose digest was removed, not JSON, or of another format', () => {
    const json = JSON.parse(studyFileText(whole)) as Record<string, unknown>;
    delete json['digest'];
    expect(refusal({ name: 's.json', text: JSON.stringify(json) })).toBe(
      's.json: it has no content digest ("digest"), which every continuity-montecarlo/3 file has: the file was changed after it was written',
    );
    expect(refusal({ name: 's.json', text: '{"format":' })).toMatch(/^s\.json: not JSON \(/);
    expect(refusal({ name: 's.json', text: '[1]' })).toBe(
      's.json: not a Monte Carlo aggregate: the file holds no JSON object',
    );
    expect(refusal({ name: 's.json', text: '{"format":"continuity-montecarlo/1"}' })).toMatch(
      /earlier version .* run the study again/,
    );
  });
});

describe('files of the previous version (continuity-montecarlo/2, without a digest)', () => {
  it('are read with a warning naming the file, and still checked', () => {
    const json = JSON.parse(studyFileText(whole)) as Editable;
    delete json['digest'];
    json['format'] = 'continuity-montecarlo/2';
    const merged = mergeStudyFiles([{ name: 'old.json', text: JSON.stringify(json) }]);
    expect(JSON.stringify(merged.study)).toBe(JSON.stringify(whole));
    expect(merged.warnings).toEqual([
      'old.json: written by an earlier version (continuity-montecarlo/2) without a content digest: its figures were checked against each other, but a changed figure cannot be detected; run its shard again for a sealed file',
    ]);
    json.services[0]!.counts.targetMet = 999;
    expect(refusal({ name: 'old.json', text: JSON.stringify(json) })).toContain(
      'old.json: service pay: counts.targetMet is 999',
    );
  });
});

describe('every genuine aggregate is sound', () => {
  it('any split of any study into shards reads back and merges into the whole', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 6 }),
        fc.uniqueArray(fc.integer({ min: 1, max: RUNS - 1 }), { maxLength: 4 }),
        (seed, cuts) => {
          const edges = [0, ...cuts.sort((a, b) => a - b), RUNS];
          const files = edges
            .slice(1)
            .map((to, k) => file(`s${k}.json`, part(edges[k]!, to, seed)));
          const merged = mergeStudyFiles(files.reverse());
          expect(merged.missing).toBeNull();
          expect(studyFileText(merged.study)).toBe(studyFileText(part(0, RUNS, seed)));
        },
      ),
      { numRuns: 12, seed: 7 },
    );
  });

  it('each bundled scenario’s study, with and without its injects', () => {
    for (const name of BUNDLED)
      for (const injects of ['none', 'scripted'] as const) {
        const study = runStudy(bundled(name), { runs: 40, masterSeed: name, injects });
        expect(readStudyFile(studyFileText(study)).warnings).toEqual([]);
      }
  });
});
