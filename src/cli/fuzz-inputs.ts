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

/** How many of each the tests check, and from which fast-check seed: 11,000 in all. */
export const FUZZ_RUNS = {
  mutated: { numRuns: 7000, seed: 20260105 },
  edited: { numRuns: 3000, seed: 20260107 },
  encoded: { numRuns: 1000, seed: 20260113 },
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
      // Hostile shapes of issue 13: a repeated key, block nesting 100 deep, a byte order mark.
      '\nname: again\n',
      `\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n`,
      `\n${'- '.repeat(100)}x\n`,
      '\ufeff',
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

export interface FuzzBytes {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** The encoding the text was written in, and whether bytes were changed after. */
  readonly encoding: 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Latin-1';
  readonly bom: boolean;
  readonly flipped: boolean;
  readonly text: string;
}

function encode(text: string, encoding: FuzzBytes['encoding'], bom: boolean): Uint8Array {
  if (encoding === 'Latin-1') return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  if (encoding === 'UTF-8' || encoding === 'UTF-8 with BOM') {
    const body = new TextEncoder().encode(text);
    return encoding === 'UTF-8' ? body : new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
  }
  const units = `${bom ? '\ufeff' : ''}${text}`;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (encoding === 'UTF-16LE' ? 0 : 1)] = u & 0xff;
    out[2 * i + (encoding === 'UTF-16LE' ? 1 : 0)] = u >> 8;
  }
  return out;
}

/**
 * The bank's text (edited as above, with a name holding accents) as bytes in one of the
 * encodings files arrive in, sometimes with a few bytes changed after: what the loader
 * decodes before it parses (src/scenario/decode-text.ts).
 */
export const encodedBank: fc.Arbitrary<FuzzBytes> = fc
  .tuple(
    editedBankText,
    fc.constantFrom('UTF-8', 'UTF-8 with BOM', 'UTF-16LE', 'UTF-16BE', 'Latin-1' as const),
    fc.boolean(),
    fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
      maxLength: 2,
    }),
  )
  .map(([edited, encoding, bom, flips]) => {
    const text = edited.text.replace('name: Bank money transfer', 'name: Zürich Bank, café');
    const bytes = encode(text, encoding, bom);
    for (const flip of flips) bytes[flip.at % bytes.length] = flip.value;
    return {
      bytes,
      fileName: 'fuzz.yaml',
      encoding,
      bom,
      flipped: flips.length > 0,
      text,
    };
  });
