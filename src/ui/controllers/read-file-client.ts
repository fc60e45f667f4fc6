/**
 * Reads scenario files in a worker (src/workers/parse.worker.ts): the page hands over the
 * bytes and stays responsive while a large file is decoded and parsed. A file over the size
 * limit is refused before it is read. Where workers are not available (unit tests under
 * Node), the file is read in place.
 */
import { oversizedFile } from '../../scenario/decode-text.ts';
import type { FileAnswer, ReadTask } from '../../scenario/read-file.ts';
import type { ParseRequest, ParseResponse } from '../../workers/parse-protocol.ts';

type Pending = { resolve: (answer: FileAnswer<ReadTask>) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let lastId = 0;

function failAll(message: string): void {
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
}

function createWorker(): Worker {
  const created = new Worker(new URL('../../workers/parse.worker.ts', import.meta.url), {
    type: 'module',
    name: 'read-scenario',
  });
  created.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.type === 'done') waiting.resolve(message.answer);
    else waiting.reject(new Error(message.message));
  });
  created.addEventListener('error', (event) =>
    failAll(event.message || 'the worker reading the file failed'),
  );
  return created;
}

/** Decodes and parses `source` (bytes or pasted text) off the main thread. */
export function readOffThread<T extends ReadTask>(
  task: T,
  fileName: string,
  source: ArrayBuffer | string,
): Promise<FileAnswer<T>> {
  if (typeof Worker === 'undefined') {
    const bytes = typeof source === 'string' ? source : new Uint8Array(source);
    // Loaded here only (no worker, e.g. the unit tests): the reader stays out of the first chunk.
    return import('../../scenario/read-file.ts').then(({ readScenarioFile }) =>
      readScenarioFile(task, fileName, bytes),
    );
  }
  worker ??= createWorker();
  const id = ++lastId;
  const request: ParseRequest = { id, task, fileName, source };
  return new Promise<FileAnswer<ReadTask>>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker?.postMessage(request, typeof source === 'string' ? [] : [source]);
  }) as Promise<FileAnswer<T>>;
}

/** Reads a picked or dropped file: its size is checked first, its bytes read and handed over. */
export async function readFileOffThread<T extends ReadTask>(
  task: T,
  file: Blob & { readonly name: string },
): Promise<FileAnswer<T>> {
  const large = oversizedFile(file.size);
  if (large !== null) return { ok: false, error: large };
  return readOffThread(task, file.name, await file.arrayBuffer());
}
