/**
 * Writing one scalar the way people write scenario files: plain when YAML reads it back as the
 * same value, double-quoted otherwise, and times of day quoted (`at: "11:00"`) as in the
 * bundled files. A replaced string keeps its old style (quotes, `>` or `|`) when it can.
 */
import { parseDocument, Scalar } from 'yaml';
import { deepEqual } from './plain.ts';
import { spaces } from './layout.ts';

export interface ScalarContext {
  /** Inside a flow collection (`{ ... }`, `[ ... ]`). */
  flow: boolean;
  /** The file is JSON. */
  json: boolean;
  /** Indentation of the lines of a block scalar (`|`, `>`). */
  indent: number;
  /** The scalar being replaced, if any. */
  previous?: Scalar | null;
}

/** Width of the text of a folded (`>`) block scalar before it wraps. */
const FOLD_WIDTH = 88;

function reads(probe: string, expected: unknown): boolean {
  const doc = parseDocument(probe, { schema: 'core', uniqueKeys: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  try {
    return deepEqual(doc.toJS(), expected);
  } catch {
    return false; // an alias without its anchor, for one
  }
}

/** Would YAML read `text` unquoted, in this context, as the same string? */
export function plainSafe(text: string, flow: boolean): boolean {
  if (text === '' || text.trim() !== text || /[\n\r\t]/.test(text)) return false;
  if (flow) return reads(`[${text}]`, [text]) && reads(`{ k: ${text} }`, { k: text });
  return reads(`k: ${text}`, { k: text });
}

/** Strings other YAML tools (YAML 1.1) read differently: times of day, yes/no/on/off. */
const lookAlike = (text: string): boolean =>
  /^\d{1,2}:\d{2}/.test(text) || /^(y|n|yes|no|on|off)$/i.test(text);

export const doubleQuoted = (text: string): string => JSON.stringify(text);

function singleQuoted(text: string): string | null {
  return /[\n\r\t\p{Cc}]/u.test(text) ? null : `'${text.replaceAll("'", "''")}'`;
}

/** Greedy word wrap at single spaces (a folded scalar turns each break back into one space). */
function fold(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/(?<! ) (?! )/);
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > FOLD_WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** `|` or `>` with its chomping indicator and lines; null when a block scalar cannot hold it. */
export function blockScalar(text: string, folded: boolean, indent: number): string | null {
  const body = text.replace(/\n+$/, '');
  const trailing = text.length - body.length;
  if (body === '' || /^[ \t\n]/.test(body) || /\p{Cc}/u.test(body.replace(/[\n\t]/g, '')))
    return null;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const useFold = folded && !body.includes('\n');
  const lines = useFold ? fold(body) : body.split('\n');
  for (let i = 1; i < trailing; i++) lines.push('');
  const pad = spaces(indent);
  return [`${useFold ? '>' : '|'}${chomp}`, ...lines.map((l) => (l === '' ? '' : pad + l))].join(
    '\n',
  );
}

function renderString(text: string, ctx: ScalarContext): string {
  if (ctx.json) return doubleQuoted(text);
  const before = ctx.previous;
  const type = before !== null && typeof before?.value === 'string' ? before.type : undefined;
  const block = type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL;
  if (!ctx.flow && (block || text.includes('\n'))) {
    const written = blockScalar(text, type !== Scalar.BLOCK_LITERAL, ctx.indent);
    if (written !== null) return written;
  }
  if (type === Scalar.QUOTE_SINGLE) return singleQuoted(text) ?? doubleQuoted(text);
  if (type === Scalar.QUOTE_DOUBLE) return doubleQuoted(text);
  const plain = plainSafe(text, ctx.flow) && (type === Scalar.PLAIN || !lookAlike(text));
  return plain ? text : doubleQuoted(text);
}

function renderNumber(n: number, json: boolean): string {
  if (Number.isFinite(n)) return Object.is(n, -0) ? '0' : String(n);
  if (json) throw new TypeError(`${n} cannot be written in JSON`);
  return Number.isNaN(n) ? '.nan' : n > 0 ? '.inf' : '-.inf';
}

/** A JSON-like scalar value as YAML (or JSON) text. */
export function renderScalar(value: unknown, ctx: ScalarContext): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return renderNumber(value, ctx.json);
  if (typeof value === 'string') return renderString(value, ctx);
  throw new TypeError(`cannot write a ${typeof value} into a scenario file`);
}

/** A mapping key: plain when it reads back as itself, else quoted. */
export function renderKey(key: string, json: boolean): string {
  if (json) return doubleQuoted(key);
  return plainSafe(key, true) && reads(`${key}: 1`, { [key]: 1 }) ? key : doubleQuoted(key);
}
