import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runData } from '../../src/analysis/run-data.ts';
import { plainDataProblem, prebuiltModule } from '../../src/build/prebuilt-scenarios.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { prebuiltLoader } from '../../src/workers/prebuilt-loaders.ts';

const folder = join(import.meta.dirname, '..', '..', 'scenarios');
const files = readdirSync(folder).filter((f) => /\.(ya?ml|json)$/.test(f));

describe('the bundled scenarios read at build time', () => {
  it('has one for every bundled scenario, by its id, and none for another id', () => {
    for (const file of files)
      expect(prebuiltLoader(file.replace(/\.(ya?ml|json)$/, '')), file).toBeDefined();
    expect(prebuiltLoader('no-such-scenario')).toBeUndefined();
    expect(prebuiltLoader('toString')).toBeUndefined();
  });

  it.each(files)('gives %s exactly as the reader reads its text (scenario, variants, warnings)', async (file) => {
    const read = parseScenario(readFileSync(join(folder, file), 'utf8'), file);
    if (!read.ok) throw new Error(`${file} does not parse`);
    const { default: prebuilt } = await prebuiltLoader(file.replace(/\.(ya?ml|json)$/, ''))!();
    expect(prebuilt).toStrictEqual({
      scenario: read.scenario,
      variants: read.variants,
      warnings: read.warnings,
    });
  });

  it("runs the bank's reading to the same fingerprint as the reader's own", async () => {
    const read = parseScenario(readFileSync(join(folder, 'bank-money-transfer.yaml'), 'utf8'));
    if (!read.ok) throw new Error('the bank does not parse');
    const { default: prebuilt } = await prebuiltLoader('bank-money-transfer')!();
    const run = (scenario: typeof read.scenario) =>
      runData({ scenario, seed: '1', injects: [], effect: true }).fingerprint;
    expect(run(prebuilt!.scenario)).toBe(run(read.scenario));
  });

  it('leaves out a text the reader refuses (the page reads it and shows its errors)', async () => {
    expect(await prebuiltModule('broken.yaml', 'name: [')).toBeNull();
  });
});

describe('what JSON carries exactly', () => {
  it('is plain data: strings, finite numbers, booleans, null, arrays and plain objects', () => {
    expect(plainDataProblem({ a: [1, 'x', true, null, { b: 2.5 }], c: {} })).toBeNull();
  });

  it('names the place of anything else', () => {
    expect(plainDataProblem({ a: { b: Infinity } })).toBe('$.a.b is Infinity');
    expect(plainDataProblem({ a: [1, NaN] })).toBe('$.a[1] is NaN');
    expect(plainDataProblem({ a: -0 })).toBe('$.a is -0');
    expect(plainDataProblem({ a: undefined })).toBe('$.a is undefined');
    expect(plainDataProblem({ a: new Map() })).toBe('$.a is Map');
    expect(plainDataProblem({ a: new Date(0) })).toBe('$.a is Date');
    expect(plainDataProblem({ a: () => 1 })).toBe('$.a is function');
    // eslint-disable-next-line no-sparse-arrays
    expect(plainDataProblem([1, , 3])).toBe('$[1] is a hole');
  });
});
