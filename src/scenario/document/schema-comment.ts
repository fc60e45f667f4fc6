/**
 * The editor hint on the first line of a YAML scenario,
 * `# yaml-language-server: $schema=scenario.schema.json`, which gives editors completion and
 * checks from the JSON Schema. JSON files carry the same URL as a `"$schema"` key.
 */
import { looksLikeJson } from '../read-yaml.ts';
import { applyEdit } from './apply.ts';

export const DEFAULT_SCHEMA_URL = 'scenario.schema.json';

/**
 * Where exported files point: the schema saved next to them (`./scenario.schema.json`), which
 * resolves on a colleague's machine as on ours, never the address the app happens to be
 * served from. The editor offers the schema itself as a download to keep beside the file.
 */
export const EXPORTED_SCHEMA_URL = './scenario.schema.json';

const MODELINE = /^[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(\S*)[^\n]*(\n|$)/;

/** The `$schema` URL of the modeline among the first comment lines, or null. */
export function schemaUrlOf(text: string): string | null {
  for (const line of leadingComments(text)) {
    const match = MODELINE.exec(line);
    if (match !== null) return match[1] ?? '';
  }
  return null;
}

/** The comment and blank lines before the first line of content. */
function leadingComments(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/(?<=\n)/)) {
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) break;
    lines.push(line);
  }
  return lines;
}

/**
 * The text with `# yaml-language-server: $schema=<url>` as its first line: added when missing,
 * moved up or given the new URL when there is one already (never two). For JSON, the
 * `"$schema"` key is set as the first key instead.
 */
export function withSchemaComment(text: string, url: string = DEFAULT_SCHEMA_URL): string {
  if (looksLikeJson(text))
    return applyEdit(text, { op: 'set', path: ['$schema'], value: url, position: 'first' }).text;
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const wanted = `# yaml-language-server: $schema=${url}`;
  if (body.startsWith(`${wanted}\n`) || body === wanted) return text;
  const head = leadingComments(body);
  const kept = head.filter((line) => !MODELINE.test(line));
  const rest = body.slice(head.join('').length);
  return `${bom}${wanted}\n${kept.join('')}${rest}`;
}
