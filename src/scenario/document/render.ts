/**
 * Writing new values in the style of the bundled scenario files: short mappings and lists of
 * scalars in flow style (`{ a: 1 }`, `[x, y]`), lists of mappings as block lists with one item
 * a line (`- { id: promote, ... }`), anything too wide for a line as a block.
 */
import { renderKey, renderScalar } from './scalar.ts';
import { spaces } from './layout.ts';

/** New flow text may run to this column before a block is written instead. */
export const MAX_LINE = 100;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A mapping or a list (not a scalar). */
export const isCollectionValue = (v: unknown): v is object => v !== null && typeof v === 'object';

const entries = (v: Record<string, unknown>) =>
  Object.entries(v).filter(([, item]) => item !== undefined);

export const isEmpty = (v: object): boolean =>
  Array.isArray(v) ? v.length === 0 : entries(v as Record<string, unknown>).length === 0;

/** Lists of mappings are written as blocks even when short (one item a line). */
export const wantsBlock = (v: object): boolean => Array.isArray(v) && v.some(isObject);

/** `{ a: 1, b: [x, y] }` (JSON: `{"a": 1, "b": [x, y]}`). */
export function renderFlow(value: unknown, json: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => renderFlow(v, json)).join(', ')}]`;
  if (isObject(value)) {
    const body = entries(value)
      .map(([k, v]) => `${renderKey(k, json)}: ${renderFlow(v, json)}`)
      .join(', ');
    if (body === '') return '{}';
    return json ? `{${body}}` : `{ ${body} }`;
  }
  return renderScalar(value, { flow: true, json, indent: 0 });
}

/**
 * The text after `key:` for `value`, for a key at column `indent` that is `keyLength` long:
 * ` 15m`, ` { a: 1 }`, or a newline and a block indented two more.
 */
export function renderAfterKey(
  value: unknown,
  indent: number,
  keyLength: number,
  json: boolean,
): string {
  if (!isCollectionValue(value))
    return ` ${renderScalar(value, { flow: json, json, indent: indent + 2 })}`;
  const flow = renderFlow(value, json);
  if (json || isEmpty(value)) return ` ${flow}`;
  if (!wantsBlock(value) && indent + keyLength + 2 + flow.length <= MAX_LINE) return ` ${flow}`;
  return `\n${renderBlock(value, indent + 2, json).join('\n')}`;
}

/**
 * A list item written after `- ` at `column`: its lines, the first without indentation.
 * `preferFlow` follows the style of the item's siblings (true: flow, false: block).
 */
export function renderItem(
  value: unknown,
  column: number,
  json: boolean,
  preferFlow?: boolean,
): string[] {
  if (!isCollectionValue(value))
    return renderScalar(value, { flow: false, json, indent: column }).split('\n');
  const flow = renderFlow(value, json);
  if (json || isEmpty(value)) return [flow];
  const fits = !wantsBlock(value) && column + flow.length <= MAX_LINE;
  if (preferFlow ?? fits) return [flow];
  const lines = renderBlock(value, column, json);
  return [(lines[0] ?? '').slice(column), ...lines.slice(1)];
}

/** `value` (a mapping or list) as block lines at `indent`. */
export function renderBlock(value: object, indent: number, json: boolean): string[] {
  const pad = spaces(indent);
  if (Array.isArray(value))
    return value.flatMap((item: unknown) => {
      const [first = '', ...rest] = renderItem(item, indent + 2, json);
      return [`${pad}- ${first}`, ...rest];
    });
  return entries(value as Record<string, unknown>).flatMap(([k, v]) => {
    const key = renderKey(k, json);
    return `${pad}${key}:${renderAfterKey(v, indent, key.length, json)}`.split('\n');
  });
}
