import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync, type CliResult } from '../support/cli.ts';
import { studyFileText, type StudyJson } from '../../src/analysis/montecarlo/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'montecarlo-cli-'));
const bank = 'scenarios/bank-money-transfer.yaml';

type Result = CliResult;

const cli = runCliAsync;
const montecarlo = (...args: string[]) => cli('montecarlo', ...args);
const merge = (...args: string[]) => cli('montecarlo-merge', ...args);
const file = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(file(name), 'utf8');

describe('npm run montecarlo and montecarlo:merge', () => {
  const study = [bank, '--runs', '40', '--seed', '7'];
  let one: Result;
  let two: Result;
  beforeAll(async () => {
    const shards = [
      montecarlo(...study, '--workers', '2', '--shard', '1/2', '--out', file('s1.json')),
      montecarlo(...study, '--workers', '1', '--shard', '2/2', '--out', file('s2.json')),
    ];
    [one, two] = await Promise.all([
      montecarlo(...study, '--json', '--workers', '1', '--out', file('one.json')),
      montecarlo(...study, '--json', '--workers', '2', '--out', file('two.json')),
    ]);
    for (const r of await Promise.all(shards)) expect(r.code).toBe(0);
  }, 30_000);

  it('gives byte-identical results with 1 and 2 workers', () => {
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(read('two.json')).toBe(read('one.json'));
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr).toMatch(/^40 runs in [\d.]+ s \(.* runs\/s, 1 worker\)\n/);
    const estimates = JSON.parse(one.stdout) as {
      runs: number;
      injects: string;
      services: {
        service: string;
        availability: { value: number; low: number; high: number };
        planSlowerThanRto: { value: number; low: number; high: number };
      }[];
    };
    expect(estimates.runs).toBe(40);
    expect(estimates.injects).toBe('none');
    const transfers = estimates.services[0]!;
    expect(transfers.service).toBe('transfers');
    expect(transfers.availability.low).toBeLessThanOrEqual(transfers.availability.value);
    expect(transfers.availability.high).toBeLessThanOrEqual(1);
    const slower = transfers.planSlowerThanRto;
    expect(slower.low).toBeLessThanOrEqual(slower.value);
    expect(slower.high).toBeGreaterThanOrEqual(slower.value);
  });

  it('merges shards, in any order, into the aggregate of one run of all and prints the report', async () => {
    const merged = await merge(file('s2.json'), file('s1.json'), '--out', file('m.json'));
    expect(merged.code).toBe(0);
    expect(merged.stderr).toBe('');
    expect(read('m.json')).toBe(read('one.json'));
    const report = merged.stdout;
    expect(report).toContain('Monte Carlo: Bank money transfer, 40 of 40 runs (runs 0-39)');
    expect(report).toContain('\nInjects: none, random failures only (--with-injects adds');
    expect(report).toMatch(/Availability in agreed hours\s+\d+\.\d{4} % \[/);
    for (const row of ['Target met', 'Any RTO breach', 'Any MTPD breach', 'Cost', 'Longest outage'])
      expect(report).toContain(row);
    expect(report).toMatch(
      /Plan slower than RTO\s+\d+\.\d\d % \[\d+\.\d\d %, \d+\.\d\d %\]\s+share of runs; also outside agreed hours, where it is no breach/,
    );
    expect(report).toMatch(/95th percentile EUR [\d,]+ \[/);
    expect(report).toMatch(/Downtime in agreed hours per run \(runs\)\n\s+none\s+\d+/);
  }, 30_000);

  it('refuses shards whose runs overlap with exit code 2', async () => {
    const twice = await merge(file('s1.json'), file('s1.json'));
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(
      /s1\.json cannot be merged with .*s1\.json: runs 0-19 overlap runs 0-19: these runs would be counted twice/,
    );
  }, 30_000);

  it('refuses a merge with missing runs, naming them, unless --allow-partial, which says so loudly', async () => {
    const [refused, partial, json] = await Promise.all([
      merge(file('s1.json'), '--out', file('partial.json')),
      merge(file('s1.json'), '--allow-partial'),
      merge(file('s1.json'), '--allow-partial', '--json'),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /^Refused: runs 20-39 missing: 20 of the 40 planned runs \(the files cover 0-19\)\.\nMerge the shards of the missing runs too .*--allow-partial/,
    );
    expect(existsSync(file('partial.json'))).toBe(false);
    expect(partial.code).toBe(0);
    expect(partial.stderr).toBe(
      'warning: partial study: runs 20-39 missing: 20 of the 40 planned runs (the files cover 0-19)\n',
    );
    expect(partial.stdout).toContain(
      '\nPARTIAL: runs 20-39 missing (20 of 40 planned runs); every figure below is of runs 0-19 only.\n',
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ runs: 20, plannedRuns: 40, missing: '20-39' });
  }, 30_000);

  it('refuses, with exit code 2 and the file named, a shard changed after it was written or with bad services', async () => {
    const text = read('s2.json');
    const at = text.indexOf('"targetMet":') + 12;
    writeFileSync(file('changed.json'), `${text.slice(0, at)}9${text.slice(at)}`);
    const json = JSON.parse(text) as StudyJson & { digest?: string };
    delete json.digest;
    const renamed = {
      ...json,
      services: json.services.map((x) => ({ ...x, service: `${x.service}-2` })),
    };
    writeFileSync(file('renamed.json'), studyFileText(renamed));
    writeFileSync(file('empty.json'), studyFileText({ ...json, services: [] }));
    const [changed, renamedMerge, empty] = await Promise.all([
      merge(file('s1.json'), file('changed.json')),
      merge(file('s1.json'), file('renamed.json')),
      merge(file('s1.json'), file('empty.json')),
    ]);
    for (const r of [changed, renamedMerge, empty]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    expect(changed.stderr).toBe(
      `${file('changed.json')}: its content digest does not match: the file was changed after it was written\nNothing was merged.\n`,
    );
    expect(renamedMerge.stderr).toBe(
      `${file('renamed.json')} cannot be merged with ${file('s1.json')}: different services: one has transfers, the other transfers-2.\nNothing was merged.\n`,
    );
    expect(empty.stderr).toBe(
      `${file('empty.json')}: services: a study has at least one service\nNothing was merged.\n`,
    );
  }, 30_000);

  it('refuses --out into a folder that does not exist before running anything', async () => {
    const [study, merged] = await Promise.all([
      montecarlo(bank, '--runs', '1000000', '--workers', '1', '--out', join(dir, 'nope', 'x.json')),
      merge(file('s1.json'), file('s2.json'), '--out', join(dir, 'nope', 'm.json')),
    ]);
    for (const r of [study, merged]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      // No progress, no "N runs in T s" line: nothing ran.
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toContain(
        `: the folder ${join(dir, 'nope')} does not exist. Create it first (mkdir -p ${join(dir, 'nope')}) or choose another path; nothing was run.`,
      );
    }
    expect(study.stderr).toMatch(/^--out .*nope\/x\.json: /);
    const folder = await montecarlo(bank, '--runs', '5', '--out', dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`--out ${dir}: that is a folder; give a file name`);
  }, 30_000);

  it('--with-injects keeps the scripted injects in every run, says so, and cannot merge with a default shard', async () => {
    const [kept, text] = await Promise.all([
      montecarlo(
        ...study,
        '--with-injects',
        '--json',
        '--workers',
        '1',
        '--shard',
        '2/2',
        '--out',
        file('w2.json'),
      ),
      montecarlo(...study, '--with-injects', '--workers', '1'),
    ]);
    expect(kept.code).toBe(0);
    const estimates = JSON.parse(kept.stdout) as { injects: string };
    expect(estimates.injects).toBe('scripted');
    expect((JSON.parse(read('one.json')) as { injects: string }).injects).toBe('none');
    expect((JSON.parse(one.stdout) as { injects: string }).injects).toBe('none');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "\nInjects: the scenario's scripted injects in every run, with the random failures (--with-injects).\n",
    );
    // Every run has DB-1's failure on 5 January and both app servers' at 15:30 on 7 January.
    expect(text.stdout).toMatch(/Outages per run\s+[\d.]+ \[.*most \d/);
    const mixed = await merge(file('s1.json'), file('w2.json'));
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain(
      'w2.json cannot be merged with ' +
        file('s1.json') +
        ": different settings: one has random failures only (scripted injects left out), the other random failures and the scenario's scripted injects in every run.",
    );
    expect(mixed.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('run i of a study is npm run simulate -- --seed S:run:i, --without-injects unless the study kept them', async () => {
    const [study, kept, run, runKept] = await Promise.all([
      montecarlo(bank, '--runs', '1', '--seed', '7', '--workers', '1', '--json'),
      montecarlo(bank, '--runs', '1', '--seed', '7', '--workers', '1', '--json', '--with-injects'),
      cli('simulate', bank, '--seed', '7:run:0', '--without-injects', '--json'),
      cli('simulate', bank, '--seed', '7:run:0', '--json'),
    ]);
    type Study = { services: { cost: { mean: { value: number } }; outages: { max: number } }[] };
    type Run = { services: { cost: number; outages: unknown[] }[] };
    const pairs: [Study, Run][] = [
      [JSON.parse(study.stdout) as Study, JSON.parse(run.stdout) as Run],
      [JSON.parse(kept.stdout) as Study, JSON.parse(runKept.stdout) as Run],
    ];
    for (const [s, r] of pairs) {
      // the study's figures are to the cent
      expect(s.services[0]!.cost.mean.value).toBeCloseTo(r.services[0]!.cost, 2);
      expect(s.services[0]!.outages.max).toBe(r.services[0]!.outages.length);
    }
    // The scripted failures of 5 and 7 January are the difference.
    expect(pairs[1]![1].services[0]!.outages.length).toBeGreaterThan(
      pairs[0]![1].services[0]!.outages.length,
    );
  }, 30_000);

  it('exits 2 with a readable message for bad input', async () => {
    writeFileSync(file('junk.json'), '{"format":"something else"}');
    const [missing, runs, shard, junk] = await Promise.all([
      montecarlo('scenarios/nope.yaml'),
      montecarlo(bank, '--runs', 'many'),
      montecarlo(bank, '--shard', '3/2', '--out', file('z.json')),
      merge(file('junk.json')),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.yaml: no such file/);
    expect(runs.code).toBe(2);
    expect(runs.stderr).toMatch(/--runs takes a whole number from 1 to 1000000, not "many"/);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toMatch(/--shard takes K\/N with 1 ≤ K ≤ N/);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toMatch(
      /junk\.json: not a Monte Carlo aggregate \(format "something else"/,
    );
    for (const r of [missing, runs, shard, junk]) expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('npm run montecarlo --variant and --compare', () => {
  const study = [bank, '--runs', '40', '--seed', '3', '--workers', '1'];

  it('--compare --with-injects --json runs the baseline and every variant on the same seeds', async () => {
    // With the scripted injects, as before they were left out by default: the 7 January rebuild
    // of both app servers is slower than a 1 h RTO in every run (after 16:00: no breach).
    const [json, text] = await Promise.all([
      montecarlo(...study, '--compare', '--with-injects', '--json'),
      montecarlo(...study, '--compare', '--with-injects'),
    ]);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as {
      runs: number;
      masterSeed: string;
      variants: {
        name: string;
        comparison: {
          runs: number;
          services: {
            newlyBreached: string[];
            metrics: { metric: string; delta: number; significant: boolean }[];
          }[];
        };
      }[];
    };
    expect(out).toMatchObject({ runs: 40, masterSeed: '3', injects: 'scripted' });
    expect(out.variants.map((v) => v.name)).toEqual(['hours-08-18', 'rto-1h', 'one-database']);
    const rto = out.variants[1]!.comparison.services[0]!;
    // A tighter RTO never means fewer breaches on the same seeds. (The bank's demonstration
    // outage of 7 January runs past 1 h only after the agreed hours close: no business breach.)
    expect(rto.metrics.find((m) => m.metric === 'rtoBreach')!.delta).toBeGreaterThanOrEqual(0);
    expect(rto.metrics.find((m) => m.metric === 'planSlowerThanRto')).toMatchObject({
      variant: 1,
      significant: true,
    });
    // A line per study as it completes: rto-1h differs from the baseline only in its RTO, so it
    // is measured from the baseline's runs and completes with it (shared-runs.ts).
    // It has no time of its own, so its line gives no rate: it says whose runs it was measured on.
    expect(json.stderr).toMatch(
      /^baseline: 40 runs in .*\nrto-1h: 40 runs, measured on the runs of baseline \(the scenarios differ at most in RTO, RPO or MTPD\)\n/,
    );
    expect(json.stderr).toMatch(/\nhours-08-18: 40 runs in .*\none-database: 40 runs in /);
    // The total's rate counts the runs simulated (three studies' worth), then the shared ones.
    expect(json.stderr).toMatch(/\nall: 120 runs in .*; and 40 more measured on those runs\n/);

    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'Change impact: Bank money transfer, baseline and 3 variant(s), 40 runs each on the same seeds',
    );
    expect(text.stdout).toMatch(/\n\s+baseline\s+hours-08-18\s+rto-1h\s+one-database\n/);
    expect(text.stdout).toMatch(/Any RTO breach\s+[\d.]+ %\s+.*\(Δ [+-]?[\d.]+ pp\)/);
    expect(text.stdout).toContain("\nInjects: the scenario's scripted injects in every run");
    expect(text.stdout).toMatch(
      /Plan slower than RTO\s+[\d.]+ %\s+.*100\.00 % \(Δ \+[\d.]+ pp\) \*/,
    );
  }, 30_000);

  it('--compare leaves the scripted injects out by default: rto-1h no longer slower than its RTO in every run', async () => {
    const json = await montecarlo(...study, '--compare', '--json');
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as {
      injects: string;
      variants: {
        name: string;
        comparison: {
          injects: string;
          services: { metrics: { metric: string; variant: number }[] }[];
        };
      }[];
    };
    expect(out.injects).toBe('none');
    const rto = out.variants.find((v) => v.name === 'rto-1h')!.comparison;
    expect(rto.injects).toBe('none');
    for (const metric of ['rtoBreach', 'planSlowerThanRto'])
      expect(rto.services[0]!.metrics.find((m) => m.metric === metric)!.variant).toBeLessThan(0.5);
  }, 30_000);

  it('--variant NAME studies that variant instead of the baseline', async () => {
    const [rto, base] = await Promise.all([
      montecarlo(...study, '--variant', 'rto-1h', '--with-injects', '--json'),
      montecarlo(...study, '--with-injects', '--json'),
    ]);
    expect(rto.code).toBe(0);
    expect(base.code).toBe(0);
    type Share = { value: number };
    type Out = { runs: number; services: { rtoBreach: Share; planSlowerThanRto: Share }[] };
    const v = JSON.parse(rto.stdout) as Out;
    const b = JSON.parse(base.stdout) as Out;
    expect(v.runs).toBe(40);
    // A 1 h RTO: the 7 January rebuild of both app servers (1 h 50 min) is slower than it in
    // every run, where 2 h leave it slower in a few; breaches never fewer on the same seeds.
    expect(v.services[0]!.planSlowerThanRto.value).toBe(1);
    expect(v.services[0]!.planSlowerThanRto.value).toBeGreaterThan(
      b.services[0]!.planSlowerThanRto.value,
    );
    expect(v.services[0]!.rtoBreach.value).toBeGreaterThanOrEqual(b.services[0]!.rtoBreach.value);
  }, 30_000);

  it('exits 2 for an unknown variant (naming the known ones) and for bad combinations', async () => {
    const [unknown, both, none, shard] = await Promise.all([
      montecarlo(bank, '--runs', '5', '--variant', 'rto-2h'),
      montecarlo(bank, '--runs', '5', '--variant', 'rto-1h', '--compare'),
      montecarlo('scenarios/hospital-records.yaml', '--runs', '5', '--compare'),
      montecarlo(bank, '--runs', '5', '--compare', '--shard', '1/2', '--out', file('c.json')),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'has no variant "rto-2h"; its variants are: hours-08-18, rto-1h, one-database.',
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--compare cannot be combined with --variant/);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/has no variants to compare/);
    expect(shard.code).toBe(2);
    for (const r of [unknown, both, none, shard]) expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
