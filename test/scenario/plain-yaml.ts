/**
 * Generated YAML text of plain data for the fast-reader tests: nested block and flow
 * mappings and sequences, the scalars the two libraries could read differently (`1_000`,
 * `0o17`, `.NaN`, `Yes`, dates, ...), quoted and block scalars, comments, empty values and
 * keys like `1`, `true` or `null`. The text is written raw, not by a library, so plain scalars
 * stay plain; it need not be valid YAML (the tests compare the readers on whatever it is).
 */
import fc from 'fast-check';

export type Tree =
  | { t: 'scalar'; raw: string }
  | { t: 'block'; header: string; lines: string[] }
  | { t: 'map'; flow: boolean; entries: [string, Tree][] }
  | { t: 'seq'; flow: boolean; compact: boolean; items: Tree[] };

export const TRICKY_SCALARS = [
  '1_000',
  '0o17',
  '0O17',
  '0x1F',
  '0X1f',
  '-0x1F',
  '+0o7',
  '0b11',
  '.inf',
  '-.inf',
  '+.INF',
  '.Inf',
  '.NaN',
  '.nan',
  '.NAN',
  '-.nan',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'Yes',
  'No',
  'on',
  'off',
  'y',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  '1e3',
  '1E3',
  '1e+3',
  '1.5e-3',
  '.5e2',
  '+1',
  '-1',
  '+0',
  '-0',
  '007',
  '-.5',
  '+.5',
  '.5',
  '1.',
  '1.0',
  '0.0',
  '-0.0',
  '12345678901234567890',
  '1:20',
  '12:30:00',
  '2026-01-05',
  '2026-01-05T10:00',
  '2001-12-14t21:59:43.10-05:00',
  '5m-15m',
  '99.5%',
  'a b',
  'x#y',
  'key word',
  '-',
  '--',
  '.',
  '..',
  '!important',
  'two\nlines',
  'three\nplain\nlines',
  '1\n2',
  "'single'",
  "'it''s'",
  "''",
  '"double"',
  '""',
  '"a\\tb"',
  '"\\u00e9\\n"',
  '"1"',
  '"true"',
  '"~"',
  '"2026-01-05"',
  '"multi\\nline"',
  "'0o17'",
];

export const TRICKY_KEYS = [
  'a',
  'b',
  'id',
  'name',
  '1',
  '2',
  '-1',
  '1.0',
  '0x1F',
  'true',
  'False',
  'null',
  '~',
  'on',
  'Yes',
  'with space',
  'k-1',
  '"quoted key"',
  "'single key'",
  '"1"',
  "'true'",
  '2026-01-05',
  '.inf',
  '__proto__',
  'toString',
  '"a:b"',
  '"#x"',
];

const FLOW_UNSAFE = /[,[\]{}]/;

const scalar = fc
  .oneof(
    { weight: 6, arbitrary: fc.constantFrom(...TRICKY_SCALARS) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)) },
    { weight: 2, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }).map(String) },
  )
  .map((raw): Tree => ({ t: 'scalar', raw }));

const blockScalar = fc
  .record({
    header: fc.constantFrom('|', '>', '|-', '>-', '|+', '>+', '|2'),
    lines: fc.array(fc.constantFrom('text', '  indented', '', 'a: b', '# not a comment', 'x'), {
      minLength: 1,
      maxLength: 4,
    }),
  })
  .map(({ header, lines }): Tree => ({ t: 'block', header, lines }));

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    blockScalar,
    fc
      .record({
        flow: fc.boolean(),
        entries: fc.array(fc.tuple(fc.constantFrom(...TRICKY_KEYS), tie('tree')), { maxLength: 4 }),
      })
      .map(({ flow, entries }): Tree => ({ t: 'map', flow, entries })),
    fc
      .record({
        flow: fc.boolean(),
        compact: fc.boolean(),
        items: fc.array(tie('tree'), { maxLength: 4 }),
      })
      .map(({ flow, compact, items }): Tree => ({ t: 'seq', flow, compact, items })),
  ),
}));

