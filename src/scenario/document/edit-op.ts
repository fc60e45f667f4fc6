/**
 * One edit of a scenario text, at a path of its yaml Document: apply.ts writes it, fallback.ts
 * when the splice cannot (edit.ts is what callers use).
 */
import type { DocPath } from './walk.ts';

export type Edit =
  | { op: 'set'; path: DocPath; value: unknown; position?: 'first' | 'last' }
  | { op: 'delete'; path: DocPath }
  | { op: 'insert'; path: DocPath; index: number; value: unknown }
  | { op: 'move'; path: DocPath; from: number; to: number }
  | { op: 'rename'; path: DocPath; key: string; value: unknown };
