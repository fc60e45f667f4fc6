/** Messages between the page and the worker that reads scenario files. */
import type { FileAnswer, ReadTask } from '../scenario/read-file.ts';

export interface ParseRequest {
  readonly id: number;
  readonly task: ReadTask;
  readonly fileName: string;
  /** The file's bytes (transferred, not copied), or pasted text. */
  readonly source: ArrayBuffer | string;
}

export type ParseResponse =
  | { readonly id: number; readonly type: 'done'; readonly answer: FileAnswer<ReadTask> }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
