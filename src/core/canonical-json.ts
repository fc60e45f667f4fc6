/**
 * The canonical JSON text of a value (as RFC 8785 writes it for JSON data): object keys
 * sorted by UTF-16 code units, no whitespace, numbers and strings as JSON.stringify writes
 * them. Two values with the same content have the same text whatever the order of their keys
 * or the spacing of the file they were read from, so a digest of it is a digest of the content.
 */

/** Deeper than any file this project writes; a hostile file nested deeper is refused. */
export const MAX_DEPTH = 64;

export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) throw new RangeError(`nested more than ${MAX_DEPTH} levels deep`);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((v: unknown) => canonicalJson(v, depth + 1)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k], depth + 1)}`);
  return `{${fields.join(',')}}`;
}
