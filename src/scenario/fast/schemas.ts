/**
 * js-yaml schemas that read plain scalars exactly as the yaml library's `core` and `json`
 * schemas do (the same patterns, tried in the same order, the same conversions): js-yaml's own
 * CORE_SCHEMA reads more as numbers (`1_000`, `0b11`, `-0x1F`) and would differ. A plain
 * scalar the yaml library's `json` schema cannot read is an error there; here it throws, so
 * the reader falls back to the yaml library and reports it the usual way.
 */
import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';

/** One implicit type trying `forms` in order (js-yaml keeps only one type per tag and kind). */
const plain = (tag: string, ...forms: [RegExp, (text: string) => unknown][]): Type =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown) => typeof data === 'string' && forms.some(([test]) => test.test(data)),
    construct: (data: string) => {
      for (const [test, read] of forms) if (test.test(data)) return read(data);
      return data;
    },
  });

/** As the yaml library's `core` schema: null, bool, int (octal, decimal, hex), float (nan/inf, exponent, fixed). */
export const CORE_LIKE: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [
    plain('null', [/^(?:~|[Nn]ull|NULL)?$/, () => null]),
    plain('bool', [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']),
    plain(
      'int',
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ),
    plain(
      'float',
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (s) =>
          s.slice(-3).toLowerCase() === 'nan'
            ? NaN
            : s[0] === '-'
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY,
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ),
  ],
});

/** Thrown for a plain scalar the `json` schema does not know (the yaml library reports it). */
export class UnreadPlainScalar extends Error {}

/** As the yaml library's `json` schema: null, true/false, JSON numbers; any other plain scalar is an error. */
export const JSON_LIKE: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [
    plain('null', [/^null$/, () => null]),
    plain('bool', [/^true$|^false$/, (s) => s === 'true']),
    plain('int', [/^-?(?:0|[1-9][0-9]*)$/, (s) => parseInt(s, 10)]),
    plain('float', [/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/, parseFloat]),
    plain('str', [
      /^/,
      (s) => {
        throw new UnreadPlainScalar(`unresolved plain scalar ${JSON.stringify(s)}`);
      },
    ]),
  ],
});