const comment = (on: boolean): string => (on ? ' # note' : '');

/** Flow text of a tree, or null when it holds a block scalar. */
function flow(node: Tree): string | null {
  if (node.t === 'scalar')
    return FLOW_UNSAFE.test(node.raw) || node.raw.includes('\n') ? '"x"' : node.raw;
  if (node.t === 'block') return null;
  const parts =
    node.t === 'map'
      ? node.entries.map(([k, v]) => {
          const inner = flow(v);
          return inner === null ? null : `${k}: ${inner}`;
        })
      : node.items.map(flow);
  if (parts.some((p) => p === null)) return null;
  return node.t === 'map' ? `{${parts.join(', ')}}` : `[${parts.join(', ')}]`;
}

/** Block text of a tree at `indent`; `comments` adds end-of-line and whole-line comments. */
export function render(node: Tree, indent = 0, comments = false): string {
  const pad = ' '.repeat(indent);
  const inline = (value: Tree, childIndent: number): string => {
    if (value.t === 'scalar') {
      const raw = value.raw.replace(/\n/g, `\n${' '.repeat(childIndent + 2)}`);
      return `${raw === '' ? '' : ` ${raw}`}${comment(comments)}\n`;
    }
    if (value.t === 'block')
      return ` ${value.header}\n${value.lines.map((l) => (l === '' ? '\n' : `${' '.repeat(childIndent + 2)}${l}\n`)).join('')}`;
    const asFlow =
      value.flow || (value.t === 'map' ? value.entries : value.items).length === 0
        ? flow(value)
        : null;
    if (asFlow !== null) return ` ${asFlow}${comment(comments)}\n`;
    return `${comment(comments)}\n${render(value, childIndent + 2, comments)}`;
  };
  if (node.t === 'map' && node.entries.length > 0)
    return node.entries
      .map(
        ([k, v], i) =>
          `${comments && i === 1 ? `${pad}# between\n` : ''}${pad}${k}:${inline(v, indent)}`,
      )
      .join('');
  if (node.t === 'seq' && node.items.length > 0)
    return node.items
      .map((item) => {
        if (node.compact && item.t === 'map' && item.entries.length > 0 && !item.flow) {
          const inner = render(item, indent + 2, comments);
          return `${pad}- ${inner.slice(indent + 2)}`;
        }
        return `${pad}-${inline(item, indent)}`;
      })
      .join('');
  const asFlow = flow(node);
  if (asFlow !== null) return `${pad}${asFlow}\n`;
  return `${pad}x: 1\n`;
}

/** YAML text of plain data, with or without comments and a leading `---`. */
export const plainYaml: fc.Arbitrary<string> = fc
  .record({
    root: tree,
    comments: fc.boolean(),
    marker: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ root, comments, marker, crlf }) => {
    const text = `${marker ? '---\n' : ''}${comments ? '# head\n' : ''}${render(root, 0, comments)}`;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** The data of a tree as JSON text (pretty or not). */
export const plainJson: fc.Arbitrary<string> = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1, 2, '\t'))
  .map(([value, space]) => JSON.stringify(value, null, space));

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 4 }),
  insert: fc.constantFrom(
    ':',
    ': ',
    '- ',
    '-',
    '{',
    '}',
    '[',
    ']',
    ',',
    '"',
    "'",
    '\n',
    '\n  ',
    '\n-',
    ' ',
    '  ',
    '#',
    ' #',
    '? ',
    '|',
    '>',
    'a: b',
    'x',
    '\\',
    '...',
    '---',
    '@',
    '`',
    '%',
  ),
});

/** Generated plain YAML after one to three small edits: text near the edge of what parses. */
export const editedPlainYaml: fc.Arbitrary<string> = fc
  .tuple(plainYaml, fc.array(edit, { minLength: 1, maxLength: 3 }))
  .map(([start, edits]) => {
    let text = start;
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
    }
    return text;
  });
