import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editedBankText, FUZZ_RUNS, mutatedBank } from '../../src/cli/fuzz-inputs.ts';
import {
  bankJsonWithKeys,
  bankWithKeys,
  bankWithNestedKeys,
  scenarioAtLimits,
} from '../../src/cli/large-inputs.ts';
import { readFast } from '../../src/scenario/fast/read-fast.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { PathSegment } from '../../src/scenario/issues.ts';
import { locate } from '../../src/scenario/locate.ts';
import { looksLikeJson, readYaml } from '../../src/scenario/read-yaml.ts';
import { readText } from '../../src/scenario/read-text.ts';
import { BASE, withLine } from './fixtures.ts';
import { FUZZ_TIMEOUT } from './fuzz-helpers.ts';
import { editedPlainYaml, plainJson, plainYaml } from './plain-yaml.ts';

/** Paths to every node of a value, each followed by a key and an index that are not there. */
function pathsOf(value: unknown, limit = 300): PathSegment[][] {
  const paths: PathSegment[][] = [];
  const stack: [unknown, PathSegment[]][] = [[value, []]];
  while (stack.length > 0 && paths.length < limit) {
    const [node, path] = stack.pop()!;
    paths.push(path, [...path, 'not-there'], [...path, 99]);
    if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node))
        stack.push([v, [...path, Array.isArray(node) ? Number(k) : k]]);
  }
  return paths;
}

/** How often the fast reader read generated text (not edited) and located its nodes itself. */
const tally = { fast: 0, yaml: 0, located: 0, deferred: 0 };
const edited = { ...tally };

/**
 * The fast reader reads the text as the yaml library does, or leaves it to it: the same value
 * (deep and strict: key order, numbers, strings, null), and every node located at the same
 * line and column, as node and as key.
 */
function agree(text: string, fileName?: string, counts = tally): void {
  const slow = readYaml(text, fileName);
  const fast = readFast(text, looksLikeJson(text, fileName));
  if (fast === null) {
    counts.yaml++;
    return;
  }
  counts.fast++;
  if (fast.duplicates.length > 0) {
    // A key written twice: refused with the same issues, at the same places.
    expect(readText(text, fileName)).toStrictEqual(slow);
    return;
  }
  expect(slow.ok, `the yaml library refuses what js-yaml read:\n${text}`).toBe(true);
  if (!slow.ok) return;
  expect(fast.value).toStrictEqual(slow.value);
  expect(Object.keys(fast.value ?? {})).toEqual(Object.keys(slow.value ?? {}));
  for (const path of pathsOf(slow.value))
    for (const atKey of [false, true]) {
      const here = fast.locator.locate(path, atKey);
      if (here === null) {
        counts.deferred++;
        continue;
      }
      counts.located++;
      expect(here, `${JSON.stringify(path)} ${atKey}\n${text}`).toEqual(
        locate(slow.doc, slow.lineCounter, path, atKey),
      );
    }
}

/** parseScenario through the fast reader and through the yaml library: the same result, issue for issue. */
function sameResult(text: string, fileName?: string): void {
  expect(parseScenario(text, fileName)).toStrictEqual(
    parseScenario(text, fileName, { reader: 'yaml' }),
  );
}

const bundled = readdirSync(new URL('../../scenarios/', import.meta.url))
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => ({
    name: f,
    text: readFileSync(new URL(`../../scenarios/${f}`, import.meta.url), 'utf8'),
  }));

