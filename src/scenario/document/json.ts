/**
 * The scenario file as JSON: the same data, pretty-printed, with the editor's `$schema` URL as
 * the first key (the URL of the file's modeline unless another is given). JSON is YAML, so
 * `parseScenario` reads the result as it is.
 */
import { DEFAULT_SCHEMA_URL, schemaUrlOf } from './schema-comment.ts';
import { load } from './walk.ts';

export function toJsonText(text: string, url?: string): string {
  const data: unknown = load(text).doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return `${JSON.stringify(data, null, 2)}\n`;
  const { $schema: own, ...rest } = data as Record<string, unknown>;
  const schema = url ?? schemaUrlOf(text) ?? (typeof own === 'string' ? own : DEFAULT_SCHEMA_URL);
  return `${JSON.stringify({ $schema: schema, ...rest }, null, 2)}\n`;
}
