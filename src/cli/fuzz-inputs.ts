/**
 * The inputs of the scenario fuzz tests (test/scenario/fuzz-*.test.ts), here so that
 * `npm run bench` times the parse of the very same inputs the tests check: the bank scenario
 * with random structural mutations (written as YAML or JSON), and with random edits to its text.
 * The same structural mutations of any JSON document fuzz the readers of Monte Carlo
 * aggregates and after-action reports (test/analysis/montecarlo/study-file-fuzz.test.ts,
 * test/exercise/replay-input.test.ts).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';

export interface FuzzInput {
  readonly text: string;
  readonly fileName: string;
}

export const BANK_TEXT = readFileSync(
  new URL('../../scenarios/bank-money-transfer.yaml', import.meta.url),
  'utf8',
);
const BANK_OBJECT = parse(BANK_TEXT) as unknown;

/** How many of each the tests check, and from which fast-check seed: 10,000 in all. */
export const FUZZ_RUNS = {
  mutated: { numRuns: 7000, seed: 20260105 },
  edited: { numRuns: 3000, seed: 20260107 },
} as const;

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

/**
 * Any JSON document after one to four mutations of its structure (a value deleted, replaced
 * by random JSON, duplicated in its list, or two ids swapped): the bad-input corpus of the
 * other files the tools read, Monte Carlo aggregates and exported after-action reports.
 */
export const mutatedJson = (doc: Json): fc.Arbitrary<Json> =>
  fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
    const copy = structuredClone(doc);
    for (const m of mutations) apply(copy, m);
    return copy;
  });

/** The bank after one to four mutations of its structure, as YAML (one in four) or JSON. */
export const mutatedBank: fc.Arbitrary<FuzzInput> = fc
  .tuple(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.nat({ max: 3 }))
  .map(([mutations, format]) => {
    const doc = structuredClone(BANK_OBJECT);
    for (const m of mutations) apply(doc, m);
    return format === 0
      ? { text: stringify(doc), fileName: 'fuzz.yaml' }
      : { text: JSON.stringify(doc), fileName: 'fuzz.json' };
  });

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      ':',
      '- ',
      '{',
      '[',
      '*a',
      '&a ',
      '"',
      "'",
      '\n  ',
      '\t',
      '#',
      '%',
      '24:00',
      '-1',
      '1e309',
      '<<: *a',
    ),
  ),
});

/** The bank's YAML text after one to three random edits (a cut and an insertion each). */
export const editedBankText: fc.Arbitrary<FuzzInput> = fc
  .array(edit, { minLength: 1, maxLength: 3 })
  .map((edits) => {
    let text = BANK_TEXT;
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
    }
    return { text, fileName: 'fuzz.yaml' };
  });