describe('the fast reader (js-yaml) against the yaml library', () => {
  it('reads the tricky plain scalars as the yaml library does', () => {
    const text = [
      'a: 1_000',
      'b: 0o17',
      'c: 0x1F',
      'd: .inf',
      'e: .NaN',
      'f: ~',
      'g: Yes',
      'h: on',
      'i: 1e3',
      'j: +1',
      'k: -.5',
      'l: 2026-01-05',
      'm: "2026-01-05"',
      '1: one',
      'true: yes',
      'n: -0x1F',
      'o: 0b11',
      'p: 1.',
      'q: 007',
      'r: -0',
      's: 12345678901234567890',
      't:',
      'u: NULL',
      'v: tRUE',
    ].join('\n');
    const fast = readFast(text, false);
    expect(fast?.value).toStrictEqual({
      '1': 'one',
      a: '1_000',
      b: 15,
      c: 31,
      d: Infinity,
      e: NaN,
      f: null,
      g: 'Yes',
      h: 'on',
      i: 1000,
      j: 1,
      k: -0.5,
      l: '2026-01-05',
      m: '2026-01-05',
      true: 'yes',
      n: '-0x1F',
      o: '0b11',
      p: 1,
      q: 7,
      r: -0,
      s: 12345678901234567000,
      t: null,
      u: null,
      v: 'tRUE',
    });
    agree(text);
  });

  it('leaves anchors, tags, directives, merge keys, several documents, tabs and a BOM to the yaml library', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: {x: 1}\nb:\n  <<: {y: 2}\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\n...\n',
      'a:\n\tb: 1\n',
      '\ufeffa: 1\n',
      'a: 1\rb: 2\n',

      `${'['.repeat(40)}${']'.repeat(40)}\n`,
    ]) {
      expect(readFast(text, false), text).toBeNull();
      expect(readText(text).ok).toBe(readYaml(text).ok);
    }
  });

  it('refuses keys written twice with the same issues as the yaml library (the first 50, at their places)', () => {
    const many = Array.from({ length: 60 }, (_, i) => `k${i}: 1\nk${i}: 2`).join('\n');
    for (const text of [
      'a: 1\na: 2\n',
      'a:\n  b: 1\n  "b": 2\n',
      '1: x\n"1": y\n1.0: z\n',
      '- {a: 1, a: 2}\n- {x: [1, {y: 1, y: 2}]}\n',
      `${many}\n`,
    ]) {
      expect(readFast(text, false)?.duplicates.length, text).toBeGreaterThan(0);
      expect(readText(text)).toStrictEqual(readYaml(text));
      sameResult(text, 'dup.yaml');
    }
  });

  it('reads generated plain YAML as the yaml library does, and locates every node the same', () => {
    fc.assert(
      fc.property(plainYaml, (text) => agree(text)),
      { numRuns: 1500, seed: 20261206 },
    );
  });

  it('reads generated plain YAML after small edits as the yaml library does, or leaves it to it', () => {
    fc.assert(
      fc.property(editedPlainYaml, (text) => agree(text, undefined, edited)),
      {
        numRuns: 3000,
        seed: 20261207,
      },
    );
  });

  it('reads generated JSON as the yaml library does, and locates every node the same', () => {
    fc.assert(
      fc.property(plainJson, (text) => agree(text, 'data.json')),
      {
        numRuns: 500,
        seed: 20261208,
      },
    );
  });

  it('took the fast path and located with it for most generated files (the comparisons above are not empty)', () => {
    // (Generated text holds `!important`, ` ? ` and quoted text over lines in places: left to the yaml library.)
    expect(tally.fast).toBeGreaterThan(tally.yaml);
    expect(edited.fast).toBeGreaterThan(edited.yaml / 10);
    expect(tally.located).toBeGreaterThan(tally.deferred * 4);
  });

  it('gives the same result, issue for issue, for every bundled scenario, as YAML and as JSON', () => {
    for (const { name, text } of bundled) {
      const read = readText(text, name);
      expect(read.ok && read.reader, name).toBe('fast');
      sameResult(text, name);
      const json = JSON.stringify(parseScenarioValue(text), null, 2);
      sameResult(json, name.replace(/\.ya?ml$/, '.json'));
      agree(text, name);
    }
  });

  it('gives the same result for large files: unknown keys at the top and deep in lists, and a repeated key', () => {
    for (const [text, name] of [
      [bankWithKeys(3000), 'keys.yaml'],
      [bankWithKeys(2999, 7), 'repeat.yaml'],
      [bankJsonWithKeys(3000), 'keys.json'],
      [bankWithNestedKeys(60), 'nested.yaml'],
      [scenarioAtLimits(300, 200), 'limits.yaml'],
      [scenarioAtLimits(300, 200, true), 'bad.yaml'],
    ] as const) {
      sameResult(text, name);
    }
  });

  it('gives the same result for hand-made bad inputs', () => {
    for (const [n, line] of [
      [1, '# no version'],
      [1, 'schema: continuity-scenario/3'],
      [3, 'start: 2026-01-05T00:00Z'],
      [3, 'start: "2026-01-05"'],
      [3, 'start: 1_000'],
      [3, 'start:'],
      [3, 'start: [1, 2]'],
      [3, 'start: {a: 1}'],
      [2, 'name: 0x1F'],
      [2, 'name: .inf'],
      [2, 'name: ~'],
      [2, 'name: - a'],
      [2, 'name: a: b'],
      [2, 'name: "unterminated'],
      [2, '  name: indented'],
    ] as const) {
      sameResult(withLine(n, line), 'bad.yaml');
    }
    sameResult(BASE);
  });

  it(
    'gives the same result for randomly edited and mutated bank files (the fuzz corpora)',
    () => {
      fc.assert(
        fc.property(editedBankText, ({ text, fileName }) => sameResult(text, fileName)),
        { numRuns: 300, seed: FUZZ_RUNS.edited.seed },
      );
      fc.assert(
        fc.property(mutatedBank, ({ text, fileName }) => sameResult(text, fileName)),
        { numRuns: 200, seed: FUZZ_RUNS.mutated.seed },
      );
    },
    FUZZ_TIMEOUT,
  );
});

function parseScenarioValue(text: string): unknown {
  const read = readYaml(text);
  return read.ok ? read.value : null;
}
