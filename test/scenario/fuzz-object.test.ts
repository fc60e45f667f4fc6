import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { BANK_OBJECT, parseAndCheck, timing } from './fuzz-helpers.ts';

type Json = unknown;

/** Every container and key in the document, as [parent, key] pairs. */
function slots(root: Json): [Record<string | number, Json>, string | number][] {
  const out: [Record<string | number, Json>, string | number][] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const k = Array.isArray(node) ? Number(key) : key;
      out.push([node as Record<string | number, Json>, k]);
      stack.push((node as Record<string, Json>)[key]);
    }
  }
  return out;
}

const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-ids' as const), at: fc.nat(), other: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(doc: Json, m: Mutation): void {
  const all = slots(doc);
  const [parent, key] = all[m.at % Math.max(1, all.length)] ?? [null, 0];
  if (parent === null) return;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (m.op === 'replace') {
    parent[key] = m.value;
  } else if (m.op === 'duplicate') {
    if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[key]));
  } else {
    const ids = all.filter(([, k]) => k === 'id');
    const a = ids[m.at % Math.max(1, ids.length)];
    const b = ids[m.other % Math.max(1, ids.length)];
    if (a !== undefined && b !== undefined) [a[0]['id'], b[0]['id']] = [b[0]['id'], a[0]['id']];
  }
}

// 7,000 runs here and 3,000 in fuzz-text.test.ts: 10,000 in all, in two files that run in parallel.
describe('fuzzing parsed scenarios', () => {
  it('parseScenario never throws on a mutated bank scenario and always explains a rejection, each parse under 1 s', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 3 }),
        (mutations, format) => {
          const asYaml = format === 0;
          const doc = structuredClone(BANK_OBJECT);
          for (const m of mutations) apply(doc, m);
          const text = asYaml ? stringify(doc) : JSON.stringify(doc);
          parseAndCheck(text, asYaml ? 'fuzz.yaml' : 'fuzz.json');
        },
      ),
      { numRuns: 7000, seed: 20260105 },
    );
    expect(timing.runs).toBeGreaterThanOrEqual(7000);
    expect(timing.max).toBeLessThan(1000);
  }, 60_000);
});
