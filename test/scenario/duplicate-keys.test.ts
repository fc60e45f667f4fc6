import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { walkKeys } from '../../src/scenario/duplicate-keys.ts';
import { parseScenario, type LoadResult } from '../../src/scenario/index.ts';
import { BASE, withLine } from './fixtures.ts';

const errors = (r: LoadResult) => (r.ok ? [] : r.errors);
const only = (r: LoadResult) =>
  errors(r).map(({ path, line, column, message }) => ({ path, line, column, message }));

describe('keys that appear twice in one mapping', () => {
  it('parseScenario names a repeated top-level key at its second line, and where it first is', () => {
    expect(only(parseScenario(`${BASE}name: Again\n`, 'bad.yaml'))).toEqual([
      {
        path: '(file)',
        line: 45,
        column: 1,
        message: 'a key appears twice in the same mapping: "name" (first at line 2, column 1)',
      },
    ]);
  });

  it('parseScenario finds a repeated key in a mapping nested in a list (a component)', () => {
    const text = withLine(28, '    capacity: 900\n    kind: database');
    expect(only(parseScenario(text))).toEqual([
      {
        path: '(file)',
        line: 29,
        column: 5,
        message: 'a key appears twice in the same mapping: "kind" (first at line 27, column 5)',
      },
    ]);
  });

  it('parseScenario finds a repeated key in a flow mapping inside a flow list', () => {
    const text = withLine(44, '  - { at: +1h, action: fail, component: db-1, at: +2h }');
    expect(only(parseScenario(text))).toEqual([
      {
        path: '(file)',
        line: 44,
        column: 47,
        message: 'a key appears twice in the same mapping: "at" (first at line 44, column 7)',
      },
    ]);
  });

  it('the same key in two different mappings is no repetition', () => {
    const result = parseScenario(BASE);
    expect(errors(result)).toEqual([]);
    // `id`, `kind` and `capacity` appear in every component: no issue about repeated keys.
    expect(result.warnings.some((w) => w.message.includes('appears twice'))).toBe(false);
  });

  it('a merge key (<<) written twice in one mapping is a repeated key; once per mapping it is an unknown key', () => {
    const twice = `${BASE}x-defaults: &d { kind: server }\nx-one:\n  <<: *d\n  <<: *d\n`;
    expect(only(parseScenario(twice))).toEqual([
      {
        path: '(file)',
        line: 48,
        column: 3,
        message: 'a key appears twice in the same mapping: "<<" (first at line 47, column 3)',
      },
    ]);
    const once = `${BASE}x-defaults: &d { kind: server }\nx-one:\n  <<: *d\nx-two:\n  <<: *d\n`;
    const result = parseScenario(once);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(['["x-defaults"]', '["x-one"]', '["x-two"]']),
    );
  });

  it('keys that become the same property (1 and "1", 1 and 1.0) are repeated keys: one would be lost', () => {
    const text = `${BASE}x-hours:\n  1: a\n  "1": b\n  2: c\n  2.0: d\n`;
    expect(only(parseScenario(text)).map((e) => [e.line, e.message])).toEqual([
      [47, 'a key appears twice in the same mapping: "1" (first at line 46, column 3)'],
      [49, 'a key appears twice in the same mapping: "2" (first at line 48, column 3)'],
    ]);
  });

  it('parseScenario finds a repeated key in a JSON file', () => {
    const json = '{\n  "schema": "continuity-scenario/2",\n  "name": "A",\n  "name": "B"\n}\n';
    expect(only(parseScenario(json, 'x.json'))).toEqual([
      {
        path: '(file)',
        line: 4,
        column: 3,
        message: 'a key appears twice in the same mapping: "name" (first at line 3, column 3)',
      },
    ]);
  });

  it('repeated keys and syntax errors come in the order of the file', () => {
    const text = `${BASE}name: Again\nextra: [1, 2\n`;
    expect(only(parseScenario(text)).map((e) => e.line)).toEqual([45, 47]);
  });
});

describe('walkKeys: one walk for repeated keys and depth', () => {
  /** The depth of a plain value as the loader counts it: the file's mapping is level 0. */
  const depthOf = (v: unknown): number =>
    v !== null && typeof v === 'object'
      ? Object.values(v).reduce<number>((m, c) => Math.max(m, 1 + depthOf(c)), 0)
      : 0;

  it('counts the depth of a hand-written document', () => {
    const doc = parseDocument('a: 1\nb:\n  - { c: [1, [2]] }\n  - d\n', { uniqueKeys: false });
    expect(walkKeys(doc)).toEqual({ duplicates: [], depth: 5, aliases: false });
  });

  it('the depth of any document without aliases is the depth of its value (YAML and JSON)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, json) => {
        const text = json ? JSON.stringify(value) : stringify(value);
        const walk = walkKeys(parseDocument(text, { uniqueKeys: false }));
        expect(walk.depth).toBe(depthOf(value));
        expect(walk.duplicates).toEqual([]);
      }),
      { numRuns: 500, seed: 20260113 },
    );
  });

  it('says when the document holds aliases (its value may nest deeper than its text)', () => {
    const doc = parseDocument('a: &x [[[1]]]\nb: [[*x]]\n', { uniqueKeys: false });
    expect(walkKeys(doc).aliases).toBe(true);
  });
});

describe('the yaml reader reads the same scenario whichever way its value is built', () => {
  const scenarioOf = (text: string) => {
    const r = parseScenario(text, 'x.yaml', { reader: 'yaml' });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
    return r.scenario;
  };
  const written = BASE.replace(
    '    recovery: db-failover\n  - id: db-2',
    '    recovery: db-failover\n  - id: db-2\n    failure: { exponential: { mtbf: 2500h } }',
  );

  it('an anchor and an alias give the scenario written out', () => {
    const aliased = BASE.replace('failure: {', 'failure: &f {').replace(
      '    recovery: db-failover\n  - id: db-2',
      '    recovery: db-failover\n  - id: db-2\n    failure: *f',
    );
    expect(aliased).not.toBe(BASE);
    expect(scenarioOf(aliased)).toEqual(scenarioOf(written));
  });

  it('tags give the scenario written out', () => {
    const tagged = written.replaceAll('capacity: 900', 'capacity: !!int "900"');
    expect(tagged).not.toBe(written);
    expect(scenarioOf(tagged)).toEqual(scenarioOf(written));
  });
});
