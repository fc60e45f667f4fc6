import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parse, parseDocument, type Node } from 'yaml';
import { applyEdit, editText, readAt, toJsonText } from '../../../src/scenario/document/index.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import {
  BANK,
  leaves,
  lineDiff,
  parsed,
  SCENARIO_FILES,
  scenarioText,
  type Leaf,
} from './helpers.ts';

describe('round trips through the document editor', () => {
  it.each(SCENARIO_FILES)(
    '%s: parse, toJsonText, parse gives an equal scenario and equal variants',
    (name) => {
      const text = scenarioText(name);
      const json = toJsonText(text);
      expect(Object.keys(JSON.parse(json) as object)[0]).toBe('$schema');
      expect(json.startsWith('{\n  "$schema": "../public/scenario.schema.json",\n')).toBe(true);
      const yaml = parsed(text, name);
      const back = parsed(json, name.replace(/\.ya?ml$/, '.json'));
      expect(back.scenario).toEqual(yaml.scenario);
      expect(back.variants).toEqual(yaml.variants);
      // The loader does not know the editor key yet: it is the only warning.
      expect(back.warnings.map((w) => w.path)).toEqual([
        ...yaml.warnings.map((w) => w.path),
        '$schema',
      ]);
    },
  );

  it.each(SCENARIO_FILES)(
    '%s: setting every scalar to the value it has leaves the text byte-identical',
    (name) => {
      const text = scenarioText(name);
      for (const leaf of leaves(parse(text)))
        expect(editText(text, leaf.path, leaf.value)).toBe(text);
    },
  );

  it('a JSON file stays JSON when edited: scalars in place, new entries with quoted keys', () => {
    const json = toJsonText(BANK);
    let text = editText(json, ['services', 0, 'objectives', 'rto'], '1h');
    expect(lineDiff(json, text).added).toEqual(['        "rto": "1h",']);
    text = editText(text, ['components', 0, 'overload'], { failAfter: '1h' });
    text = editText(text, ['calendar', 'agreedHours', 'sat'], '09:00-12:00');
    const data = JSON.parse(text) as { components: { overload: unknown }[] };
    expect(data.components[0]?.overload).toEqual({ failAfter: '1h' });
    expect(readAt(text, ['calendar', 'agreedHours'])).toEqual({
      'mon-fri': '09:00-16:00',
      sat: '09:00-12:00',
    });
    expect(text).toContain('      "sat": "09:00-12:00"\n');
  });
});

/** Leaves whose change can only break the file where they are (no ids, references or times of the run). */
const REFERENCES = new Set([
  'id',
  'recovery',
  'component',
  'service',
  'after',
  'requires',
  'dependsOn',
  'schema',
  'start',
  'horizon',
  'action',
  'every',
]);
const editable = (leaf: Leaf) =>
  !leaf.path.some((s) => typeof s === 'string' && REFERENCES.has(s)) &&
  !(leaf.path[0] === 'injects' && leaf.path[2] === 'at') &&
  !(
    leaf.path[0] === 'variants' &&
    leaf.path[2] === 'changes' &&
    typeof leaf.path[4] === 'string' &&
    leaf.path.length === 5
  );

const BANK_LEAVES = leaves(parse(BANK)).filter(editable);

const two = (n: number) => String(n).padStart(2, '0');
const text = fc.string({
  unit: fc.constantFrom(...'ab Z09:#-\'"{}[],&*!|>%@`?'.split('')),
  minLength: 1,
  maxLength: 16,
});

/** Another value of the same kind as `value`: a duration for a duration, a window for a window... */
function another(value: Leaf['value']): fc.Arbitrary<Leaf['value']> {
  const dur = fc
    .tuple(fc.integer({ min: 1, max: 600 }), fc.constantFrom('m', 'h'))
    .map(([n, u]) => `${n}${u}`);
  let arb: fc.Arbitrary<Leaf['value']>;
  if (typeof value === 'number') arb = fc.integer({ min: 1, max: 20_000 }).map((n) => n / 10);
  else if (typeof value === 'boolean') arb = fc.constant(!value);
  else if (typeof value !== 'string') arb = text;
  else if (/^\d\d:\d\d-\d\d:\d\d$/.test(value))
    arb = fc
      .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 23 }))
      .map(([a, b]) => `${two(Math.min(a, b))}:00-${two(Math.max(a, b) + (a === b ? 1 : 0))}:00`);
  else if (/^\d\d:\d\d$/.test(value))
    arb = fc.integer({ min: 0, max: 23 }).map((h) => `${two(h)}:30`);
  else if (/^\d{4}-\d\d-\d\d$/.test(value))
    arb = fc.integer({ min: 1, max: 28 }).map((d) => `2026-06-${two(d)}`);
  else if (/%$/.test(value)) arb = fc.integer({ min: 1, max: 1000 }).map((n) => `${n / 10}%`);
  else if (/^[\d.]+[wdhms]-[\d.]+[wdhms]$/.test(value))
    arb = fc.tuple(dur, dur).map(([a, b]) => `${a}-${b}`);
  else if (/^([\d.]+[wdhms])+$/.test(value)) arb = dur;
  else arb = text;
  return arb.filter((v) => v !== value);
}

/** The 1-based line of the node at `path` in `source`. */
function lineOf(source: string, path: readonly (string | number)[]): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const node = doc.getIn(path, true) as Node;
  return lineCounter.linePos(node.range?.[0] ?? 0).line;
}

describe('editing any scalar of the bank (fast-check)', () => {
  const leaf = fc
    .constantFrom(...BANK_LEAVES)
    .chain((l) => fc.tuple(fc.constant(l), another(l.value)));

  it('its own value leaves the text byte-identical', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leaves(parse(BANK))),
        (l) => editText(BANK, l.path, l.value) === BANK,
      ),
      { numRuns: 200, seed: 20260301 },
    );
  });

  it('another value changes its line only; the file still parses or fails with an error on that line', () => {
    fc.assert(
      fc.property(leaf, ([l, value]) => {
        const { text: edited, spliced } = applyEdit(BANK, { op: 'set', path: l.path, value });
        expect(spliced).toBe(true);
        expect(readAt(edited, l.path)).toEqual(value);
        const line = lineOf(BANK, l.path);
        if (l.path[0] !== 'description') {
          const diff = lineDiff(BANK, edited);
          expect(diff.line).toBe(line);
          expect([diff.removed.length, diff.added.length]).toEqual([1, 1]);
        }
        const result = parseScenario(edited, 'bank.yaml');
        if (!result.ok) for (const error of result.errors) expect(error.line).toBe(line);
      }),
      { numRuns: 250, seed: 20260302 },
    );
  });
});
