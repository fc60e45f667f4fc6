import { describe, expect, it } from 'vitest';
import { loadScenario, loadText, rememberFile } from '../../src/ui/app/load.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe('loading scenarios in the app', () => {
  it('loads a bundled scenario by its file name', () => {
    const state = loadScenario('bank-money-transfer', null);
    expect(state.kind).toBe('loaded');
    if (state.kind === 'loaded') expect(state.scenario.name).toBe('Bank money transfer');
  });

  it('names the available scenarios when the id is unknown', () => {
    const state = loadScenario('nope', null);
    expect(state).toMatchObject({ kind: 'unknown', id: 'nope' });
    if (state.kind === 'unknown') expect(state.available).toContain('bank-money-transfer');
  });

  it('generates a scenario of N components on request', () => {
    const state = loadScenario('generated-50', null);
    expect(state.kind).toBe('loaded');
    if (state.kind === 'loaded') expect(state.scenario.components).toHaveLength(50);
  });

  it('turns a bad file into lines that name the file, the place and the fix', () => {
    const state = loadText(
      'file:bad.yaml',
      'bad.yaml',
      'schema: continuity-scenario/2\nname: X\nhorizon: soon\n',
    );
    expect(state.kind).toBe('invalid');
    if (state.kind === 'invalid')
      expect(state.errors.join('\n')).toMatch(/^bad\.yaml:3:\d+ error horizon: /m);
  });

  it('keeps an opened file so that a reload finds it again', () => {
    const storage = memoryStorage();
    const text = loadScenario('bank-money-transfer', null);
    expect(text.kind).toBe('loaded');
    const id = rememberFile('mine.yaml', 'schema: continuity-scenario/2\nname: Mine\n', storage);
    expect(id).toBe('file:mine.yaml');
    expect(loadScenario(id, storage)).toMatchObject({ kind: 'invalid', fileName: 'mine.yaml' });
    expect(loadScenario('file:gone.yaml', storage).kind).toBe('unknown');
  });
});
