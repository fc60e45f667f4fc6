/**
 * The scenario file as editable text: set, delete, insert and move entries at a path while
 * keeping comments and layout; the schema modeline; the file as JSON.
 */
export { applyEdit, type Applied, type Edit } from './apply.ts';
export {
  deleteAt,
  editText,
  insertAt,
  moveItem,
  readAt,
  renameAt,
  type EditOptions,
} from './edit.ts';
export { toJsonText } from './json.ts';
export {
  DEFAULT_SCHEMA_URL,
  EXPORTED_SCHEMA_URL,
  schemaUrlOf,
  withSchemaComment,
} from './schema-comment.ts';
export { parsePathText } from './path-text.ts';
export type { DocPath } from './walk.ts';
