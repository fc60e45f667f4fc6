/**
 * The command line keeps a scenario it has read and checked beside its build
 * (src/cli/scenario-store.ts): it is given back for the same text under the same name only,
 * only plain data is kept, a damaged file is read again, and the built simulate prints the same
 * report whether the scenario comes from the store or from the file, reads an edited file
 * afresh (even one edited to the same length), and finds a bad file's errors every time.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model.ts';
import { scenarioStore } from '../../src/cli/scenario-store.ts';
import { runCli } from '../support/cli.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'scenario-store-'));
const scenario = { name: 'Made up', horizon: 86_400_000 } as unknown as Scenario;
const warning = { path: ['foo'], message: 'unknown key "foo" is ignored', line: 3, column: 1 };

describe("the command line's store of read scenarios", () => {
  it('gives a scenario back for the same text under the same name only', () => {
    const store = scenarioStore(folder(), '1');
    store.set('a.yaml', 'text: 1', { scenario, warnings: [warning as never] });
    expect(store.get('a.yaml', 'text: 1')).toEqual({ scenario, warnings: [warning] });
    expect(store.get('a.yaml', 'text: 2')).toBeNull(); // edited, to the same length
    store.set('a.yaml', 'text: 2', { scenario, warnings: [] }); // the edit replaces it
    expect(store.get('a.yaml', 'text: 2')).not.toBeNull();
    expect(store.get('a.yaml', 'text: 1')).toBeNull();
    expect(store.get('b.yaml', 'text: 1')).toBeNull(); // another name (messages name the file)
    expect(scenarioStore(folder(), '2').get('a.yaml', 'text: 1')).toBeNull(); // another build
  });

  it('keeps the newest scenarios only, so that a file edited run after run does not fill the folder', () => {
    const dir = folder();
    const store = scenarioStore(dir, '1', process, 3);
    const text = (i: number) => `text: ${'x'.repeat(i)}`; // each edit changes the length
    for (let i = 0; i < 5; i++) store.set('a.yaml', text(i), { scenario, warnings: [] });
    expect(readdirSync(dir)).toHaveLength(3);
    expect(store.get('a.yaml', text(4))).not.toBeNull();
    expect(store.get('a.yaml', text(0))).toBeNull();
  });

  it('keeps shared objects shared and only plain data, and reads a damaged file as nothing kept', () => {
    const dir = folder();
    const store = scenarioStore(dir, '1');
    const calendar = { weekly: [] };
    const shared = { calendar, services: [{ calendar }], horizon: Infinity } as unknown as Scenario;
    store.set('s.yaml', 'text: 0', { scenario: shared, warnings: [] });
    const back = store.get('s.yaml', 'text: 0')!.scenario as unknown as typeof shared & {
      calendar: object;
      services: { calendar: object }[];
    };
    expect(back).toEqual(shared);
    expect(back.services[0]!.calendar).toBe(back.calendar); // caches keyed by it still hit
    class Odd {
      readonly x = 1;
    }
    const odd = { ...scenario, extra: new Odd() } as unknown as Scenario; // would come back a plain object
    store.set('a.yaml', 'text: 1', { scenario: odd, warnings: [] });
    expect(store.get('a.yaml', 'text: 1')).toBeNull();
    store.set('a.yaml', 'text: 1', { scenario, warnings: [] });
    for (const file of readdirSync(dir)) writeFileSync(join(dir, file), 'damaged');
    expect(store.get('a.yaml', 'text: 1')).toBeNull();
  });

  it('leaves the built simulate’s report as it is, reads an edited file afresh, and finds errors every time', () => {
    const dir = folder();
    const file = join(dir, 'bank.yaml');
    const bank = readFileSync('scenarios/bank-money-transfer.yaml', 'utf8');
    writeFileSync(file, bank);
    const args = [file, '--json'];
    const first = runCli('simulate', ...args);
    expect(first.code).toBe(0);
    expect(runCli('simulate', ...args).stdout).toBe(first.stdout); // from the store
    expect(runCli('simulate', ...args, '--seed', '2').stdout).toBe(
      runCli('simulate', 'scenarios/bank-money-transfer.yaml', '--json', '--seed', '2').stdout,
    );
    // The same length, another horizon: read again, not taken from the store.
    const edited = bank.replace(/^horizon: 365d$/m, 'horizon: 300d');
    expect(edited).not.toBe(bank);
    expect(edited).toHaveLength(bank.length);
    writeFileSync(file, edited);
    const afresh = runCli('simulate', ...args);
    expect(afresh.code).toBe(0);
    expect(afresh.stdout).toContain('"horizon": "300d"');
    // A bad file is never kept: its errors come each time.
    writeFileSync(file, edited.replace(/^horizon: 300d$/m, 'horizon: 300x'));
    for (let i = 0; i < 2; i++) {
      const bad = runCli('simulate', ...args);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/bank\.yaml:\d+:\d+ error horizon/);
    }
  });
});
