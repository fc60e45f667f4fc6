/**
 * How the form editor changes a scenario file: small operations on the file's data at a path
 * (`['plans', 2, 'steps', 1, 'duration']`), applied to the YAML text by the editor (which keeps
 * comments and layout, re-validates, and records each for undo). Values are written the way
 * people write them in scenario files: durations as `15m` or `5m-15m`, shares as `99.5%`.
 */
export type DocPath = readonly (string | number)[];

export type DocEdit =
  /** Sets (or creates) the value at `path`; `undefined` removes the key. */
  | { readonly op: 'set'; readonly path: DocPath; readonly value: unknown }
  /** Removes the key or sequence item at `path`. */
  | { readonly op: 'delete'; readonly path: DocPath }
  /** Inserts `value` at `index` of the sequence at `path` (created when missing). */
  | {
      readonly op: 'insert';
      readonly path: DocPath;
      readonly index: number;
      readonly value: unknown;
    }
  /** Moves the item at `from` to `to` in the sequence at `path`. */
  | { readonly op: 'move'; readonly path: DocPath; readonly from: number; readonly to: number };

/** The detail of `cs-doc-edit`: one or more edits applied as one undoable change, with a label for the undo menu. */
export interface DocEditDetail {
  readonly edits: readonly DocEdit[];
  /** E.g. "Duration of Promote the replica". */
  readonly label: string;
}
